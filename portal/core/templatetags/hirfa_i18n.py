"""Language switcher and hreflang links.

For a Wagtail page the link goes to that page's translation when one is live
(otherwise to that language's home page); for any other URL (catalogue,
product, basket...) to the same URL under the other language prefix.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

register = template.Library()


def _page_translations(page):
    translations = {}
    for translated in page.get_translations(inclusive=True).live().public().select_related("locale"):
        translations[translated.locale.language_code] = translated
    return translations


def _home_urls(request):
    urls = {}
    for root in Page.objects.filter(depth=2).live().select_related("locale"):
        urls.setdefault(root.locale.language_code, root.get_url(request))
    return urls


@register.simple_tag(takes_context=True)
def alternate_languages(context):
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    translations = _page_translations(page) if isinstance(page, Page) else None
    homes = None
    links = []
    for code, _name in settings.LANGUAGES:
        if translations is not None:
            if code in translations:
                url = translations[code].get_url(request)
            else:
                homes = homes if homes is not None else _home_urls(request)
                url = homes.get(code) or f"/{code}/"
            exists = code in translations
        else:
            url = translate_url(request.get_full_path() if request else "/", code)
            exists = True
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name_local": info["name_local"],
                "bidi": info["bidi"],
                "url": url,
                "exists": exists,
                "is_current": code == current,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def absolute(context, url):
    request = context.get("request")
    return request.build_absolute_uri(url) if request else url


@register.filter
def local_number(value):
    """``{{ 305358|local_number }}``: grouped for the active language and the country profile."""
    from portal.core.money import format_number

    try:
        return format_number(int(value))
    except (TypeError, ValueError):
        return ""
