"""Product and category descriptions are untrusted HTML: clean them on save.

Oscar renders ``product.description|safe``, and artisans write descriptions
in the dashboard. Every language column (``description_ar``,
``description_fr``...) is cleaned with nh3 before the row is written, so
scripts, event-handler attributes, ``javascript:`` links and images from other
hosts never reach a page; harmless formatting (paragraphs, lists, bold,
links) stays.
"""

import nh3
from modeltranslation.settings import AVAILABLE_LANGUAGES
from modeltranslation.utils import build_localized_fieldname

ALLOWED_TAGS = {
    "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "cite", "code", "dd", "del", "div",
    "dl", "dt", "em", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "li", "mark", "ol", "p",
    "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "th",
    "thead", "tr", "u", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "*": {"dir", "lang"},
    "a": {"href", "hreflang", "title"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def clean_html(value):
    """Untrusted HTML → safe HTML; anything that is not a string is returned as is."""
    if not isinstance(value, str) or not value:
        return value
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )


def _column_names(field_name):
    yield from (build_localized_fieldname(field_name, lang) for lang in AVAILABLE_LANGUAGES)


def sanitize_instance(instance, field_names):
    for field_name in field_names:
        for column in _column_names(field_name):
            if hasattr(instance, column):
                setattr(instance, column, clean_html(getattr(instance, column)))
        # The untranslated column: modeltranslation keeps its raw value here.
        if field_name in instance.__dict__:
            instance.__dict__[field_name] = clean_html(instance.__dict__[field_name])


def sanitize_product(sender, instance, **kwargs):
    sanitize_instance(instance, ["description"])


def sanitize_category(sender, instance, **kwargs):
    sanitize_instance(instance, ["description", "long_description"])
