"""``expire_unconfirmed_orders``: orders not confirmed by phone in time are cancelled, stock released."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from oscar.core.loading import get_model

from shop.order.confirmation import confirm_by_phone, expire
from tests.factories.shop import UserFactory, make_product
from tests.support.concurrency import all_at_once
from tests.support.orders import place_order

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")
OrderStatusChange = get_model("order", "OrderStatusChange")


def placed(hours_ago, number, language="fr", stock=10):
    product = make_product(
        titles={"fr": f"Plat {number}"}, num_in_stock=stock, partner_name=f"Atelier {number}"
    )
    order = place_order(product, number)
    Order.objects.filter(pk=order.pk).update(
        date_placed=timezone.now() - timedelta(hours=hours_ago),
        language=language,
        guest_email=f"{number}@ex.test",
    )
    order.refresh_from_db()
    return order, product.stockrecords.get()


def allocated(record):
    return StockRecord.objects.get(pk=record.pk).num_allocated


@pytest.mark.django_db
def test_an_old_unconfirmed_order_is_cancelled_its_stock_released_and_the_customer_told(
    settings, django_capture_on_commit_callbacks
):
    settings.HIRFA_COD_CONFIRMATION_HOURS = 48
    order, record = placed(49, "300001", language="ar")
    assert allocated(record) == 2

    with django_capture_on_commit_callbacks(execute=True):
        call_command("expire_unconfirmed_orders")

    order.refresh_from_db()
    assert order.status == "Cancelled"
    assert set(order.lines.values_list("status", flat=True)) == {"Cancelled"}
    assert allocated(record) == 0
    change = OrderStatusChange.objects.get(order=order)
    assert (change.old_status, change.new_status) == ("Pending", "Cancelled")
    [message] = mail.outbox
    assert message.to == ["300001@ex.test"]
    assert "300001" in message.subject and "تم إلغاء طلبك" in message.subject
    assert "48" in message.body


@pytest.mark.django_db
def test_recent_and_confirmed_orders_are_left_alone(settings):
    settings.HIRFA_COD_CONFIRMATION_HOURS = 48
    recent, recent_stock = placed(47, "300002")
    confirmed, confirmed_stock = placed(72, "300003")
    confirm_by_phone(confirmed, UserFactory(is_staff=True))

    call_command("expire_unconfirmed_orders")

    assert Order.objects.get(pk=recent.pk).status == "Pending"
    assert Order.objects.get(pk=confirmed.pk).status == "Confirmed"
    assert allocated(recent_stock) == 2 and allocated(confirmed_stock) == 2
    assert mail.outbox == []


@pytest.mark.django_db
def test_the_limit_is_a_setting(settings):
    settings.HIRFA_COD_CONFIRMATION_HOURS = 2
    order, _record = placed(3, "300004")
    call_command("expire_unconfirmed_orders")
    assert Order.objects.get(pk=order.pk).status == "Cancelled"


@pytest.mark.django_db
def test_run_twice_releases_once(settings, django_capture_on_commit_callbacks):
    settings.HIRFA_COD_CONFIRMATION_HOURS = 48
    order, record = placed(50, "300005")
    StockRecord.objects.filter(pk=record.pk).update(num_allocated=5)  # 3 more held by other orders
    stale = Order.objects.get(pk=order.pk)  # what a second, simultaneous run had read

    with django_capture_on_commit_callbacks(execute=True):
        call_command("expire_unconfirmed_orders")
        call_command("expire_unconfirmed_orders")
        assert expire(stale) is False

    assert allocated(record) == 3
    assert OrderStatusChange.objects.filter(order=order).count() == 1
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_the_same_moment_release_once(settings):
    settings.HIRFA_COD_CONFIRMATION_HOURS = 48
    order, record = placed(50, "300006")
    StockRecord.objects.filter(pk=record.pk).update(num_allocated=5)
    connection.close()

    results = all_at_once(2, lambda index: expire(Order.objects.get(pk=order.pk)))

    assert sorted(results, key=str) == [False, True], results
    assert allocated(record) == 3
    assert OrderStatusChange.objects.filter(order=order).count() == 1
