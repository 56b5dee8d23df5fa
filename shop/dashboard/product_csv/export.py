"""The artisan's products as CSV, streamed: one row per stock record (a variant is its own row).

UTF-8 with a byte-order mark, so that Excel opens Arabic text correctly. The
stock records are read in chunks with their products, classes, parents,
crafts and materials: the number of queries does not grow with the rows.
"""

import csv

from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.text import slugify
from oscar.core.loading import get_model

from .columns import HEADER, export_row

StockRecord = get_model("partner", "StockRecord")

BOM = "\ufeff"
CHUNK = 1000


class _Echo:
    """csv.writer writes into this and gets the line back."""

    def write(self, value):
        return value


def stockrecords_of(partner):
    return (
        StockRecord.objects.filter(partner=partner)
        .select_related("product__product_class", "product__parent__product_class")
        .prefetch_related("product__crafts", "product__materials")
        .order_by("product__parent_id", "product_id", "pk")
    )


def csv_lines(partner):
    writer = csv.writer(_Echo())
    yield BOM + writer.writerow(HEADER)
    for record in stockrecords_of(partner).iterator(chunk_size=CHUNK):
        yield writer.writerow(export_row(record))


def export_response(partner):
    filename = f"products-{slugify(partner.code or partner.pk)}-{timezone.localdate():%Y-%m-%d}.csv"
    response = StreamingHttpResponse(csv_lines(partner), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
