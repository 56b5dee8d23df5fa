"""Many customers press "Place order" for the last unit at the same moment, through the real views.

Runs on the file SQLite database (first pass of ./bin/test) and on PostgreSQL
(second pass): exactly one order, the others are told the product is no longer
available, no 500 and no "database is locked".
"""

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from oscar.core.loading import get_model

from tests.conftest import make_site_home
from tests.factories.checkout import add_to_basket, give_address, reach_preview, start_as_guest
from tests.factories.shop import make_product
from tests.support.concurrency import all_at_once

Order = get_model("order", "Order")
ShippingAddress = get_model("order", "ShippingAddress")
Basket = get_model("basket", "Basket")

BUYERS = 6


@pytest.mark.django_db(transaction=True)
def test_the_last_unit_goes_to_exactly_one_of_many_simultaneous_buyers():
    make_site_home()
    product = make_product(titles={"fr": "Bracelet en argent et corail"}, price="1200.00", num_in_stock=1)
    clients = []
    for index in range(BUYERS):
        client = Client()
        add_to_basket(client, product)
        start_as_guest(client, email=f"buyer{index}@example.test")
        give_address(client)
        assert reach_preview(client).redirect_chain[-1][0] == "/fr/shop/checkout/preview/"
        clients.append(client)
    connection.close()

    def press_place_order(index):
        response = clients[index].post("/fr/shop/checkout/preview/", {"action": "place_order"}, follow=True)
        return response.status_code, response.redirect_chain, response.content.decode()

    results = [
        result if isinstance(result, tuple) else (500, [], repr(result))
        for result in all_at_once(BUYERS, press_place_order)
    ]

    assert all(status == 200 for status, _chain, _body in results), [r[:2] for r in results]
    def thanked(chain):
        return bool(chain) and chain[-1][0].endswith("/thank-you/")

    orders = [chain for _status, chain, _body in results if thanked(chain)]
    refused = [body for _status, chain, body in results if not thanked(chain)]
    assert len(orders) == 1
    assert len(refused) == BUYERS - 1
    for body in refused:
        assert "plus disponible" in body
        assert "database is locked" not in body
    assert Order.objects.count() == 1
    assert ShippingAddress.objects.count() == 1
    record = product.stockrecords.get()
    assert (record.num_in_stock, record.num_allocated) == (1, 1)


@pytest.mark.django_db(transaction=True)
def test_place_order_pressed_twice_at_once_makes_one_order_and_keeps_the_basket_closed():
    make_site_home()
    product = make_product(titles={"fr": "Tajine de Safi"}, price="180.00", num_in_stock=5)
    first = Client()
    add_to_basket(first, product)
    start_as_guest(first)
    give_address(first)
    reach_preview(first)
    second = Client()  # the same browser: the same session cookie
    second.cookies = first.cookies
    connection.close()

    def press(index):
        response = (first, second)[index].post(
            "/fr/shop/checkout/preview/", {"action": "place_order"}, follow=True
        )
        return response.status_code, response.redirect_chain[-1][0] if response.redirect_chain else ""

    outcomes = all_at_once(2, press)

    assert outcomes == [(200, "/fr/shop/checkout/thank-you/")] * 2, outcomes
    order = Order.objects.get()
    assert order.lines.get().quantity == 1
    assert product.stockrecords.get().num_allocated == 1
    assert Basket.objects.get(pk=order.basket_id).status == Basket.SUBMITTED
    assert len(mail.outbox) == 1
