"""An artisan exports and imports their own products as CSV (shop/dashboard/product_csv).

Export: their stock records only, UTF-8 with BOM, queries not growing with the
rows. Import: matched by sku among their own records, each bad row reported
(line, column, message in the user's language) and skipped, the good rows kept;
another artisan's data is never reached.
"""

from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from portal.taxonomy.models import Material
from tests.factories.artisans import make_craft
from tests.factories.shop import make_artisan, make_product
from tests.support.product_csv import csv_file, export, export_rows, post_csv, row

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
StockRecord = get_model("partner", "StockRecord")


@pytest.fixture
def shop(site_home):
    user_a, partner_a = make_artisan("Atelier Amal", username="amal")
    user_b, partner_b = make_artisan("Bijoux Bahia", username="bahia")
    pottery = make_craft("csv-pottery", ar="فخار", fr="Poterie")
    clay, _ = Material.objects.get_or_create(slug="csv-clay", defaults={"name": "clay"})
    tajine = make_product(
        {"ar": "طاجين أمل", "fr": "Tajine Amal"}, price="111.11", partner_name=partner_a.name
    )
    StockRecord.objects.filter(product=tajine).update(partner_sku="amal-tajine")
    craft_class, _ = ProductClass.objects.get_or_create(slug="csv-craft", defaults={"name": "CSV craft"})
    ProductClass.objects.get_or_create(
        slug="csv-to-order", defaults={"name": "CSV to order", "track_stock": False}
    )
    Product.objects.filter(pk=tajine.pk).update(product_class=craft_class)
    tajine.refresh_from_db()
    tajine.crafts.add(pottery)
    tajine.materials.add(clay)
    collier = make_product(
        {"ar": "عقد باهية", "fr": "Collier Bahia Qzx"},
        price="733.47",
        partner_name=partner_b.name,
        upc="BAHIA-UPC-5521",
    )
    StockRecord.objects.filter(product=collier).update(partner_sku="bahia-sku-4471")
    return {"A": user_a, "B": user_b, "pA": partner_a, "pB": partner_b, "tajine": tajine, "collier": collier}


def b_state(shop):
    return list(StockRecord.objects.filter(partner=shop["pB"]).values().order_by("pk")), list(
        Product.objects.filter(stockrecords__partner=shop["pB"]).values("pk", "title_fr", "title_ar", "upc")
    )


def test_export_has_the_artisans_rows_in_every_language_and_nothing_of_b(client, shop):
    client.force_login(shop["A"])
    rows = export_rows(client)
    assert [r["sku"] for r in rows] == ["amal-tajine"]
    (tajine,) = rows
    assert tajine["title_ar"] == "طاجين أمل" and tajine["title_fr"] == "Tajine Amal"
    assert tajine["price"] == "111.11" and tajine["stock"] == "10"
    assert tajine["crafts"] == "csv-pottery" and tajine["materials"] == "csv-clay"
    assert {"title_zgh", "title_kab", "description_en", "parent_sku", "upc"} <= set(tajine)
    _response, body = export(client)
    text = body.decode("utf-8-sig")
    for secret in ("Collier Bahia Qzx", "عقد باهية", "bahia-sku-4471", "BAHIA-UPC-5521", "733.47"):
        assert secret not in text


def test_import_creates_and_updates_and_keeps_good_rows(client, shop):
    client.force_login(shop["A"])
    upload = csv_file(
        [
            row(
                "amal-tajine",
                title_fr="Tajine Amal",
                title_ar="طاجين أمل",
                price="120,50",
                stock="٧",
                crafts="csv-pottery",
                materials="csv-clay",
            ),
            row("amal-new", title_ar="زربية", price="١٢٫٥٠", crafts="csv-pottery"),
            row("amal-bad", price="douze"),
        ]
    )
    response = post_csv(client, upload)
    assert response.status_code == 200
    result = response.context["result"]
    assert (result.created, result.updated, result.skipped) == (1, 1, 1), result.errors
    record = StockRecord.objects.get(partner=shop["pA"], partner_sku="amal-tajine")
    assert record.price == Decimal("120.50") and record.num_in_stock == 7
    new = StockRecord.objects.get(partner=shop["pA"], partner_sku="amal-new")
    assert new.price == Decimal("12.50") and new.product.title_ar == "زربية"
    assert list(new.product.crafts.values_list("slug", flat=True)) == ["csv-pottery"]
    assert not StockRecord.objects.filter(partner_sku="amal-bad").exists()
    (error,) = result.errors
    assert (error.line, error.column) == (4, "price")
