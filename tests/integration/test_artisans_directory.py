"""The artisans' directory: filters in the URL, bad values ignored, pages, and a fixed number of queries."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from shop.artisans.models import ArtisanProfile
from tests.factories.artisans import made_to_order_class, make_craft, make_profile, tiny_image
from tests.factories.shop import make_category, make_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def artisans(site_home):
    return [
        make_profile("Arezki Aït Ouali", region="DZ-15"),
        make_profile("Tassadit Hamdi", region="DZ-15"),
        make_profile("Nora Chenouf", region="DZ-05", kind=ArtisanProfile.Kind.COOPERATIVE),
        make_profile("Itto Oulhaj", region="MA-05", kind=ArtisanProfile.Kind.WOMENS_HOUSE),
        make_profile("Hidden Artisan", region="DZ-15", is_active=False),
    ]


def names_in(response):
    assert response.status_code == 200
    html = response.content.decode()
    return {name for name in ("Arezki", "Tassadit", "Nora", "Itto", "Hidden") if f">{name} " in html}


def test_directory_lists_active_artisans_in_both_directions(client, artisans):
    ar = client.get("/ar/shop/artisans/")
    assert names_in(ar) == {"Arezki", "Tassadit", "Nora", "Itto"}
    html = ar.content.decode()
    assert 'dir="rtl"' in html and "تيزي وزو" in html and "4 حرفيين" in html
    assert f'href="/ar/shop/artisans/{artisans[0].slug}/"' in html
    fr = client.get("/fr/shop/artisans/").content.decode()
    assert 'dir="ltr"' in fr and "Tizi Ouzou" in fr and "4 artisans" in fr


def test_filter_by_region_and_kind_is_a_shareable_url(client, artisans):
    assert names_in(client.get("/fr/shop/artisans/?region=DZ-15")) == {"Arezki", "Tassadit"}
    assert names_in(client.get("/fr/shop/artisans/?kind=cooperative")) == {"Nora"}
    assert names_in(client.get("/fr/shop/artisans/?region=DZ-15&kind=cooperative")) == set()
    html = client.get("/fr/shop/artisans/?region=DZ-15").content.decode()
    assert '<option value="DZ-15" selected>Tizi Ouzou</option>' in html
    # Only regions where an active artisan works are offered.
    assert 'value="DZ-05"' in html and 'value="MA-01"' not in html


@pytest.mark.parametrize(
    "query",
    [
        "region=XX-99",
        "region=%3Cscript%3E",
        "kind=robot",
        "page=abc",
        "page=-1",
        "region=DZ-15&region=",
        "page=99999",
    ],
)
def test_bad_filter_values_are_ignored_never_a_500(client, artisans, query):
    response = client.get(f"/fr/shop/artisans/?{query}")
    assert response.status_code == 200
    if "region=DZ" not in query:
        assert names_in(response) == {"Arezki", "Tassadit", "Nora", "Itto"}


def test_pages_keep_the_filters(client, artisans, monkeypatch):
    monkeypatch.setattr("shop.artisans.views.ARTISANS_PER_PAGE", 1)
    first = client.get("/fr/shop/artisans/?region=DZ-15")
    assert names_in(first) == {"Arezki"}
    html = first.content.decode()
    assert 'href="?region=DZ-15&amp;page=2" rel="next"' in html
    assert names_in(client.get("/fr/shop/artisans/?region=DZ-15&page=2")) == {"Tassadit"}


def _queries(client, url):
    # sorl-thumbnail remembers its thumbnails in the cache: start with room in it (LocMemCache culls
    # at 300 entries, and earlier tests fill it), so that every thumbnail is remembered.
    cache.clear()
    client.get(url)  # thumbnails are made and cached on the first view, as in production
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def _artisans_with_products(count, offset):
    category = make_category(f"Craft {offset}", names={"fr": f"Métier {offset}"})
    craft = make_craft(f"craft-{offset}", fr=f"Métier {offset}")
    for n in range(count):
        profile = make_profile(
            f"Artisan {offset + n}", region="DZ-15", photo=tiny_image(f"a{offset + n}.jpg")
        )
        product = make_product(
            {"fr": f"Objet {offset + n}"},
            num_in_stock=2,
            partner_name=profile.partner.name,
            categories=[category],
        )
        product.crafts.add(craft)
        if n % 2:  # half name their own crafts, half fall back to their products'
            profile.crafts.add(make_craft(f"own-{offset + n}", fr=f"Propre {offset + n}"))


def test_directory_queries_do_not_grow_with_the_artisans_shown(client, site_home, django_assert_num_queries):
    _artisans_with_products(5, 0)
    five = _queries(client, "/fr/shop/artisans/")
    _artisans_with_products(19, 100)  # 24 artisans: a full page
    client.get("/fr/shop/artisans/")
    with django_assert_num_queries(five):
        response = client.get("/fr/shop/artisans/")
    assert response.content.decode().count('class="card artisan-card"') == 24


def _storefront_with(count, profile, made_to_order):
    category = make_category(f"Craft {count}", names={"fr": "Poterie"})
    for n in range(count):
        product = make_product(
            {"fr": f"Pièce {count}-{n}"},
            num_in_stock=3,
            partner_name=profile.partner.name,
            categories=[category],
        )
        product.crafts.add(make_craft(f"craft-{count}-{n}", fr=f"Métier {count}-{n}"))
        if n % 2:
            product.product_class = made_to_order
            product.save()
        from oscar.apps.catalogue.models import ProductImage

        image = ProductImage(product=product, display_order=0)
        image.original.save(f"s{count}-{n}.jpg", tiny_image(), save=True)


def test_storefront_queries_do_not_grow_with_the_products_shown(
    client, site_home, settings, django_assert_num_queries
):
    settings.OSCAR_PRODUCTS_PER_PAGE = 50
    made_to_order = made_to_order_class()
    small, large = make_profile("Small Workshop"), make_profile("Large Workshop")
    _storefront_with(5, small, made_to_order)
    _storefront_with(40, large, made_to_order)
    five = _queries(client, f"/fr/shop/artisans/{small.slug}/")
    client.get(f"/fr/shop/artisans/{large.slug}/")
    with django_assert_num_queries(five):
        response = client.get(f"/fr/shop/artisans/{large.slug}/")
    assert response.content.decode().count('class="card product-card"') == 40


def test_filter_by_craft_reads_the_profiles_crafts_named_in_the_readers_language(client, artisans):
    pottery = make_craft("pottery-ceramics", ar="الفخار والخزف", fr="Poterie et céramique")
    jewellery = make_craft("jewellery", ar="الحلي", fr="Bijouterie")
    make_craft("unused-craft", ar="حرفة لا أحد", fr="Métier de personne")
    arezki, tassadit, nora, _itto, hidden = artisans
    arezki.crafts.add(jewellery)
    tassadit.crafts.add(pottery)
    nora.crafts.add(pottery, jewellery)
    hidden.crafts.add(pottery)

    assert names_in(client.get("/fr/shop/artisans/?craft=pottery-ceramics")) == {"Tassadit", "Nora"}
    assert names_in(client.get("/fr/shop/artisans/?craft=jewellery&region=DZ-15")) == {"Arezki"}
    assert names_in(client.get("/fr/shop/artisans/?craft=nothing")) == {"Arezki", "Tassadit", "Nora", "Itto"}
    fr = client.get("/fr/shop/artisans/?craft=jewellery").content.decode()
    assert '<option value="jewellery" selected>Bijouterie</option>' in fr
    assert "Métier de personne" not in fr  # only crafts an active artisan names are offered
    ar = client.get("/ar/shop/artisans/").content.decode()
    assert '<option value="pottery-ceramics">الفخار والخزف</option>' in ar and "الحلي" in ar
