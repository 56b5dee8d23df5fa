"""The craft registry: page rules, rendering in every locale, filters, exports, query counts, products."""

import csv
import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from portal.crafts.exports import COLUMNS
from portal.crafts.models import CraftIndexPage, CraftPage
from portal.masters.models import MasterArtisanPage
from tests.factories.shop import make_product
from tests.support.heritage import (
    LANGS,
    add_craft_page,
    add_person,
    make_craft,
    make_image,
    masters_index,
    registry,
    translate_all,
)

pytestmark = pytest.mark.django_db


class TestRegistryTree(WagtailPageTestCase):
    def test_parent_and_child_rules(self):
        self.assertCanCreateAt(HomePage, CraftIndexPage)
        self.assertCanCreateAt(CraftIndexPage, CraftPage)
        self.assertCanNotCreateAt(HomePage, CraftPage)
        self.assertCanNotCreateAt(CraftPage, CraftPage)
        self.assertCanNotCreateAt(CraftIndexPage, CraftIndexPage)
        self.assertAllowedParentPageTypes(CraftPage, {CraftIndexPage})


@pytest.fixture
def index(site_home):
    return registry(site_home)


def test_a_craft_has_one_registry_page_per_language(index):
    craft = make_craft("zellige", ["MA-01"])
    add_craft_page(index, craft)
    second = CraftPage(title="زليج 2", slug="zellige-2", craft=craft, locale=index.locale)
    with pytest.raises(ValidationError) as error:
        second.full_clean()
    assert "craft" in error.value.message_dict


def test_a_translation_shares_its_craft(index):
    page = add_craft_page(index, make_craft("zellige", ["MA-01"]))
    (fr_index,) = translate_all([index], "fr")
    (fr_page,) = translate_all([page], "fr")
    fr_page.full_clean()  # same craft, another locale: allowed
    assert fr_page.craft_id == page.craft_id


@pytest.mark.parametrize(("code", "direction"), LANGS)
def test_registry_and_craft_page_render_in_every_language(client, index, code, direction):
    craft = make_craft("zellige", ["MA-01", "MA-06"], name_ar="الزليج", name_fr="Zellige", name_en="Zellige")
    page = add_craft_page(index, craft, risk="endangered", photo=make_image())
    if code != "ar":
        translate_all([index, page], code)
    for url in (f"/{code}/crafts/", f"/{code}/crafts/zellige/"):
        response = client.get(url)
        assert response.status_code == 200
        assert f'<html lang="{code}" dir="{direction}">' in response.content.decode()
    assert client.get(f"/{code}/crafts/nope/").status_code == 404


def test_the_craft_page_names_regions_in_the_readers_language(client, index):
    page = add_craft_page(index, make_craft("zellige", ["MA-01"]), risk="endangered", year=2018)
    translate_all([index, page], "fr")
    html = client.get("/fr/crafts/zellige/").content.decode()
    assert "Tanger-Tétouan-Al Hoceïma" in html
    assert "En danger" in html and "2018" in html


def test_filters_by_risk_and_region(client, index):
    add_craft_page(index, make_craft("zellige", ["MA-01"]), risk="endangered")
    add_craft_page(index, make_craft("pottery", ["DZ-05"]), risk="active")
    html = client.get("/ar/crafts/?risk=endangered").content.decode()
    assert "/ar/crafts/zellige/" in html and "/ar/crafts/pottery/" not in html
    html = client.get("/ar/crafts/?region=DZ-05").content.decode()
    assert "/ar/crafts/pottery/" in html and "/ar/crafts/zellige/" not in html


@pytest.mark.parametrize("query", ["risk=extinct", "region=XX-99", "page=abc", "page=999"])
def test_bad_filter_values_never_break_the_page(client, index, query):
    add_craft_page(index, make_craft("zellige", ["MA-01"]))
    response = client.get(f"/fr/crafts/?{query}".replace("/fr/", "/ar/"))
    assert response.status_code == 200
    assert "/ar/crafts/zellige/" in response.content.decode()


def test_a_nul_byte_in_a_filter_is_a_bad_request_not_an_error(client, index):
    # portal/security's RequestDataGuardMiddleware refuses it before the view: no database sees it.
    assert client.get("/ar/crafts/?risk=%00").status_code == 400


def test_an_unknown_risk_status_is_explained_in_the_visitors_language(client, index):
    translate_all([index], "fr")
    html = client.get("/fr/crafts/?risk=extinct").content.decode()
    assert "Il n’y a pas de statut de risque « extinct »" in html


def fill(index, n, masters=None):
    for i in range(n):
        craft = make_craft(f"craft-{i}", ["MA-01", "DZ-05"])
        add_craft_page(index, craft, photo=make_image(f"p{i}"))
        if masters is not None:
            add_person(masters, f"معلم {i}", craft, f"m-{i}")


@pytest.mark.parametrize("url", ["/ar/crafts/", "/ar/crafts-registry.json", "/ar/crafts-registry.csv"])
def test_query_count_does_not_grow_with_crafts(client, site_home, url):
    index = registry(site_home)
    masters = masters_index(site_home)
    index.per_page = 50
    CraftIndexPage.per_page = 50
    try:
        fill(index, 5, masters)
        client.get(url)  # warm caches (site root, locales)
        with CaptureQueriesContext(connection) as five:
            assert client.get(url).status_code == 200
        fill_more = [make_craft(f"more-{i}", ["MA-02"]) for i in range(35)]
        for craft in fill_more:
            add_craft_page(index, craft, photo=make_image(craft.slug))
            add_person(masters, craft.slug, craft, f"m-{craft.slug}")
        client.get(url)  # the new photos' renditions are made once, on first view
        with CaptureQueriesContext(connection) as forty:
            response = client.get(url)
    finally:
        CraftIndexPage.per_page = 12
    assert response.status_code == 200
    assert "more-34" in response.content.decode()
    assert len(forty) == len(five)


def test_pagination_keeps_the_filters(client, index):
    for i in range(14):
        add_craft_page(index, make_craft(f"c-{i:02}", ["MA-01"]), risk="vulnerable")
    html = client.get("/ar/crafts/?risk=vulnerable").content.decode()
    assert "?risk=vulnerable&amp;page=2" in html
    assert "/ar/crafts/c-13/" in client.get("/ar/crafts/?risk=vulnerable&page=2").content.decode()


@pytest.fixture
def exported(client, site_home):
    index = registry(site_home)
    masters = masters_index(site_home)
    craft = make_craft("zellige", ["MA-01", "MA-06"], name_ar="الزليج", name_fr="Zellige")
    page = add_craft_page(index, craft, risk="critically_endangered", year=2018)
    add_person(masters, "المعلم", craft, "maalem")
    add_craft_page(index, make_craft("pottery", ["DZ-05"]), risk="active", year=None)
    translate_all([index, page], "fr")
    return client


def test_csv_export_has_stable_columns(exported):
    response = exported.get("/fr/crafts-registry.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert (
        list(rows[0].keys())
        == COLUMNS
        == [
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
    )
    (row,) = rows  # only the translated page is in the French registry
    assert row["slug"] == "zellige" and row["name"] == "Zellige"
    assert row["risk_status"] == "critically_endangered" and row["risk_status_label"] == "En danger critique"
    assert row["year_assessed"] == "2018" and row["regions"] == "MA-01 MA-06"
    assert row["masters_count"] == "0"  # the master's profile is not translated into French
    assert row["url"].endswith("/fr/crafts/zellige/")


def test_json_export_in_arabic_with_filters(exported):
    data = json.loads(exported.get("/ar/crafts-registry.json?risk=critically_endangered").content)
    assert data["language"] == "ar" and data["columns"] == COLUMNS
    (row,) = data["crafts"]
    assert row["name"] == "الزليج" and row["masters_count"] == 1 and row["regions"] == ["MA-01", "MA-06"]
    everything = json.loads(exported.get("/ar/crafts-registry.json?risk=bogus").content)
    assert {row["slug"] for row in everything["crafts"]} == {"zellige", "pottery"}
    assert next(r for r in everything["crafts"] if r["slug"] == "pottery")["year_assessed"] is None


def test_products_in_the_craft_in_stock_first_then_made_to_order(client, index):
    from oscar.test.factories import ProductClassFactory

    craft = make_craft("zellige", ["MA-01"])
    add_craft_page(index, craft)
    bespoke_class = ProductClassFactory(name="Bespoke", track_stock=False)
    bespoke = make_product({"ar": "قطعة حسب الطلب"}, product_class=bespoke_class, num_in_stock=0)
    sold_out = make_product({"ar": "نفدت"}, num_in_stock=0)
    in_stock = make_product({"ar": "متوفرة"}, num_in_stock=3)
    other = make_product({"ar": "حرفة أخرى"}, num_in_stock=3)
    for product in (bespoke, sold_out, in_stock):
        product.crafts.add(craft)
    other.crafts.add(make_craft("other"))
    html = client.get("/ar/crafts/zellige/").content.decode()
    assert html.index("متوفرة") < html.index("قطعة حسب الطلب")
    assert "نفدت" not in html and "حرفة أخرى" not in html


def test_masters_and_apprentices_of_the_craft_show_on_its_page(client, site_home):
    index = registry(site_home)
    craft = make_craft("zellige", ["MA-01"])
    add_craft_page(index, craft)
    masters = masters_index(site_home)
    add_person(masters, "المعلم أحمد", craft, "ahmed")
    add_person(masters, "المتعلم يوسف", craft, "youssef", rank=MasterArtisanPage.Rank.APPRENTICE)
    html = client.get("/ar/crafts/zellige/").content.decode()
    assert html.index("المعلم أحمد") < html.index("المتعلم يوسف")
    assert "/ar/masters/ahmed/" in html
