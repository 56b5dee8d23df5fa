"""Craft and material facets on the catalogue browse page: links with counts, no JavaScript needed."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.taxonomy.models import Craft, Material
from tests.factories.shop import make_product

pytestmark = pytest.mark.django_db
BROWSE = "/{lang}/shop/catalogue/"


@pytest.fixture
def tagged():
    pottery = Craft.objects.create(slug="pottery", name="فخار", name_ar="فخار", name_fr="Poterie")
    weaving = Craft.objects.create(slug="weaving", name="نسيج", name_ar="نسيج", name_fr="Tissage")
    clay = Material.objects.create(slug="clay", name="طين", name_ar="طين", name_fr="Argile")
    wool = Material.objects.create(slug="wool", name="صوف", name_ar="صوف", name_fr="Laine")
    jar = make_product({"ar": "جرة", "fr": "Jarre"})
    jar.crafts.add(pottery)
    jar.materials.add(clay)
    tagine = make_product({"ar": "طاجين", "fr": "Tajine"})
    tagine.crafts.add(pottery)
    tagine.materials.add(clay)
    rug = make_product({"ar": "زربية", "fr": "Tapis"})
    rug.crafts.add(weaving)
    rug.materials.add(wool)
    return {"pottery": pottery, "weaving": weaving, "clay": clay, "wool": wool}


def titles(response):
    return sorted(p.title_fr for p in response.context["products"])


def facet(response, name):
    (found,) = [f for f in response.context["taxonomy_facets"] if f["name"] == name]
    return {item["name"]: (item["count"], item["selected"], item["url"]) for item in found["items"]}


def test_the_craft_facet_narrows_the_listing_and_counts_products(client, tagged):
    response = client.get(BROWSE.format(lang="fr"), {"craft": "pottery"})

    assert titles(response) == ["Jarre", "Tajine"]
    crafts = facet(response, "craft")
    assert crafts["Poterie"] == (2, True, "?")  # selected: its link removes the filter
    assert crafts["Tissage"][:2] == (1, False)
    assert facet(response, "material") == {"Argile": (2, False, "?craft=pottery&material=clay")}


def test_facets_combine_and_are_plain_links_in_the_readers_language(client, tagged):
    response = client.get(BROWSE.format(lang="ar"), {"craft": "pottery", "material": "wool"})
    html = response.content.decode()

    assert titles(response) == []
    assert 'href="?material=wool"' in html  # deselect the craft, keep the material
    assert "فخار" in html and "صوف" in html
    assert not re.search(r"<script[^>]*>[^<]*facet", html)


def test_an_unknown_slug_lists_nothing_and_does_not_fail(client, tagged):
    response = client.get(BROWSE.format(lang="fr"), {"craft": "<b>nope</b>", "material": "x" * 500})

    assert response.status_code == 200
    assert titles(response) == []
    assert "<b>nope</b>" not in response.content.decode()


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_facet_query_count_does_not_grow_with_products(client, settings):
    settings.OSCAR_PRODUCTS_PER_PAGE = 50
    crafts = [Craft.objects.create(slug=f"c{n}", name=f"ح{n}", name_ar=f"ح{n}") for n in range(4)]
    materials = [Material.objects.create(slug=f"m{n}", name=f"م{n}", name_ar=f"م{n}") for n in range(4)]

    def add(count, start):
        for n in range(start, start + count):
            product = make_product({"ar": f"منتج {n}", "fr": f"Produit {n}"})
            product.crafts.add(crafts[n % 4])
            product.materials.add(materials[n % 4], materials[(n + 1) % 4])

    add(5, 0)
    few = _queries(client, BROWSE.format(lang="ar") + "?material=m1")
    add(35, 5)
    many = _queries(client, BROWSE.format(lang="ar") + "?material=m1")

    assert many == few
