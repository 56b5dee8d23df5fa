"""schema.org JSON-LD: a page's own ``structured_data(request)``, or a generic WebPage/WebSite.

The dict is serialised with the same escapes as Django's ``json_script``
(``<``, ``>`` and ``&`` as ``\\u003c``...), so a title holding ``</script>``
cannot close the script element.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.urls import NoReverseMatch, reverse
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

SCHEMA = "https://schema.org"


def to_script_json(data):
    """JSON for the inside of ``<script type="application/ld+json">`` (safe to print unescaped)."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(_json_script_escapes))  # noqa: S308 (escaped just above)


def breadcrumbs(page, request):
    """BreadcrumbList from the locale's home page down to ``page`` (one query)."""
    trail = [p for p in page.get_ancestors(inclusive=True).filter(depth__gte=2)]
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": p.title, "item": p.get_full_url(request)}
            for n, p in enumerate(trail, start=1)
        ],
    }


def website(page, request):
    site = {
        "@type": "WebSite",
        "name": page.title,
        "url": page.get_full_url(request),
        "inLanguage": get_language(),
    }
    try:
        search = request.build_absolute_uri(reverse("search"))
    except NoReverseMatch:
        return site
    site["potentialAction"] = {
        "@type": "SearchAction",
        "target": {"@type": "EntryPoint", "urlTemplate": f"{search}?q={{search_term_string}}"},
        "query-input": "required name=search_term_string",
    }
    return site


def default_structured_data(page, request, meta):
    """A WebPage with its breadcrumbs; on a locale's home page, the WebSite with its search box."""
    if page.depth <= 2:
        return {"@context": SCHEMA, **website(page, request)}
    data = {
        "@context": SCHEMA,
        "@type": "WebPage",
        "name": meta["title"],
        "url": meta["url"],
        "inLanguage": get_language(),
        "breadcrumb": breadcrumbs(page, request),
    }
    if meta["description"]:
        data["description"] = meta["description"]
    if meta["image"]:
        data["image"] = meta["image"]["url"]
    return data
