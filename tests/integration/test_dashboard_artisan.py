"""What an artisan (non-staff partner user) sees of Oscar's dashboard product list."""

import pytest
from oscar.core.loading import get_model

from tests.factories.shop import UserFactory, make_artisan, make_product

pytestmark = pytest.mark.django_db

StockRecord = get_model("partner", "StockRecord")
PASSWORD = "correct horse battery"


@pytest.fixture
def artisans():
    fatima, fatima_partner = make_artisan("Fatima Zahra Poterie", username="fatima")
    yacine, yacine_partner = make_artisan("Yacine Bijoux", username="yacine")
    tajine = make_product({"ar": "طاجين", "fr": "Tajine"}, partner_name=fatima_partner.name)
    jarre = make_product({"ar": "جرة", "fr": "Jarre"}, partner_name=fatima_partner.name)
    collier = make_product({"ar": "عقد", "fr": "Collier"}, partner_name=yacine_partner.name, upc="YB-1")
    # A piece both sell (a cooperative listing): each has a stock record for it.
    shared = make_product({"ar": "زربية", "fr": "Tapis"}, partner_name=fatima_partner.name)
    StockRecord.objects.create(
        product=shared, partner=yacine_partner, partner_sku="yacine-tapis", price=300, num_in_stock=1
    )
    return {
        "fatima": (fatima, {tajine.pk, jarre.pk, shared.pk}),
        "yacine": (yacine, {collier.pk, shared.pk}),
        "products": {"tajine": tajine, "jarre": jarre, "collier": collier, "shared": shared},
    }


def listed_product_ids(client, lang="fr", **params):
    response = client.get(f"/{lang}/shop/dashboard/catalogue/", params)
    assert response.status_code == 200
    return {row.record.pk for row in response.context["products"].rows}


def test_artisan_can_sign_in_to_the_dashboard(client, artisans):
    fatima, _ = artisans["fatima"]

    response = client.post(
        "/fr/shop/dashboard/login/", {"username": fatima.email, "password": PASSWORD}, follow=True
    )

    assert response.status_code == 200
    assert response.context["user"] == fatima
    assert client.get("/ar/shop/dashboard/").status_code == 200
    assert client.get("/fr/shop/dashboard/").status_code == 200


def test_a_user_without_dashboard_access_is_sent_to_the_login_page(client):
    client.force_login(UserFactory())

    response = client.get("/fr/shop/dashboard/catalogue/")

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/login/" in response["Location"]


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_each_artisan_lists_only_products_with_their_stock_record(client, artisans, lang):
    for name in ("fatima", "yacine"):
        user, own = artisans[name]
        client.force_login(user)
        assert listed_product_ids(client, lang) == own


def test_searching_the_list_does_not_reveal_other_artisans_products(client, artisans):
    fatima, _ = artisans["fatima"]
    collier = artisans["products"]["collier"]
    client.force_login(fatima)

    assert listed_product_ids(client, title="Collier") == set()
    assert listed_product_ids(client, upc=collier.upc) == set()
    client.force_login(artisans["yacine"][0])
    assert listed_product_ids(client, upc=collier.upc) == {collier.pk}


def test_artisan_can_open_own_product_but_not_another_artisans(client, artisans):
    fatima, _ = artisans["fatima"]
    products = artisans["products"]
    client.force_login(fatima)

    assert client.get(f"/fr/shop/dashboard/catalogue/products/{products['tajine'].pk}/").status_code == 200
    assert client.get(f"/ar/shop/dashboard/catalogue/products/{products['shared'].pk}/").status_code == 200
    collier = products["collier"].pk
    assert client.get(f"/fr/shop/dashboard/catalogue/products/{collier}/").status_code == 404
    assert client.get(f"/ar/shop/dashboard/catalogue/products/{collier}/").status_code == 404
    assert client.get(f"/fr/shop/dashboard/catalogue/products/{collier}/delete/").status_code == 404
    assert client.get("/fr/shop/dashboard/catalogue/products/999999/").status_code == 404


def test_another_artisans_product_cannot_be_changed_by_posting(client, artisans):
    fatima, _ = artisans["fatima"]
    collier = artisans["products"]["collier"]
    client.force_login(fatima)

    response = client.post(f"/fr/shop/dashboard/catalogue/products/{collier.pk}/", {"title": "Volé"})

    assert response.status_code == 404
    collier.refresh_from_db()
    assert collier.title_fr == "Collier"


def test_staff_sees_every_product(client, artisans):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))

    assert listed_product_ids(client) == {product.pk for product in artisans["products"].values()}
