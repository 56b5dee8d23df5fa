"""The artisan's home screen: orders to confirm and to ship, low stock, this month's sales.

A fixed number of queries whatever the number of orders or products
(tests/integration/test_dashboard_home.py), all through shop/dashboard/access.py.
"""

from django.db.models import F, Q, Sum
from django.utils import timezone

from . import access

# Orders waiting for the buyer's phone confirmation (access.AWAITING_CONFIRMATION)
# with a line of the artisan's still open; orders confirmed by phone
# (access.CONFIRMED_ORDER_STATUSES) with a line of theirs still to send.
TO_CONFIRM = ("Pending", "Confirmed")
TO_SHIP = ("Confirmed", "Preparing")
NOT_SOLD = ("Cancelled", "Returned")
SHOWN = 10  # rows per list on the home screen


def orders_with_own_lines(user, statuses, order_statuses):
    lines = access.lines_for(user).filter(status__in=statuses)
    orders = access.Order.objects.filter(pk__in=lines.values("order_id"), status__in=order_statuses)
    return orders.select_related("shipping_address").order_by("-date_placed")


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
    to_confirm = orders_with_own_lines(user, TO_CONFIRM, [access.AWAITING_CONFIRMATION])
    to_ship = orders_with_own_lines(user, TO_SHIP, access.CONFIRMED_ORDER_STATUSES)
    return {
        "orders_to_confirm": list(to_confirm[:SHOWN]),
        "orders_to_ship": list(to_ship[:SHOWN]),
        "low_stock": list(low_stock(user)[:SHOWN]),
        "month_sales": month_sales(user),
    }
