"""The portal's sections in the header: the live children of the current language's home page.

Editors decide what is listed with Wagtail's "Show in menus" (Promote tab);
the section index pages (news, events, craft registry, masters, programme,
courses) are in menus by default. Two queries whatever the number of sections.
"""

from django import template
from django.utils.translation import get_language
from wagtail.models import Page

register = template.Library()


@register.simple_tag(takes_context=True)
def section_links(context):
    """``[{"title", "url", "current"}, ...]`` in the editors' order (the page tree's)."""
    request = context.get("request")
    home = Page.objects.filter(depth=2, locale__language_code=get_language()).live().first()
    if home is None:
        return []
    path = request.path if request is not None else ""
    links = []
    for page in home.get_children().live().public().in_menu().order_by("path"):
        url = page.get_url(request)
        if url:
            links.append({"title": page.title, "url": url, "current": path.startswith(url)})
    return links
