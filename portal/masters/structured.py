"""schema.org ``Person`` JSON-LD for a master artisan's profile (the sharing helper renders it)."""


def person(page, request):
    data = {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": page.title,
        "url": page.get_full_url(request),
        "jobTitle": str(page.get_rank_display()),
        "knowsAbout": page.craft.name,
    }
    if page.summary:
        data["description"] = page.summary
    if page.region:
        data["address"] = {"@type": "PostalAddress", "addressRegion": page.region_name}
        if page.city:
            data["address"]["addressLocality"] = page.city
    if page.portrait_id:
        rendition = page.portrait.get_rendition("fill-400x400")
        data["image"] = request.build_absolute_uri(rendition.url) if request else rendition.url
    if page.year_honoured:
        data["award"] = str(page.year_honoured)
        if page.programme_id:
            data["award"] = page.programme.localized.title
    storefront = page.storefront_url()
    if storefront:
        data["sameAs"] = [request.build_absolute_uri(storefront) if request else storefront]
    masters = [master.title for _link, master in page.masters()]
    if masters:
        data["colleague"] = masters
    return data
