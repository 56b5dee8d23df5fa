"""Demo orders (orders_data.py): cash-on-delivery orders mixing artisans, at every step of their way.

Each order is placed the way the checkout places it, so that stock,
shipping charges and whatever OrderCreator writes follow the shop's own
rules: a basket filled through the customer's pricing strategy (the
products' stock records), offers applied, the first shipping method
``shipping.repository.Repository`` offers for the address (home delivery),
the total from Oscar's calculator, and the checkout's own
``PaymentDetailsView.handle_payment`` and ``place_order`` (the
cash-on-delivery payment source, the address book, Oscar's
``OrderCreator`` allocating the stock). No e-mail is sent.

It is then moved as people move it in the dashboard: staff confirm it by
phone (shop/order/confirmation.py: who and when, status change, note),
each artisan moves their own lines one status at a time through
``OSCAR_LINE_STATUS_PIPELINE`` (the dashboard's line action: a system note,
and a cancelled line gives its stock allocation back through Oscar's
``EventHandler.cancel_stock_allocations``), staff move the order to Shipped
and Delivered (``EventHandler.handle_order_status_change`` and its note).
The dashboard records no shipping event when a line's status changes, so
neither does the demo.

Dates: orders are placed over the last eight days (squeezed into the current
month near its start); the one awaiting confirmation is placed at most two
hours before the load, so ``expire_unconfirmed_orders`` leaves it alone for
``HIRFA_COD_CONFIRMATION_HOURS``. Each step after the placement is dated
between the placement and the load.

Idempotent: the demo orders are numbered ``DEMO-0001``... (``DEMO_PREFIX``);
a number that exists is left as it is, so a second run places nothing and
allocates no stock. An order the shop cannot place any more (a product gone
or sold out, no delivery to the region) is skipped and reported.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_class, get_model

from shop.dashboard import access
from shop.order import confirmation

from .orders_data import CUSTOMERS, ORDERS

Basket = get_model("basket", "Basket")
Country = get_model("address", "Country")
Order = get_model("order", "Order")
OrderNote = get_model("order", "OrderNote")
OrderStatusChange = get_model("order", "OrderStatusChange")
Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
ShippingAddress = get_model("order", "ShippingAddress")
Applicator = get_class("offer.applicator", "Applicator")
EventHandler = get_class("order.processing", "EventHandler")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")
Repository = get_class("shipping.repository", "Repository")
Selector = get_class("partner.strategy", "Selector")
SurchargeApplicator = get_class("checkout.applicator", "SurchargeApplicator")
UnableToPlaceOrder = get_class("order.exceptions", "UnableToPlaceOrder")

DEMO_PREFIX = "DEMO-"
STAFF_USERNAME = "admin"  # takes the confirmation calls and moves the orders (users.py)
CANCELLED = "Cancelled"
# The longest "placed ... ago" of the data: offsets are scaled down when the
# month is younger than this, so that every order falls in the current month.
LONGEST = timedelta(days=10)
PLACED_HOUR = timedelta(hours=2)


class Skipped(Exception):
    """This order cannot be placed on this shop any more (reported, not raised)."""


# --- Placing an order ------------------------------------------------------------


def placed_at(now, days):
    start = timezone.localtime(now).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    offset = timedelta(days=days) + PLACED_HOUR
    return now - min(offset, (now - start) * (offset / LONGEST))


def shipping_address(user, data):
    return ShippingAddress(
        first_name=user.first_name,
        last_name=user.last_name,
        line1=data["line1"],
        line4=data["city"],
        state=data["region"],
        country=Country.objects.get(iso_3166_1_a2=settings.HIRFA_PROFILE["country"]),
        phone_number=data["phone"],
    )


def fill_basket(user, lines):
    basket = Basket.objects.create(owner=user)
    basket.strategy = Selector().strategy(user=user)
    products = Product.objects.in_bulk([upc for upc, _qty in lines], field_name="upc")
    for upc, quantity in lines:
        product = products.get(upc)
        if product is None:
            raise Skipped(f"no product {upc}")
        info = basket.strategy.fetch_for_product(product)
        allowed, message = info.availability.is_purchase_permitted(quantity)
        if not allowed:
            raise Skipped(f"{upc}: {message}")
        basket.add_product(product, quantity)
    Applicator().apply(basket, user, request=None)
    return basket


def place(spec, user, placed):
    """Place ``spec``'s order for ``user`` through the checkout's code; the order."""
    from shop.checkout.views import PaymentDetailsView

    data = CUSTOMERS[settings.HIRFA_PROFILE["country"]][user.username]
    basket = fill_basket(user, spec["lines"])
    address = shipping_address(user, data)
    methods = Repository().get_shipping_methods(basket, user=user, shipping_addr=address, request=None)
    if not methods:
        raise Skipped(f"no delivery to {data['region']}")
    method = methods[0]
    charge = method.calculate(basket)
    submission = {"user": user, "basket": basket, "shipping_address": address, "shipping_method": method}
    applicator = SurchargeApplicator(None, submission)
    surcharges = applicator.get_applicable_surcharges(basket, shipping_charge=charge)
    total = OrderTotalCalculator(None).calculate(basket, charge, surcharges=surcharges)
    checkout = PaymentDetailsView()
    checkout.handle_payment(spec["number"], total)
    try:
        order = checkout.place_order(
            order_number=spec["number"],
            user=user,
            basket=basket,
            shipping_address=address,
            shipping_method=method,
            shipping_charge=charge,
            order_total=total,
            surcharges=surcharges,
            language=data["language"],
            date_placed=placed,
        )
    except UnableToPlaceOrder as error:
        raise Skipped(str(error)) from error
    basket.submit()
    return order


# --- Moving it the way the dashboard does ----------------------------------------


def move_lines(order, user, new_status):
    """``user`` (an artisan) moves their own open lines of ``order`` to ``new_status``.

    The dashboard's line action (shop/dashboard/orders/views.py change_line_statuses).
    """
    if not access.line_status_allowed(order, new_status):
        raise ValueError(f"{order.number}: no line may be {new_status} yet")
    lines = [line for line in access.lines_for(user, order) if new_status in line.available_statuses()]
    if not lines:
        return
    messages = []
    for line in lines:
        messages.append(
            gettext("Status of line #%(line_id)d changed from '%(old_status)s' to '%(new_status)s'")
            % {"line_id": line.id, "old_status": line.status, "new_status": new_status}
        )
        line.set_status(new_status)
    order.notes.create(user=user, message="\n".join(messages), note_type=OrderNote.SYSTEM)
    if new_status == CANCELLED:
        EventHandler(user=user).cancel_stock_allocations(order, lines, [line.quantity for line in lines])


def move_order(order, staff, new_status):
    """Staff change the order's status (Oscar's order page: the handler and its note)."""
    message = gettext("Order status changed from '%(old_status)s' to '%(new_status)s'") % {
        "old_status": order.status,
        "new_status": new_status,
    }
    EventHandler(user=staff).handle_order_status_change(order, new_status, note_msg=message)


def sellers(order):
    """Each artisan of ``order`` (partner) with the login that moves their lines, in line order."""
    partners = Partner.objects.filter(pk__in=order.lines.values("partner_id")).prefetch_related("users")
    by_pk = {partner.pk: partner for partner in partners}
    seen = dict.fromkeys(order.lines.order_by("pk").values_list("partner_id", flat=True))
    return [(by_pk[pk], min(by_pk[pk].users.all(), key=lambda user: user.pk)) for pk in seen]


def script(spec, order, staff):
    """The dashboard actions that bring ``order`` to ``spec["state"]``, in order."""
    artisans = sellers(order)
    everyone = [user for _partner, user in artisans]

    def makers_of(upcs):
        partner_ids = set(order.lines.filter(upc__in=upcs).values_list("partner_id", flat=True))
        return [user for partner, user in artisans if partner.pk in partner_ids]

    def lines(status, users=everyone):
        return [lambda user=user: move_lines(order, user, status) for user in users]

    def status(new_status):
        return [lambda: move_order(order, staff, new_status)]

    confirmed = [lambda: confirmation.confirm_by_phone(order, staff)]
    preparing = confirmed + lines("Preparing")
    shipped = preparing + lines("Shipped") + status("Shipped")
    scripts = {
        "pending": [],
        "confirmed": confirmed,
        "preparing": preparing,
        "shipped": shipped,
        "delivered": shipped + lines("Delivered") + status("Delivered"),
        # One artisan cancels their line, the others prepare theirs; some already shipped.
        "cancelled_line": confirmed
        + lines(CANCELLED, makers_of([spec.get("cancel")]))
        + lines("Preparing")
        + lines("Shipped", makers_of(spec.get("ship", []))),
    }
    return scripts[spec["state"]]


def run(actions, order, placed, now):
    """Run ``actions`` one after the other, each dated between ``placed`` and ``now``."""
    for n, action in enumerate(actions, start=1):
        started = timezone.now()
        action()
        at = placed + (now - placed) * n / (len(actions) + 1)
        OrderNote.objects.filter(order=order, date_created__gte=started).update(date_created=at)
        OrderStatusChange.objects.filter(order=order, date_created__gte=started).update(date_created=at)
        Order.objects.filter(pk=order.pk, phone_confirmed_at__gte=started).update(phone_confirmed_at=at)
        order.refresh_from_db()


# --- The step ---------------------------------------------------------------------


def ensure_orders(summary=None):
    """Place and move the demo orders that do not exist yet; fill ``summary`` with every demo order."""
    specs = ORDERS[settings.HIRFA_PROFILE["country"]]
    existing = set(Order.objects.filter(number__startswith=DEMO_PREFIX).values_list("number", flat=True))
    users = get_user_model().objects.in_bulk(
        [STAFF_USERNAME, *CUSTOMERS[settings.HIRFA_PROFILE["country"]]], field_name="username"
    )
    staff, now, skipped = users[STAFF_USERNAME], timezone.now(), {}
    for spec in specs:
        if spec["number"] in existing:
            continue
        placed = placed_at(now, spec["days"])
        try:
            with transaction.atomic():
                order = place(spec, users[spec["customer"]], placed)
                run(script(spec, order, staff), order, placed, now)
        except Skipped as reason:
            skipped[spec["number"]] = str(reason)
    if summary is not None:
        summary[:] = summary_rows(specs, skipped)


def summary_rows(specs, skipped):
    """(number, status, customer, region, lines) of each demo order; lines "workshop: status"."""
    numbers = [spec["number"] for spec in specs]
    orders = Order.objects.filter(number__in=numbers).select_related("user", "shipping_address")
    orders = {order.number: order for order in orders.prefetch_related("lines__partner")}
    rows = []
    for number in numbers:
        order = orders.get(number)
        if order is None:
            rows.append((number, "not placed", "", "", skipped.get(number, "")))
            continue
        lines = ", ".join(f"{line.partner_name}: {line.status}" for line in order.lines.all())
        rows.append((number, order.status, order.user.username, order.shipping_address.state, lines))
    return rows


def order_steps(summary=None):
    return [(_("Orders"), lambda: ensure_orders(summary))]
