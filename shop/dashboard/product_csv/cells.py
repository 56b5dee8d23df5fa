"""Reading one CSV cell: numbers as artisans type them (12,50 or ١٢٫٥٠), slugs, text.

Each parser returns the value or raises ``CellError`` with a message in the
active language; nothing here touches the database.
"""

import re
from decimal import Decimal

from django.utils.translation import gettext as _

# Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹, Persian/Urdu keyboards) digits.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
NUMBER = re.compile(r"(\d+)(?:\.(\d+))?")
MAX_PRICE_DIGITS = 10  # StockRecord.price: 12 digits, 2 of them decimals
MAX_STOCK = 2_147_483_647  # PositiveIntegerField on every database
SLUG_SEPARATOR = "|"
MAX_LEAD_TIME = 32_767  # PositiveSmallIntegerField on every database


class CellError(ValueError):
    """A cell that cannot be read; ``str(error)`` is the message shown to the artisan."""


def normalise_number(text):
    """ASCII digits and a dot: "١٢٫٥٠" and "12,50" become "12.50" (a single comma is a decimal comma)."""
    text = text.strip().translate(DIGITS).replace("٫", ".").replace("\u00a0", "").replace(" ", "")
    if "," in text and "." not in text and text.count(",") == 1:
        text = text.replace(",", ".")
    return text


def parse_price(text):
    value = normalise_number(text)
    if not value:
        raise CellError(_("A price is required."))
    negative = value.startswith("-")
    match = NUMBER.fullmatch(value.removeprefix("-"))
    if match is None:
        raise CellError(_("This is not a price: write it like 120.50 or 120,50."))
    if negative:
        raise CellError(_("A price cannot be negative."))
    whole, decimals = match.group(1), match.group(2) or ""
    if len(decimals) > 2:
        raise CellError(_("A price has at most 2 decimals."))
    if len(whole.lstrip("0")) > MAX_PRICE_DIGITS:
        raise CellError(_("This price is too large."))
    return Decimal(f"{whole}.{decimals or '0'}").quantize(Decimal("0.01"))


def parse_stock(text):
    """A whole number of pieces, or None (empty: made to order)."""
    value = normalise_number(text)
    if not value:
        return None
    if value.startswith("-") and value[1:].isdigit():
        raise CellError(_("Stock cannot be negative."))
    if not value.isdigit():
        raise CellError(_("Stock is a whole number of pieces, like 12."))
    if int(value) > MAX_STOCK:
        raise CellError(_("This stock is too large."))
    return int(value)


def parse_lead_time(text):
    """Days until a made-to-order piece is ready (at least 1), or None."""
    value = normalise_number(text)
    if not value:
        return None
    if not value.isdigit() or int(value) < 1:
        raise CellError(_("A lead time is a whole number of days, at least 1."))
    if int(value) > MAX_LEAD_TIME:
        raise CellError(_("This lead time is too long."))
    return int(value)


def parse_text(text):
    return text.strip()


def parse_slugs(text):
    """ "pottery|weaving" → ("pottery", "weaving"), without blanks or repeats, in the given order."""
    slugs = [slug.strip().lower() for slug in text.split(SLUG_SEPARATOR)]
    return tuple(dict.fromkeys(slug for slug in slugs if slug))


def format_decimal(value):
    return "" if value is None else f"{value:.2f}"


def format_int(value):
    return "" if value is None else str(value)
