"""What one cash-on-delivery customer can hold: units per product, orders per hour per client and per phone.

An order reserves its stock until the phone call that confirms it; without
these limits one guest could hold a product's whole stock (20 units) with one
order in under a second.
"""

import pytest
from django.core import mail
from oscar.core.loading import get_model

from tests.factories.checkout import (
    add_to_basket,
    give_address,
    guest_checkout,
    reach_preview,
    start_as_guest,
)
from tests.factories.shop import make_product

Order = get_model("order", "Order")
Basket = get_model("basket", "Basket")
Line = get_model("basket", "Line")
ShippingAddress = get_model("order", "ShippingAddress")

pytestmark = pytest.mark.django_db


@pytest.fixture
def vase(site_home):
    return make_product(titles={"ar": "مزهرية", "fr": "Vase de Safi"}, price="120.00", num_in_stock=20)


def basket_units(client, product):
    return sum(line.quantity for line in Line.objects.filter(product=product, basket__status=Basket.OPEN))


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("fr", "Une commande peut contenir au plus 5 unités d’un produit."),
        ("ar", "يمكن أن يضم الطلب الواحد 5 وحدات على الأكثر من المنتج نفسه."),
    ],
)
def test_adding_more_than_five_units_of_a_product_is_refused_with_a_message(client, vase, lang, message):
    add_to_basket(client, vase, lang, quantity=4)

    response = client.post(f"/{lang}/shop/basket/add/{vase.pk}/", {"quantity": 2}, follow=True)

    assert basket_units(client, vase) == 4
    assert message in response.content.decode()


def test_twenty_units_in_one_add_are_refused(client, vase):
    add_to_basket(client, vase, quantity=20)
    assert basket_units(client, vase) == 0
    add_to_basket(client, vase, quantity=5)
    assert basket_units(client, vase) == 5


def test_raising_a_basket_line_above_five_is_refused(client, vase):
    add_to_basket(client, vase, quantity=2)
    line = Line.objects.get(product=vase)
    data = {
        "form-TOTAL_FORMS": "1",
        "form-INITIAL_FORMS": "1",
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
        "form-0-id": str(line.pk),
        "form-0-quantity": "6",
    }

    response = client.post("/fr/shop/basket/", data, follow=True)

    assert basket_units(client, vase) == 2
    assert "au plus 5 unités" in response.content.decode()
    data["form-0-quantity"] = "5"
    client.post("/fr/shop/basket/", data)
    assert basket_units(client, vase) == 5


def test_the_basket_holds_at_most_50_units_in_all(client, site_home, settings):
    settings.HIRFA_COD_MAX_UNITS_PER_PRODUCT = 1000  # the basket's own threshold, not the per-product cap
    big = make_product(titles={"ar": "زليج", "fr": "Zellige"}, price="10.00", num_in_stock=1000)

    add_to_basket(client, big, quantity=51)
    assert basket_units(client, big) == 0
    add_to_basket(client, big, quantity=50)
    assert basket_units(client, big) == 50


def test_a_basket_filled_past_the_cap_another_way_cannot_be_ordered(client, vase):
    add_to_basket(client, vase, quantity=1)
    start_as_guest(client)
    give_address(client)
    reach_preview(client)
    Line.objects.filter(product=vase).update(quantity=20)  # as a stale form or an old basket would

    response = client.post("/fr/shop/checkout/preview/", {"action": "place_order"}, follow=True)

    assert Order.objects.count() == 0 and ShippingAddress.objects.count() == 0
    assert response.redirect_chain[-1][0] == "/fr/shop/basket/"
    assert "au plus 5 unités" in response.content.decode()
    vase.stockrecords.get().refresh_from_db()
    assert vase.stockrecords.get().num_allocated in (0, None)


def test_five_orders_per_hour_for_one_phone_then_429_with_nothing_written(client, vase):
    for _ in range(5):
        response = guest_checkout(client, vase)
        assert response.redirect_chain[-1][0] == "/fr/shop/checkout/thank-you/"
        client.cookies.clear()
    emails = len(mail.outbox)

    response = guest_checkout(client, vase, phone_number="+212 6 12 34 56 78")

    assert response.status_code == 429
    assert "Trop de demandes" in response.content.decode()
    assert Order.objects.count() == 5 and ShippingAddress.objects.count() == 5
    assert len(mail.outbox) == emails
    assert vase.stockrecords.get().num_allocated == 5
    other_phone = guest_checkout(type(client)(), vase, phone_number="0661234567")
    assert other_phone.redirect_chain[-1][0] == "/fr/shop/checkout/thank-you/"


def test_ten_orders_per_hour_from_one_client(client, vase):
    for n in range(10):
        response = guest_checkout(client, vase, phone_number=f"06612345{n:02d}")
        assert response.redirect_chain[-1][0] == "/fr/shop/checkout/thank-you/"
        client.cookies.clear()

    response = guest_checkout(client, vase, phone_number="0661234599")

    assert response.status_code == 429
    assert Order.objects.count() == 10
