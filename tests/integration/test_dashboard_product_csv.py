"""An artisan exports and imports their own products as CSV (shop/dashboard/product_csv).

Export: their stock records only, UTF-8 with BOM, queries not growing with the
rows. Import: matched by sku among their own records, each bad row reported
(line, column, message in the user's language) and skipped, the good rows kept;
another artisan's data is never reached.
"""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from oscar.core.loading import get_model

from portal.taxonomy.models import Material
from tests.factories.artisans import make_craft
from tests.factories.shop import UserFactory, make_artisan, make_product
from tests.support.product_csv import URL, csv_file, export, export_rows, post_csv, row

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


def make_shared(shop):
    """A product A and B both sell: one stock record each."""
    plate = make_product(
        {"ar": "صينية", "fr": "Plateau partagé"}, price="222.22", partner_name=shop["pA"].name
    )
    StockRecord.objects.filter(product=plate).update(partner_sku="amal-plate")
    StockRecord.objects.create(
        product=plate, partner=shop["pB"], partner_sku="bahia-plate", price=Decimal("644.19"), num_in_stock=4
    )
    return plate


BAD_ROWS = {
    "text price": ({"price": "douze"}, "price", "Ce n’est pas un prix"),
    "negative price": ({"price": "-5"}, "price", "négatif"),
    "three decimals": ({"price": "1,234"}, "price", "2 décimales"),
    "text stock": ({"stock": "beaucoup"}, "stock", "nombre entier"),
    "negative stock": ({"stock": "-2"}, "stock", "négatif"),
    "unknown craft": ({"crafts": "csv-pottery|csv-nope"}, "crafts", "csv-nope"),
    "unknown material": ({"materials": "csv-unobtainium"}, "materials", "csv-unobtainium"),
    "no title": ({"title_fr": ""}, "title_ar", "titre"),
    "unknown class": ({"product_class": "csv-spaceship"}, "product_class", "csv-craft"),
    "no stock for a stocked class": ({"stock": ""}, "stock", "stock"),
    "zero lead time": ({"lead_time_days": "0"}, "lead_time_days", "au moins 1"),
    "made to order without lead time": (
        {"product_class": "csv-to-order", "stock": ""},
        "lead_time_days",
        "délai",
    ),
}


@pytest.mark.parametrize("case", BAD_ROWS, ids=list(BAD_ROWS))
def test_a_bad_row_is_reported_in_french_and_skipped_the_good_row_kept(client, shop, case):
    cells, column, words = BAD_ROWS[case]
    client.force_login(shop["A"])
    response = post_csv(client, csv_file([row("amal-good"), row("amal-bad", **cells)]))
    result = response.context["result"]
    assert (result.created, result.skipped) == (1, 1)
    assert [(e.line, e.column) for e in result.errors] == [(3, column)]
    assert words in result.errors[0].message
    assert words in response.content.decode()
    assert StockRecord.objects.filter(partner=shop["pA"], partner_sku="amal-good").exists()
    assert not StockRecord.objects.filter(partner_sku="amal-bad").exists()


def test_errors_are_in_arabic_for_an_arabic_dashboard(client, shop):
    client.force_login(shop["A"])
    response = post_csv(client, csv_file([row("amal-bad", price="-1")]), lang="ar")
    assert response.context["result"].errors[0].message == "لا يمكن أن يكون السعر سالبا."


def test_a_made_to_order_product_needs_no_stock_but_a_lead_time(client, shop):
    client.force_login(shop["A"])
    caftan = row("amal-caftan", product_class="csv-to-order", stock="", lead_time_days="٢١")
    response = post_csv(client, csv_file([caftan]))
    assert response.context["result"].created == 1
    record = StockRecord.objects.get(partner_sku="amal-caftan")
    assert record.num_in_stock is None
    assert record.product.lead_time_days == 21 and record.product.maker == shop["pA"]


def test_dimensions_and_lead_time_round_trip_through_the_export(client, shop):
    client.force_login(shop["A"])
    post_csv(client, csv_file([row("amal-rug", dimensions="120 × 80 cm", lead_time_days="5")]))
    (exported,) = [line for line in export_rows(client) if line["sku"] == "amal-rug"]
    assert (exported["dimensions"], exported["lead_time_days"]) == ("120 × 80 cm", "5")


def test_on_a_shared_product_the_artisan_changes_price_and_stock_not_text(client, shop):
    plate = make_shared(shop)
    client.force_login(shop["A"])
    rows = export_rows(client)
    text_change = {**next(r for r in rows if r["sku"] == "amal-plate"), "title_fr": "PWNED", "price": "1"}
    price_change = {**next(r for r in rows if r["sku"] == "amal-plate"), "price": "250", "stock": "2"}
    response = post_csv(client, csv_file([text_change]))
    assert [(e.line, e.column) for e in response.context["result"].errors] == [(2, "title_fr")]
    plate.refresh_from_db()
    assert plate.title_fr == "Plateau partagé"
    assert StockRecord.objects.get(partner_sku="amal-plate").price == Decimal("222.22")
    response = post_csv(client, csv_file([price_change]))
    assert response.context["result"].updated == 1
    assert StockRecord.objects.get(partner_sku="amal-plate").price == Decimal("250.00")
    assert StockRecord.objects.get(partner_sku="bahia-plate").price == Decimal("644.19")


def test_wrong_columns_are_named_and_nothing_is_saved(client, shop):
    client.force_login(shop["A"])
    header = ["sku", "title_fr", "partner", "prix"]
    response = post_csv(client, csv_file([["amal-x", "Vase", str(shop["pB"].pk), "10"]], header=header))
    assert response.status_code == 400
    message = response.context["form"].errors["file"][0]
    assert "price" in message and "partner" in message and "prix" in message
    assert "colonne" in message
    assert not StockRecord.objects.filter(partner_sku="amal-x").exists()


def test_a_file_that_is_not_csv_is_refused(client, shop):
    client.force_login(shop["A"])
    png = SimpleUploadedFile("products.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", content_type="text/csv")
    response = post_csv(client, png)
    assert response.status_code == 400
    assert "CSV" in response.context["form"].errors["file"][0]
    latin1 = SimpleUploadedFile("p.csv", "sku,price\né,1\n".encode("latin-1"), content_type="text/csv")
    assert "UTF-8" in post_csv(client, latin1).context["form"].errors["file"][0]


def test_a_semicolon_file_as_excel_writes_it_in_french_is_read(client, shop):
    client.force_login(shop["A"])
    response = post_csv(client, csv_file([row("amal-semi", price="9,90")], delimiter=";"))
    assert response.context["result"].created == 1
    assert StockRecord.objects.get(partner_sku="amal-semi").price == Decimal("9.90")


def test_a_crafted_partner_field_is_ignored(client, shop):
    client.force_login(shop["A"])
    response = post_csv(client, csv_file([row("amal-crafted")]), partner=shop["pB"].pk)
    assert response.context["result"].created == 1
    assert StockRecord.objects.get(partner_sku="amal-crafted").partner == shop["pA"]


def test_b_sku_in_a_file_creates_a_own_record_and_changes_nothing_of_b(client, shop):
    before = b_state(shop)
    client.force_login(shop["A"])
    rows = [row("bahia-sku-4471", title_fr="PWNED", price="1", stock="0")]
    response = post_csv(client, csv_file(rows))
    assert response.context["result"].created == 1
    assert b_state(shop) == before
    mine = StockRecord.objects.get(partner=shop["pA"], partner_sku="bahia-sku-4471")
    assert mine.product != shop["collier"] and mine.product.title_fr == "PWNED"
    # B's upc on A's row: reported, B's product keeps it.
    response = post_csv(client, csv_file([row("amal-upc", upc="BAHIA-UPC-5521")]))
    assert [e.column for e in response.context["result"].errors] == ["upc"]
    assert b_state(shop) == before


def test_the_error_report_holds_every_error_and_only_its_user_reads_it(client, shop):
    client.force_login(shop["A"])
    response = post_csv(client, csv_file([row(f"amal-{n}", price="x") for n in range(250)]))
    assert len(response.context["errors_shown"]) == 200 and response.context["more_errors"] == 50
    url = URL.format(lang="fr") + f"errors/?token={response.context['report_token']}"
    report = client.get(url)
    lines = b"".join(report.streaming_content).decode("utf-8-sig").splitlines()
    assert len(lines) == 251 and lines[0] == "ligne,colonne,message"
    client.force_login(shop["B"])
    assert client.get(url).status_code == 404


def test_staff_export_and_import_for_a_chosen_partner(client, shop):
    staff = UserFactory(username="csv-staff", is_staff=True, is_superuser=True)
    client.force_login(staff)
    rows = export_rows(client, partner=shop["pB"].pk)
    assert [r["sku"] for r in rows] == ["bahia-sku-4471"]
    response = post_csv(client, csv_file([row("bahia-new")]), partner=shop["pB"].pk)
    assert response.context["result"].created == 1
    assert StockRecord.objects.get(partner_sku="bahia-new").partner == shop["pB"]


def test_an_artisan_cannot_export_another_partner(client, shop):
    client.force_login(shop["A"])
    response, _body = export(client, partner=shop["pB"].pk)
    assert response.status_code == 404


def test_an_artisan_without_dashboard_access_gets_403(client, shop):
    user = UserFactory(username="no-access")
    shop["pA"].users.add(user)
    client.force_login(user)
    assert client.get(URL.format(lang="fr")).status_code == 403
    assert client.get(URL.format(lang="fr") + "export/").status_code == 403
    assert post_csv(client, csv_file([row("amal-403")])).status_code == 403
    assert not StockRecord.objects.filter(partner_sku="amal-403").exists()


def test_the_import_page_and_menu_are_in_arabic(client, shop):
    client.force_login(shop["A"])
    html = client.get(URL.format(lang="ar")).content.decode()
    assert "استيراد المنتجات وتصديرها" in html and 'href="/ar/shop/dashboard/products-csv/"' in html


@pytest.mark.parametrize("count", [5, 40])
def test_export_queries_do_not_grow_with_products(client, shop, count, django_assert_max_num_queries):
    for n in range(count):
        product = make_product({"fr": f"Vase {n}"}, partner_name=shop["pA"].name)
        product.crafts.add(*shop["tajine"].crafts.all())
    client.force_login(shop["A"])
    with django_assert_max_num_queries(12):
        rows = export_rows(client)
    assert len(rows) == count + 1


def test_ten_thousand_rows_import_with_a_bounded_number_of_queries(
    client, shop, django_assert_max_num_queries
):
    rows = [row(f"amal-{n}", title_ar=f"منتج {n}", price=f"{n % 500},50") for n in range(10_000)]
    rows[17]["price"] = "-3"
    rows[9_998]["materials"] = "csv-nope"
    client.force_login(shop["A"])
    upload = csv_file(rows)
    with django_assert_max_num_queries(6 * 10_000):
        response = post_csv(client, upload)
    result = response.context["result"]
    assert (result.created, result.updated, result.skipped) == (9_998, 0, 2)
    assert [(e.line, e.column) for e in result.errors] == [(19, "price"), (10_000, "materials")]
    assert StockRecord.objects.filter(partner=shop["pA"]).count() == 9_999
