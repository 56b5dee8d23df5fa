"""The artisan's home screen: orders to confirm and to ship, low stock, this month's sales.

A fixed number of queries whatever the number of orders or products
(tests/integration/test_dashboard_home.py), all through shop/dashboard/access.py.
"""

from django.db.models import F, Q, Sum
from django.utils import timezone

from . import access

TO_CONFIRM = ("Pending",)
TO_SHIP = ("Confirmed", "Preparing")
NOT_SOLD = ("Cancelled", "Returned")
SHOWN = 10  # rows per list on the home screen


def orders_with_own_lines(user, statuses):
    lines = access.lines_for(user).filter(status__in=statuses)
    orders = access.Order.objects.filter(pk__in=lines.values("order_id")).select_related("shipping_address")
    return orders.order_by("-date_placed")


def low_stock(user):
    """The user's stock records at or under their threshold (or sold out when none is set)."""
    available = F("num_in_stock") - F("num_allocated")
    records = access.StockRecord.objects.filter(
        partner_id__in=access.partner_ids(user), num_in_stock__isnull=False
    )
    records = records.alias(available=available).filter(
        Q(low_stock_threshold__isnull=False, available__lte=F("low_stock_threshold"))
        | Q(low_stock_threshold__isnull=True, available__lte=0)
    )
    return records.select_related("product", "product__parent").order_by("product_id")


def month_sales(user):
    start = timezone.localtime().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    lines = access.lines_for(user).filter(order__date_placed__gte=start).exclude(status__in=NOT_SOLD)
    return lines.aggregate(total=Sum("line_price_incl_tax"))["total"] or 0


def artisan_home(user):
    to_confirm = orders_with_own_lines(user, TO_CONFIRM)
    to_ship = orders_with_own_lines(user, TO_SHIP)
    return {
        "orders_to_confirm": list(to_confirm[:SHOWN]),
        "orders_to_ship": list(to_ship[:SHOWN]),
        "low_stock": list(low_stock(user)[:SHOWN]),
        "month_sales": month_sales(user),
    }
