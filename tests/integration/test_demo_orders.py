"""The demo orders (portal/demo/orders.py): placed like a checkout, moved like the dashboard, once."""

from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Sum
from django.utils import timezone
from oscar.core.loading import get_model

from portal.demo.orders import DEMO_PREFIX
from shop.dashboard.home import month_sales
from shop.order import confirmation
from tests.support.demo import loaded_for_the_module

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
Line = get_model("order", "Line")
OrderNote = get_model("order", "OrderNote")
OrderStatusChange = get_model("order", "OrderStatusChange")
StockRecord = get_model("partner", "StockRecord")
Source = get_model("payment", "Source")
Basket = get_model("basket", "Basket")
UserAddress = get_model("address", "UserAddress")


def load():
    out = StringIO()
    call_command("load_demo_content", "--image-size=32", stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    with loaded_for_the_module(django_db_blocker, tmp_path_factory.mktemp("media"), load) as output:
        yield output


def demo_orders():
    return Order.objects.filter(number__startswith=DEMO_PREFIX).order_by("number")


def line_statuses(order):
    return {line.status for line in order.lines.all()}


def test_orders_in_every_state(demo):
    orders = {order.number: order for order in demo_orders().prefetch_related("lines")}
    assert len(orders) == 6

    pending = orders["DEMO-0001"]
    assert pending.status == "Pending" and line_statuses(pending) == {"Pending"}
    assert pending.phone_confirmed_at is None and pending.phone_confirmed_by is None

    for number in ("DEMO-0002", "DEMO-0003", "DEMO-0004", "DEMO-0005", "DEMO-0006"):
        order = orders[number]
        assert order.phone_confirmed_by.username == "admin", number
        assert order.date_placed < order.phone_confirmed_at < timezone.now(), number
        assert order.status_changes.filter(old_status="Pending", new_status="Confirmed").count() == 1

    assert (orders["DEMO-0002"].status, line_statuses(orders["DEMO-0002"])) == ("Confirmed", {"Confirmed"})
    assert (orders["DEMO-0003"].status, line_statuses(orders["DEMO-0003"])) == ("Confirmed", {"Preparing"})
    assert (orders["DEMO-0004"].status, line_statuses(orders["DEMO-0004"])) == ("Shipped", {"Shipped"})
    assert (orders["DEMO-0005"].status, line_statuses(orders["DEMO-0005"])) == ("Delivered", {"Delivered"})
    cancelled = orders["DEMO-0006"]
    assert Counter(line.status for line in cancelled.lines.all()) == {
        "Cancelled": 1,
        "Shipped": 1,
        "Preparing": 1,
    }
    assert demo_orders().filter(status="Cancelled").count() == 0


def test_each_order_mixes_artisans_and_was_placed_like_a_checkout(demo):
    orders = demo_orders().select_related("shipping_address", "user").prefetch_related("lines", "sources")
    regions = set()
    for order in orders:
        partners = {line.partner_id for line in order.lines.all()}
        assert len(partners) >= 2, order.number
        assert all(line.stockrecord.partner_id == line.partner_id for line in order.lines.all())
        (source,) = order.sources.all()
        assert source.source_type.code == "cash-on-delivery"
        assert source.amount_allocated == order.total_incl_tax > order.shipping_incl_tax > 0
        assert order.shipping_code and order.basket.status == Basket.SUBMITTED
        assert order.user.username in {"customer", "leila.mansouri", "omar.belkadi"}
        assert order.shipping_address.state.startswith("MA-") and order.shipping_address.phone_number
        regions.add(order.shipping_address.state)
        assert UserAddress.objects.filter(user=order.user, state=order.shipping_address.state).exists()
    assert len(regions) >= 3
    # Staff took the calls and moved the orders; each artisan moved their own lines (a note each time).
    notes = OrderNote.objects.filter(order__in=orders).exclude(user__username="admin")
    assert notes.count() >= 15
    for note in notes.select_related("order"):
        assert note.order.lines.filter(partner__users=note.user_id).exists(), note.message


def test_allocations_match_the_open_lines_and_the_cancelled_line_gave_its_stock_back(demo):
    cancelled = Line.objects.get(order__number="DEMO-0006", status="Cancelled")
    assert cancelled.stockrecord.num_allocated == 0

    records = StockRecord.objects.filter(line__order__number__startswith=DEMO_PREFIX).distinct()
    assert records.count() >= 12
    for record in records:
        lines = Line.objects.filter(stockrecord=record).exclude(status="Cancelled")
        open_lines = lines.aggregate(total=Sum("quantity"))["total"] or 0
        assert record.num_allocated == open_lines, record.partner_sku
        assert record.num_in_stock >= record.num_allocated


def test_the_pending_order_does_not_expire_right_after_the_load_and_this_months_sales_show(demo):
    assert confirmation.expire_unconfirmed() == []
    assert Order.objects.get(number="DEMO-0001").status == "Pending"

    sold = Line.objects.filter(order__number__startswith=DEMO_PREFIX).exclude(status="Cancelled")
    for line in sold.select_related("partner"):
        (user,) = line.partner.users.all()
        assert month_sales(user) >= line.line_price_incl_tax > 0, line.partner.name


def test_the_orders_are_printed_after_the_logins(demo):
    assert "Demo orders (cash on delivery):" in demo
    for number in ("DEMO-0001", "DEMO-0006"):
        assert number in demo.split("Demo orders")[1]


def test_a_second_run_places_nothing_and_allocates_nothing(demo):
    def snapshot():
        return (
            Order.objects.count(),
            Line.objects.count(),
            OrderNote.objects.count(),
            OrderStatusChange.objects.count(),
            Source.objects.count(),
            Basket.objects.count(),
            UserAddress.objects.count(),
            sorted(StockRecord.objects.values_list("pk", "num_allocated")),
            sorted(Line.objects.values_list("pk", "status")),
        )

    first = snapshot()
    output = load()

    assert snapshot() == first
    assert output.count("DEMO-0") == 6
