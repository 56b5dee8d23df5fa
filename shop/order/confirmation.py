"""Cash on delivery: an order waits for the buyer's phone confirmation before it is prepared.

- ``confirm_by_phone`` moves a "Pending" order to "Confirmed", records who took
  the call and when (``Order.phone_confirmed_at`` / ``phone_confirmed_by``), an
  ``OrderStatusChange`` and a system note, and moves its still-pending lines
  to "Confirmed" so that each artisan can prepare theirs.
- ``expire_unconfirmed`` cancels the orders still "Pending" after
  ``settings.HIRFA_COD_CONFIRMATION_HOURS``: their unshipped lines are
  cancelled and give their stock allocation back (Oscar's
  ``EventHandler.cancel_stock_allocations``, the code the dashboard runs when a
  line is cancelled), and the customer is told by e-mail in the order's language.

Both start with one conditional UPDATE on the order's status: of two runs (two
cron jobs, a confirmation during an expiry) exactly one wins, the other changes
nothing. Who may confirm is decided in shop/dashboard/access.py.
"""

from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext
from oscar.apps.order.signals import order_status_changed
from oscar.core.loading import get_class, get_model

Order = get_model("order", "Order")
Line = get_model("order", "Line")
OrderNote = get_model("order", "OrderNote")
OrderStatusChange = get_model("order", "OrderStatusChange")
EventHandler = get_class("order.processing", "EventHandler")

AWAITING = "Pending"
CONFIRMED = "Confirmed"
CANCELLED = "Cancelled"
# Lines that left the artisan's workshop: an expiry leaves them as they are.
SENT_LINE_STATUSES = ("Shipped", "Delivered", "Returned", CANCELLED)


def _move(order, old, new, **fields):
    """``old`` → ``new`` if the order still is ``old`` (one UPDATE); True when this call did it."""
    updated = Order._default_manager.filter(pk=order.pk, status=old).update(status=new, **fields)
    if not updated:
        return False
    order.refresh_from_db()
    OrderStatusChange.objects.create(order=order, old_status=old, new_status=new)
    return True


def confirm_by_phone(order, user):
    """Confirm ``order`` (the buyer answered ``user``'s call). False when it was no longer pending."""
    with transaction.atomic():
        if not _move(order, AWAITING, CONFIRMED, phone_confirmed_at=timezone.now(), phone_confirmed_by=user):
            return False
        for line in order.lines.filter(status=AWAITING):
            line.set_status(CONFIRMED)
        with translation.override(settings.LANGUAGE_CODE):
            message = gettext("Confirmed by phone with the buyer.")
        order.notes.create(user=user, message=message, note_type=OrderNote.SYSTEM)
    order_status_changed.send(sender=order, order=order, old_status=AWAITING, new_status=CONFIRMED)
    return True


def expiry_limit(now=None):
    return (now or timezone.now()) - timedelta(hours=settings.HIRFA_COD_CONFIRMATION_HOURS)


def expire_unconfirmed(now=None):
    """Cancel every order still pending before the limit; the numbers of those this run cancelled."""
    due = Order._default_manager.filter(status=AWAITING, date_placed__lt=expiry_limit(now))
    return [order.number for order in due.order_by("pk") if expire(order)]


def expire(order):
    """Cancel one unconfirmed order, release its lines' stock once and tell the customer."""
    with transaction.atomic():
        if not _move(order, AWAITING, CANCELLED):
            return False
        lines = list(order.lines.exclude(status__in=SENT_LINE_STATUSES))
        EventHandler().cancel_stock_allocations(order, lines, [line.quantity for line in lines])
        for line in lines:
            line.set_status(CANCELLED)
        hours = settings.HIRFA_COD_CONFIRMATION_HOURS
        with translation.override(settings.LANGUAGE_CODE):
            message = ngettext(
                "Cancelled: not confirmed by phone within %(hours)d hour.",
                "Cancelled: not confirmed by phone within %(hours)d hours.",
                hours,
            ) % {"hours": hours}
        order.notes.create(message=message, note_type=OrderNote.SYSTEM)
        transaction.on_commit(lambda: notify_expired(order))
    order_status_changed.send(sender=order, order=order, old_status=AWAITING, new_status=CANCELLED)
    return True


def notify_expired(order):
    """The customer's e-mail, in the language they ordered in."""
    if not order.email:
        return 0
    context = {"order": order, "hours": settings.HIRFA_COD_CONFIRMATION_HOURS}
    with translation.override(order.language):
        subject = render_to_string("order/emails/expired_subject.txt", context)
        body = render_to_string("order/emails/expired_body.txt", context)
    return send_mail(" ".join(subject.split()), body, settings.DEFAULT_FROM_EMAIL, [order.email])
