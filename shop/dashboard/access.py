"""What an artisan may see and do in the dashboard: the one place these rules live.

An *artisan* is an active, non-staff user attached to one or more Oscar
partners (``partner.users``) and holding ``partner.dashboard_access``; a
cooperative manager is the same thing with several makers behind one
partner. Staff (``is_staff``) keep Oscar's full dashboard.

Rules, applied by the forked dashboard views (orders, catalogue) through
the functions below:

- products: an artisan reaches the products one of their partners stocks
  (directly or through a variant) or listed (``Product.maker``: a parent
  product has no stock of its own until its variants get theirs). A product another partner also stocks
  is *shared*: the artisan edits only their own stock records on it, and
  "deleting" it removes only their own stock records;
- orders: an artisan reaches the orders that hold one of their partners'
  lines, and on them only those lines, the delivery region and town, the
  notes written by their partner's users, and the buyer's name, street
  and phone once the order is confirmed (``CONFIRMED_ORDER_STATUSES``);
- they move their own lines through ``OSCAR_LINE_STATUS_PIPELINE`` and
  add notes; the order's status, its address, payment and shipping events
  and other people's notes stay with staff;
- cash on delivery: a new order is "Pending" until the buyer confirms it on
  the phone (shop/order/confirmation.py records who and when). Staff confirm
  any order; an artisan confirms an order whose lines are all their
  partners' (they are its only seller, so they make the call) and, for that
  call, sees the buyer's name and phone while it is pending. An order mixing
  several artisans is confirmed by staff. Before the confirmation no line
  moves past "Confirmed" (``line_status_allowed``), for staff either.
"""

from django.db.models import Q, Sum
from django.http import Http404
from oscar.core.loading import get_model

Order = get_model("order", "Order")
Line = get_model("order", "Line")
OrderNote = get_model("order", "OrderNote")
Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")

# The buyer's name, street and phone are shown to an artisan from the
# moment staff (or the phone confirmation) move the order past "Pending".
CONFIRMED_ORDER_STATUSES = frozenset({"Confirmed", "Shipped", "Delivered", "Returned"})
# An order waiting for the buyer's phone confirmation.
AWAITING_CONFIRMATION = "Pending"
# The line statuses reachable before the phone confirmation; the others
# (Preparing, Shipped...) need the order in CONFIRMED_ORDER_STATUSES.
LINE_STATUSES_BEFORE_CONFIRMATION = frozenset({"Pending", "Confirmed", "Cancelled"})

# Line actions an artisan may post on the order page (Oscar's names).
ARTISAN_LINE_ACTIONS = ("change_line_statuses",)
# "confirm_by_phone" is ours (shop/dashboard/orders/views.py), checked by may_confirm_by_phone.
ARTISAN_ORDER_ACTIONS = ("save_note", "delete_note", "confirm_by_phone")


def is_artisan(user):
    """A signed-in user who is not staff: everything they reach is filtered."""
    return user.is_authenticated and not user.is_staff


def partner_ids(user):
    """The ids of the user's partners, computed once per request (cached on the user)."""
    if not hasattr(user, "_hirfa_partner_ids"):
        user._hirfa_partner_ids = frozenset(Partner.objects.filter(users=user).values_list("pk", flat=True))
    return user._hirfa_partner_ids


# --- Orders -------------------------------------------------------------------


def orders_for(user, queryset=None):
    """The orders the user may open: all for staff, those holding their lines for artisans."""
    queryset = Order._default_manager.all() if queryset is None else queryset
    if not is_artisan(user):
        return queryset
    return queryset.filter(pk__in=Line.objects.filter(partner_id__in=partner_ids(user)).values("order_id"))


def get_order_or_404(user, number, queryset=None):
    try:
        return orders_for(user, queryset).get(number=number)
    except Order.DoesNotExist:
        raise Http404 from None


def lines_for(user, order=None):
    """The order lines the user may see and move."""
    lines = Line.objects.all() if order is None else order.lines.all()
    if is_artisan(user):
        lines = lines.filter(partner_id__in=partner_ids(user))
    return lines


def own_lines_total(user, orders):
    """``{order_id: (items, total incl. tax)}`` of the user's own lines on ``orders``, in one query."""
    rows = (
        lines_for(user)
        .filter(order__in=orders)
        .values("order_id")
        .annotate(items=Sum("quantity"), total=Sum("line_price_incl_tax"))
    )
    return {row["order_id"]: (row["items"], row["total"]) for row in rows}


def notes_for(user, order):
    """Notes on ``order`` the user may read: all for staff, their partners' users' notes for artisans."""
    notes = order.notes.all()
    if is_artisan(user):
        notes = notes.filter(user__partners__in=partner_ids(user)).distinct()
    return notes


def editable_note_or_404(user, order, note_id):
    """A note the user may change or delete: any for staff, only their own for artisans."""
    notes = order.notes.all()
    if is_artisan(user):
        notes = notes.filter(user=user)
    try:
        return notes.get(pk=note_id)
    except (OrderNote.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def may_see_buyer_contact(user, order):
    """Name, street and phone of the buyer: staff always, artisans once the order is confirmed."""
    return not is_artisan(user) or order.status in CONFIRMED_ORDER_STATUSES


def is_sole_seller(user, order):
    """True when every line of ``order`` is one of the user's partners'."""
    return not order.lines.exclude(partner_id__in=partner_ids(user)).exists()


def may_confirm_by_phone(user, order):
    """Staff confirm any pending order; an artisan only one whose lines are all theirs."""
    if order.status != AWAITING_CONFIRMATION:
        return False
    return not is_artisan(user) or is_sole_seller(user, order)


def may_see_buyer_phone(user, order):
    """The buyer's name and phone: with the contact, or to the sole seller who makes the call."""
    return may_see_buyer_contact(user, order) or may_confirm_by_phone(user, order)


def line_status_allowed(order, new_status):
    """Whether any line of ``order`` may move to ``new_status`` yet (not past Confirmed before the call)."""
    return new_status in LINE_STATUSES_BEFORE_CONFIRMATION or order.status in CONFIRMED_ORDER_STATUSES


# --- Products and stock -------------------------------------------------------


def own_products_q(user):
    """Products one of the user's partners stocks, directly or through a variant (Oscar's rule), or listed."""
    ids = partner_ids(user)
    return (
        Q(stockrecords__partner_id__in=ids)
        | Q(children__stockrecords__partner_id__in=ids)
        | Q(maker_id__in=ids)
    )


def products_for(user, queryset=None):
    queryset = Product.objects.all() if queryset is None else queryset
    if not is_artisan(user):
        return queryset
    return queryset.filter(own_products_q(user)).distinct()


def foreign_stockrecords(user, product):
    """Stock records of other partners on ``product`` or its variants."""
    family = Q(product=product) | Q(product__parent=product)
    return StockRecord.objects.filter(family).exclude(partner_id__in=partner_ids(user))


def is_shared(user, product):
    """True when an artisan's product is also stocked by another partner (staff: never)."""
    return is_artisan(user) and product.pk is not None and foreign_stockrecords(user, product).exists()


def exclusive_products_for(user, queryset=None):
    """Products the user may change as a whole: theirs and nobody else's."""
    queryset = products_for(user, queryset)
    if not is_artisan(user):
        return queryset
    ids = partner_ids(user)
    foreign = StockRecord.objects.exclude(partner_id__in=ids)
    return queryset.exclude(pk__in=foreign.values("product_id")).exclude(
        pk__in=foreign.filter(product__parent__isnull=False).values("product__parent_id")
    )


def maker_for(user):
    """The partner recorded as the maker of a product the user lists: their only one, else none."""
    ids = partner_ids(user)
    return next(iter(ids)) if is_artisan(user) and len(ids) == 1 else None


def own_stockrecords(user, product):
    """The user's own stock records on ``product`` and its variants."""
    family = Q(product=product) | Q(product__parent=product)
    records = StockRecord.objects.filter(family)
    if is_artisan(user):
        records = records.filter(partner_id__in=partner_ids(user))
    return records
