"""Catalogue browsing from the database: what a shopper sees on /<lang>/shop/catalogue/."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.test import factories as oscar_factories

from tests.factories.shop import make_category, make_product, url_in

pytestmark = pytest.mark.django_db

BROWSE = "/{lang}/shop/catalogue/"


def card_titles(response):
    html = response.content.decode()
    return re.findall(r'class="mt-2 product-title">\s*<a href="[^"]+">([^<]+)</a>', html)


def test_browse_lists_public_products_newest_first_in_the_active_language(client):
    make_product({"ar": "طاجين فخاري", "fr": "Tajine en terre cuite"})
    make_product({"ar": "زربية أمازيغية", "fr": "Tapis amazigh"})
    hidden = make_product({"ar": "مخفي", "fr": "Caché"})
    hidden.is_public = False
    hidden.save()

    ar = client.get(BROWSE.format(lang="ar"))
    fr = client.get(BROWSE.format(lang="fr"))

    assert ar.status_code == 200
    assert card_titles(ar) == ["زربية أمازيغية", "طاجين فخاري"]
    assert card_titles(fr) == ["Tapis amazigh", "Tajine en terre cuite"]
    assert ar.context["paginator"].count == 2
    assert "summary" in ar.context


def test_a_language_without_a_title_falls_back(client):
    make_product({"ar": "صابون طبيعي", "fr": "Savon naturel"})

    # Kabyle falls back to French, English to Arabic (settings).
    assert card_titles(client.get(BROWSE.format(lang="kab"))) == ["Savon naturel"]
    assert card_titles(client.get(BROWSE.format(lang="en"))) == ["صابون طبيعي"]


def test_product_card_shows_the_artisan_and_a_local_price(client):
    make_product({"ar": "زربية", "fr": "Tapis"}, price="1250.50", partner_name="Coopérative Tiwizi")

    ar = client.get(BROWSE.format(lang="ar")).content.decode()
    fr = client.get(BROWSE.format(lang="fr")).content.decode()

    assert "Coopérative Tiwizi" in ar
    assert "product-artisan" in ar
    assert "1.250,50" in ar and "د.م." in ar  # Latin digits, Arabic sign (ar_MA)
    assert "1\u202f250,50\xa0MAD" in fr or "1\xa0250,50\xa0MAD" in fr


def test_category_shows_its_products_and_its_descendants_only(client):
    pottery = make_category("Pottery", names={"ar": "فخار", "fr": "Poterie"})
    tajines = make_category("Tajines", parent=pottery, names={"ar": "طواجن", "fr": "Tajines"})
    rugs = make_category("Rugs", names={"ar": "زرابي", "fr": "Tapis"})
    make_product({"ar": "جرة", "fr": "Jarre"}, categories=[pottery])
    make_product({"ar": "طاجين", "fr": "Tajine"}, categories=[tajines])
    make_product({"ar": "زربية", "fr": "Tapis du Haut Atlas"}, categories=[rugs])

    response = client.get(url_in("fr", pottery))

    assert response.status_code == 200
    assert response.context["category"] == pottery
    assert sorted(card_titles(response)) == ["Jarre", "Tajine"]
    assert "<h1>Poterie</h1>" in response.content.decode()
    assert card_titles(client.get(url_in("ar", tajines))) == ["طاجين"]


def test_product_in_two_subcategories_is_listed_once(client):
    parent = make_category("Jewellery")
    silver = make_category("Silver", parent=parent)
    coral = make_category("Coral", parent=parent)
    make_product({"ar": "عقد", "fr": "Collier"}, categories=[silver, coral])

    assert card_titles(client.get(url_in("ar", parent))) == ["عقد"]


def test_category_urls_bad_input(client):
    category = make_category("Pottery")
    hidden = make_category("Secret")
    hidden.is_public = False
    hidden.save()

    wrong_slug = client.get(f"/ar/shop/catalogue/category/nope_{category.pk}/")
    assert wrong_slug.status_code == 301
    assert wrong_slug["Location"] == url_in("ar", category)
    assert client.get("/ar/shop/catalogue/category/nope_999999/").status_code == 404
    assert client.get(url_in("ar", hidden)).status_code == 404


@pytest.mark.parametrize("page", ["abc", "999", "-1", "0"])
def test_invalid_page_number_goes_back_to_page_one_with_a_message(client, page):
    make_product()

    response = client.get(BROWSE.format(lang="fr"), {"page": page}, follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/fr/shop/catalogue/"
    assert "Le numéro de page" in response.content.decode() or "page number" in response.content.decode()


def test_pagination(client, settings):
    settings.OSCAR_PRODUCTS_PER_PAGE = 2
    for n in range(5):
        make_product({"ar": f"منتج {n}", "fr": f"Produit {n}"})

    first = client.get(BROWSE.format(lang="fr"))
    last = client.get(BROWSE.format(lang="fr"), {"page": 3})

    assert card_titles(first) == ["Produit 4", "Produit 3"]
    assert card_titles(last) == ["Produit 0"]
    assert first.context["page_obj"].has_next()


def _count_queries(client, url):
    client.get(url)  # warm caches (thumbnails, site, categories)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_browse_query_count_does_not_grow_with_products(client):
    category = make_category("Pottery")

    def add_products(count):
        for _n in range(count):
            product = make_product(categories=[category])
            oscar_factories.create_product_image(product=product)

    add_products(3)
    few = _count_queries(client, BROWSE.format(lang="ar"))
    few_in_category = _count_queries(client, url_in("ar", category))
    add_products(6)
    many = _count_queries(client, BROWSE.format(lang="ar"))
    many_in_category = _count_queries(client, url_in("ar", category))

    assert many == few
    assert many_in_category == few_in_category
