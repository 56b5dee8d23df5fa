"""The last unit cannot be sold twice: allocation is one conditional UPDATE inside the order transaction.

The threaded test runs on the file SQLite database of the first pass and on the
real PostgreSQL server of the second (./bin/test runs the suite on both).
"""

from decimal import Decimal

import pytest
from django.db import transaction
from django.utils import translation
from oscar.apps.shipping.methods import Free
from oscar.core.loading import get_class, get_model

from shop.partner.stock import InsufficientStock, allocate
from tests.factories.shop import make_product
from tests.support.concurrency import all_at_once

Order = get_model("order", "Order")
Line = get_model("order", "Line")
ShippingAddress = get_model("order", "ShippingAddress")
Basket = get_model("basket", "Basket")
Country = get_model("address", "Country")
ProductClass = get_model("catalogue", "ProductClass")
ProductRecord = get_model("analytics", "ProductRecord")
OrderCreator = get_class("order.utils", "OrderCreator")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")
Selector = get_class("partner.strategy", "Selector")


def basket_with(product, quantity=1):
    basket = Basket.objects.create()
    basket.strategy = Selector().strategy()
    basket.add_product(product, quantity)
    return basket


def place(basket, number):
    basket.strategy = Selector().strategy()
    shipping = Free()
    charge = shipping.calculate(basket)
    total = OrderTotalCalculator().calculate(basket, charge)
    country, _ = Country.objects.get_or_create(
        iso_3166_1_a2="MA", defaults={"name": "Morocco", "printable_name": "Maroc"}
    )
    address = ShippingAddress(
        first_name="Samira", last_name="Haddad", line1="12 derb", line4="Marrakech", country=country
    )
    # As the checkout does: the address and the order are one transaction.
    with transaction.atomic():
        address.save()
        return OrderCreator().place_order(
            basket=basket,
            total=total,
            shipping_method=shipping,
            shipping_charge=charge,
            shipping_address=address,
            order_number=str(number),
        )


@pytest.mark.django_db
def test_allocate_takes_what_is_left_and_refuses_more():
    product = make_product(num_in_stock=3)
    record = product.stockrecords.get()

    allocate(record, 2)
    assert record.num_allocated == 2

    with pytest.raises(InsufficientStock) as refused:
        allocate(record, 2)
    with translation.override("fr"):
        assert "n’est plus disponible dans la quantité demandée" in str(refused.value)
    record.refresh_from_db()
    assert record.num_allocated == 2

    allocate(record, 1)
    record.refresh_from_db()
    assert (record.num_in_stock, record.num_allocated) == (3, 3)


@pytest.mark.django_db
def test_a_refused_order_leaves_nothing_behind():
    product = make_product(num_in_stock=1)
    first, second = basket_with(product), basket_with(product)

    place(first, 100001)
    with pytest.raises(InsufficientStock):
        place(second, 100002)

    assert list(Order.objects.values_list("number", flat=True)) == ["100001"]
    assert Line.objects.count() == 1
    assert ShippingAddress.objects.count() == 1
    assert product.stockrecords.get().num_allocated == 1


@pytest.mark.django_db(transaction=True)
def test_many_concurrent_orders_for_the_last_unit_make_exactly_one_order():
    buyers = 8
    product = make_product(titles={"ar": "زربية زيان", "fr": "Tapis zayane"}, price="900.00", num_in_stock=1)
    baskets = [basket_with(product) for _ in range(buyers)]
    assert Basket.objects.count() == buyers
    loaded = [Basket.objects.get(pk=basket.pk) for basket in baskets]

    def buy(index):
        try:
            place(loaded[index], 200000 + index)
            return "order"
        except InsufficientStock:
            return "refused"

    # "database is locked" (OperationalError) or any other error would be returned as itself.
    outcomes = [str(outcome) for outcome in all_at_once(buyers, buy)]

    assert sorted(outcomes) == ["order"] + ["refused"] * (buyers - 1), outcomes
    assert Order.objects.count() == 1
    assert Line.objects.count() == 1
    assert ShippingAddress.objects.count() == 1
    record = product.stockrecords.get()
    assert (record.num_in_stock, record.num_allocated) == (1, 1)
    assert Order.objects.get().total_incl_tax == Decimal("900.00")


@pytest.mark.django_db(transaction=True)
def test_simultaneous_orders_within_the_stock_all_go_through():
    # Serialised writers queue (busy timeout) instead of failing with "database is locked".
    buyers = 6
    product = make_product(num_in_stock=buyers)
    loaded = [Basket.objects.get(pk=basket_with(product).pk) for _ in range(buyers)]

    outcomes = all_at_once(buyers, lambda index: place(loaded[index], 300000 + index).number)

    assert sorted(outcomes) == [str(300000 + index) for index in range(buyers)], outcomes
    record = product.stockrecords.get()
    assert (record.num_in_stock, record.num_allocated) == (buyers, buyers)


@pytest.mark.django_db(transaction=True)
def test_simultaneous_first_orders_of_a_made_to_order_product_all_go_through():
    # No stock row to queue on: the orders really overlap. Oscar's purchase
    # counter, created by the first order of a product, must not fail the others.
    buyers = 6
    product = make_product(num_in_stock=0, product_class="Made to order")
    ProductClass.objects.filter(name="Made to order").update(track_stock=False)
    loaded = [Basket.objects.get(pk=basket_with(product).pk) for _ in range(buyers)]

    outcomes = all_at_once(buyers, lambda index: place(loaded[index], 500000 + index).number)

    assert sorted(outcomes) == [str(500000 + index) for index in range(buyers)], outcomes
    assert product.stockrecords.get().num_allocated in (None, 0)
    assert ProductRecord.objects.get(product=product).num_purchases == buyers
