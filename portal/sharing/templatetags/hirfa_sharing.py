"""``{% page_meta %}``: what a shared link shows (Open Graph, Twitter card), the canonical URL, JSON-LD.

Page classes may define ``og_image`` (a Wagtail image or None), ``og_description``
(text) and ``structured_data(request)`` (a schema.org dict or None); see the
README section "Sharing and search engines".
"""

import datetime

from django import template
from django.conf import settings
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from wagtail.models import Page

from portal.sharing.structured import default_structured_data, to_script_json

register = template.Library()

ARTICLE_TYPES = {"Article", "NewsArticle", "BlogPosting", "Report"}
OG_IMAGE_SPEC = "fill-1200x630"


def og_locale(code):
    return f"{code.split('-')[0]}_{settings.HIRFA_COUNTRY}"


def _text(value, words=40):
    return Truncator(strip_tags(str(value or "")).strip()).words(words) if value else ""


def _description(page):
    for candidate in (  # the editor's own search description first (Promote tab)
        page.search_description,
        getattr(page, "og_description", ""),
        getattr(page, "intro", ""),
    ):
        text = _text(candidate)
        if text:
            return text
    return ""


def _image(page, request):
    image = getattr(page, "og_image", None) or getattr(page, "hero_image", None)
    if image is None:
        return None
    rendition = image.get_rendition(OG_IMAGE_SPEC)
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(image, "default_alt_text", "") or image.title,
    }


def _alternate_locales(page):
    codes = page.get_translations().live().public().values_list("locale__language_code", flat=True)
    return sorted(og_locale(code) for code in codes)


def _published(page):
    value = getattr(page, "date", None) or page.first_published_at
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value.isoformat() if value else ""


@register.simple_tag(takes_context=True)
def page_meta(context):
    """The head's sharing metadata for ``page`` (a Wagtail page), or None for other views."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or request is None:
        return None
    meta = {
        "title": page.seo_title or page.title,
        "description": _description(page),
        "url": page.get_full_url(request) or request.build_absolute_uri(request.path),
        "image": _image(page, request),
        "locale": og_locale(get_language()),
        "locale_alternates": _alternate_locales(page),
    }
    own = getattr(page, "structured_data", None)
    data = own(request) if callable(own) else None
    if data is None:
        data = default_structured_data(page, request, meta)
    is_article = data.get("@type") in ARTICLE_TYPES or page.specific_class.__name__ == "NewsPage"
    meta["type"] = "article" if is_article else "website"
    meta["published_time"] = _published(page) if is_article else ""
    meta["json_ld"] = to_script_json(data)
    return meta


@register.filter
def script_json(data):
    """``{{ data|script_json }}``: a dict as JSON safe inside ``<script type="application/ld+json">``."""
    return to_script_json(data)


@register.simple_tag(takes_context=True)
def product_sharing(context, product):
    """``{% product_sharing product as meta %}``: og tags and the Product JSON-LD of a product page."""
    from portal.sharing.products import product_meta

    meta = product_meta(context["request"], product)
    meta["json_ld"] = to_script_json(meta["data"])
    meta["locale"] = og_locale(get_language())
    return meta


@register.simple_tag(takes_context=True)
def storefront_json_ld(context, profile):
    from portal.sharing.products import storefront_structured_data

    return to_script_json(storefront_structured_data(context["request"], profile))
