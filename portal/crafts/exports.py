"""Open-data exports of the registry: ``<index url>registry.json`` and ``registry.csv``.

The columns are stable (documented in the README, ``## Craft registry``);
new columns are only ever added at the end. Names and labels are in the
index's language; codes (risk status, ISO 3166-2 regions, material slugs)
are the same in every language. The same ``risk`` and ``region`` filters
as the page apply; an unknown value is ignored.
"""

import csv
import io
import json

from django.http import HttpResponse
from django.utils import translation

from .listing import filtered, masters_counts, read_filters

COLUMNS = [
    "slug",
    "name",
    "risk_status",
    "risk_status_label",
    "year_assessed",
    "regions",
    "materials",
    "masters_count",
    "url",
]


def rows(index, request):
    filters, _problems = read_filters(request)
    pages = list(filtered(index.crafts(), filters))
    counts = masters_counts(pages)
    for page in pages:
        yield {
            "slug": page.craft.slug,
            "name": page.craft.name or page.title,
            "risk_status": page.risk_status,
            "risk_status_label": str(page.get_risk_status_display()),
            "year_assessed": page.risk_year,
            "regions": [region.code for region in page.craft.regions.all()],
            "materials": [material.slug for material in page.materials.all()],
            "masters_count": counts.get(page.craft_id, 0),
            "url": page.get_full_url(request),
        }


def json_response(index, request):
    with translation.override(index.locale.language_code):
        data = {
            "language": index.locale.language_code,
            "columns": COLUMNS,
            "crafts": list(rows(index, request)),
        }
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


def csv_response(index, request):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    with translation.override(index.locale.language_code):
        for row in rows(index, request):
            row = {**row, "regions": " ".join(row["regions"]), "materials": " ".join(row["materials"])}
            writer.writerow(["" if row[column] is None else row[column] for column in COLUMNS])
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="crafts-registry-{index.locale.language_code}.csv"'
    )
    return response
