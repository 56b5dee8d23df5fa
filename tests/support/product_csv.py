"""Helpers for the product CSV tests: build a file, post it, read an export back."""

import csv
import io

from django.core.files.uploadedfile import SimpleUploadedFile

from shop.dashboard.product_csv.columns import HEADER

URL = "/{lang}/shop/dashboard/products-csv/"


def csv_file(rows, header=HEADER, name="products.csv", encoding="utf-8-sig", delimiter=","):
    """A CSV upload: ``rows`` are dicts (missing columns empty) or lists of cells."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(name, "") for name in header] if isinstance(row, dict) else row)
    return SimpleUploadedFile(name, out.getvalue().encode(encoding), content_type="text/csv")


def post_csv(client, upload, lang="fr", **data):
    return client.post(URL.format(lang=lang), {"file": upload, **data})


def export(client, lang="fr", **params):
    response = client.get(URL.format(lang=lang) + "export/", params)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def export_rows(client, lang="fr", **params):
    response, body = export(client, lang, **params)
    assert response.status_code == 200, response.status_code
    assert body.startswith("\ufeff".encode())
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def row(sku, **cells):
    return {
        "sku": sku,
        "product_class": "csv-craft",
        "title_fr": f"Produit {sku}",
        "price": "10",
        "stock": "3",
        **cells,
    }
