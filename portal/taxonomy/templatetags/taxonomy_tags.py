"""``{% page_crafts page as crafts %}``: a page's crafts in order, in one query."""

from django import template

register = template.Library()


@register.simple_tag
def page_crafts(page):
    """The crafts linked to ``page`` (also an unsaved preview: the links held in memory)."""
    return [link.craft for link in page.craft_links.all().select_related("craft")]
