"""Numbers and e-mail addresses kept left to right inside Arabic text.

An E.164 phone number has no letters: in a right-to-left paragraph the bidi
algorithm moves its "+" to the end ("212612345678+"). ``ltr`` isolates it in
HTML (``<bdi dir="ltr">``), ``ltr_text`` in plain text (Unicode LRI ... PDI).
"""

from django import template
from django.utils.html import format_html

register = template.Library()

LRI, PDI = "\u2066", "\u2069"


def _text(value):
    as_international = getattr(value, "as_international", None)
    return as_international if as_international else str(value)


@register.filter
def ltr(value):
    """``value`` (a phone number shown in international form) as an LTR-isolated HTML span."""
    if value in (None, ""):
        return ""
    return format_html('<bdi dir="ltr">{}</bdi>', _text(value))


@register.filter
def ltr_text(value):
    """``value`` isolated left to right in plain text (e-mail bodies)."""
    if value in (None, ""):
        return ""
    return f"{LRI}{_text(value)}{PDI}"
