"""What the registry index and a craft page read, in a number of queries that does not grow with items.

Filters come from GET parameters (``risk``, ``region``, ``page``) so a filtered
list is a shareable URL that works without JavaScript. A value that is not a
known risk status or region code is ignored, and the page says so in the
visitor's language (never a 500).
"""

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.utils.translation import gettext as _

from portal.taxonomy.models import CraftRegion
from portal.taxonomy.regions import region_code_choices, region_name

from .products import craft_products
from .risk import RiskStatus


def region_choices_flat():
    return [(code, name) for _country, choices in region_code_choices() for code, name in choices]


def registry_pages(index):
    """The live craft pages of ``index``, with what a card or an export row needs prefetched."""
    from .models import CraftPage, CraftPhoto

    photos = CraftPhoto.objects.select_related("image").prefetch_related("image__renditions")
    return (
        CraftPage.objects.child_of(index)
        .live()
        .public()
        .select_related("craft")
        .prefetch_related(
            Prefetch("craft__regions", queryset=CraftRegion.objects.order_by("sort_order", "code")),
            "materials",
            Prefetch("gallery_images", queryset=photos),
        )
        .order_by("title", "pk")
    )


def masters_counts(pages):
    """``{craft id: number of live master profiles}`` in the pages' locale, in one query."""
    from portal.masters.models import MasterArtisanPage

    pages = list(pages)
    if not pages:
        return {}
    rows = (
        MasterArtisanPage.objects.live()
        .filter(locale_id=pages[0].locale_id, craft_id__in={p.craft_id for p in pages})
        .values("craft_id")
        .annotate(n=Count("pk"))
    )
    return {row["craft_id"]: row["n"] for row in rows}


def read_filters(request):
    """``(filters, problems)``: the valid ``risk``/``region`` values, and a message per ignored one."""
    filters, problems = {}, []
    risk = request.GET.get("risk", "").strip()
    if risk:
        if risk in RiskStatus.values:
            filters["risk"] = risk
        else:
            problems.append(_("There is no risk status “%(value)s”: showing every status.") % {"value": risk})
    region = request.GET.get("region", "").strip().upper()
    if region:
        if region in dict(region_choices_flat()):
            filters["region"] = region
        else:
            problems.append(_("There is no region “%(value)s”: showing every region.") % {"value": region})
    return filters, problems


def filtered(pages, filters):
    if "risk" in filters:
        pages = pages.filter(risk_status=filters["risk"])
    if "region" in filters:
        pages = pages.filter(craft__regions__code=filters["region"]).distinct()
    return pages


def registry_context(index, request):
    filters, problems = read_filters(request)
    paginator = Paginator(filtered(index.crafts(), filters), index.per_page)
    page = paginator.get_page(request.GET.get("page"))
    crafts = list(page.object_list)
    counts = masters_counts(crafts)
    for craft_page in crafts:
        craft_page.masters_count = counts.get(craft_page.craft_id, 0)
    query = "&".join(f"{key}={value}" for key, value in filters.items())
    return {
        "crafts": crafts,
        "crafts_page": page,
        "filters": filters,
        "filter_problems": problems,
        "filter_query": query,
        "risk_choices": RiskStatus.choices,
        "region_choices": used_regions(index),
    }


def used_regions(index):
    """The regions that at least one craft of the registry is practised in, named in the active language."""
    from .models import CraftPage

    crafts = CraftPage.objects.child_of(index).live().values("craft_id")
    codes = CraftRegion.objects.filter(craft_id__in=crafts).values_list("code", flat=True).distinct()
    return sorted(((code, region_name(code)) for code in set(codes)), key=lambda pair: pair[1])


def craft_context(page):
    """A craft page's regions, masters and apprentices (same locale) and products."""
    from portal.masters.models import MasterArtisanPage

    people = list(
        MasterArtisanPage.objects.live()
        .public()
        .filter(craft_id=page.craft_id, locale_id=page.locale_id)
        .select_related("portrait")
        .order_by("title")
    )
    regions = [region_name(region.code) for region in page.craft.regions.all()]
    return {
        "regions": regions,
        "masters": [p for p in people if p.rank == p.Rank.MASTER],
        "apprentices": [p for p in people if p.rank == p.Rank.APPRENTICE],
        "products": craft_products(page.craft),
        "photos": list(page.gallery_images.select_related("image")),
    }
