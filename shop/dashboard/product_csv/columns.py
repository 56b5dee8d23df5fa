"""The CSV's columns, in one list: export and import both read it.

A new product field is one line here, e.g. ``Column("lead_time_days",
PRODUCT, "lead_time_days", parse_stock, format_int)``: it is exported, may be
imported, and is read-only on a product another artisan also sells (every
``PRODUCT`` column is product text). Only ``required`` columns must be in an
imported file; a column left out keeps what is stored.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings

from .cells import (
    SLUG_SEPARATOR,
    format_decimal,
    format_int,
    parse_lead_time,
    parse_price,
    parse_slugs,
    parse_stock,
    parse_text,
)

KEY = "key"  # sku, parent_sku: which stock record and product a row is
PRODUCT = "product"  # a field of the product (its text: read-only when shared)
STOCK = "stock"  # a field of the artisan's own stock record
CLASS = "class"  # the product class, by slug
M2M = "m2m"  # crafts / materials, by slug


def _text(value):
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Column:
    name: str
    target: str
    attr: str
    parse: Callable = parse_text
    format: Callable = _text
    required: bool = False


def _translated(field):
    return [
        Column(f"{field}_{code}", PRODUCT, f"{field}_{code}") for code in settings.MODELTRANSLATION_LANGUAGES
    ]


COLUMNS = [
    Column("sku", KEY, "partner_sku", required=True),
    Column("parent_sku", KEY, "parent_sku"),
    Column("product_class", CLASS, "product_class"),
    *_translated("title"),
    *_translated("description"),
    Column("price", STOCK, "price", parse_price, format_decimal, required=True),
    Column("stock", STOCK, "num_in_stock", parse_stock, format_int),
    Column("crafts", M2M, "crafts", parse_slugs),
    Column("materials", M2M, "materials", parse_slugs),
    Column("dimensions", PRODUCT, "dimensions"),
    Column("lead_time_days", PRODUCT, "lead_time_days", parse_lead_time, format_int),
    Column("upc", PRODUCT, "upc"),
]

COLUMNS_BY_NAME = {column.name: column for column in COLUMNS}
HEADER = [column.name for column in COLUMNS]
TITLE_COLUMNS = [column.name for column in COLUMNS if column.name.startswith("title_")]


def export_row(record):
    """The CSV cells of one stock record (its product's crafts and materials prefetched)."""
    product = record.product
    cells = []
    for column in COLUMNS:
        if column.target == KEY:
            value = (
                record.partner_sku
                if column.name == "sku"
                else (product.parent.upc if product.parent_id else "")
            )
        elif column.target == STOCK:
            value = getattr(record, column.attr)
        elif column.target == CLASS:
            product_class = product.get_product_class()
            value = product_class.slug if product_class else ""
        elif column.target == M2M:
            value = SLUG_SEPARATOR.join(sorted(item.slug for item in getattr(product, column.attr).all()))
        else:
            value = getattr(product, column.attr)
        cells.append(column.format(value))
    return cells
