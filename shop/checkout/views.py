"""Checkout views: cash on delivery only, the order, its address and its e-mail written in one transaction.

Views not defined here are Oscar's (``get_class`` falls back to them).
"""

import copy

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout import views
from oscar.core.loading import get_class, get_model

from portal.abuse import limits
from portal.abuse.views import too_many_requests
from shop.basket import caps
from shop.partner.stock import InsufficientStock

UnableToPlaceOrder = get_class("order.exceptions", "UnableToPlaceOrder")
SourceType = get_model("payment", "SourceType")
Source = get_model("payment", "Source")
UserAddress = get_model("address", "UserAddress")
Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")

COD_CODE = "cash-on-delivery"
ALREADY_PLACED = _("Your order has already been placed: here it is.")
NO_DELIVERY = _(
    "We do not deliver to this region or wilaya at the moment (no home delivery and no pickup point): "
    "please choose another address."
)


class OrderAlreadyPlaced(Exception):
    """The basket became an order in another request (a second press of "Place order")."""

    def __init__(self, order):
        self.order = order
        super().__init__(order.number)


class ShippingAddressView(views.ShippingAddressView):
    def post(self, request, *args, **kwargs):
        if request.user.is_authenticated and "address_id" in request.POST:
            # Oscar's .get() is a 500 for another customer's or a made-up id.
            address_id = request.POST["address_id"]
            if not str(address_id).isdigit():
                messages.error(request, _("This address is not in your address book."))
                return redirect("checkout:shipping-address")
            get_object_or_404(UserAddress, pk=address_id, user=request.user)
        return super().post(request, *args, **kwargs)


class ShippingMethodView(views.ShippingMethodView):
    """Oscar's step, with the customer told in their language when their region has no delivery method."""

    def get(self, request, *args, **kwargs):
        if request.basket.is_shipping_required() and self.checkout_session.is_shipping_address_set():
            if not self.get_available_shipping_methods():
                messages.warning(request, NO_DELIVERY)
                return redirect("checkout:shipping-address")
        return super().get(request, *args, **kwargs)


class PaymentDetailsView(views.PaymentDetailsView):
    """Nothing to fill in for cash on delivery: the details step goes straight to the preview.

    "Place order" pressed twice (a double tap, a resent form on a slow line)
    makes one order: the second request is shown the first one's confirmation.
    """

    def dispatch(self, request, *args, **kwargs):
        # The first press already emptied the basket: Oscar would send the
        # customer to an empty basket as if nothing had happened.
        if (
            request.method == "POST"
            and request.POST.get("action") == "place_order"
            and request.basket.is_empty
            and self.placed_order_in_session(request) is not None
        ):
            messages.info(request, ALREADY_PLACED)
            return redirect("checkout:thank-you")
        return super().dispatch(request, *args, **kwargs)

    @staticmethod
    def placed_order_in_session(request):
        order_id = request.session.get("checkout_order_id")
        return Order.objects.filter(pk=order_id).first() if order_id else None

    def get(self, request, *args, **kwargs):
        if not self.preview:
            return redirect("checkout:preview")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["payment_method_name"] = _("Cash on delivery")
        method = context.get("shipping_method")
        method = getattr(method, "method", method)
        if self.preview and hasattr(method, "shipments"):
            context["shipments"] = method.shipments(self.request.basket)
        return context

    def build_submission(self, **kwargs):
        submission = super().build_submission(**kwargs)
        submission["order_kwargs"]["language"] = get_language()
        return submission

    def handle_payment(self, order_number, total, **kwargs):
        # Nothing is taken now: the whole total is due to the courier.
        source_type, _created = SourceType.objects.get_or_create(
            code=COD_CODE, defaults={"name": "Cash on delivery"}
        )
        source = Source(source_type=source_type, currency=total.currency, amount_allocated=total.incl_tax)
        self.add_payment_source(source)

    def submit(self, user, basket, shipping_address, *args, **kwargs):
        # Before anything is frozen or written: the cap on units of one product, then the order limits.
        if caps.over_cap(basket):
            messages.error(self.request, caps.cap_message())
            return redirect("basket:summary")
        phone = getattr(shipping_address, "phone_number", None)
        exceeded = limits.check_order(self.request, phone)
        if exceeded:
            return too_many_requests(self.request, exceeded)
        return super().submit(user, basket, shipping_address, *args, **kwargs)

    def handle_successful_order(self, order):
        address = order.shipping_address
        limits.count_order(self.request, address.phone_number if address else None)
        return super().handle_successful_order(order)

    def handle_order_placement(self, order_number, user, basket, *args, **kwargs):
        # Oscar empties the checkout session before the post_checkout receivers run:
        # if one fails, the order rolls back and the customer must find their
        # address and delivery method again on the error page, not a 500.
        session_data = copy.deepcopy(self.request.session.get(self.checkout_session.SESSION_KEY))
        try:
            # The order, its confirmation e-mail (a row of the mail queue: see
            # EMAIL_BACKEND) and the order_placed receivers commit together or
            # not at all: no order the customer was told had failed, no e-mail
            # for an order that does not exist.
            with transaction.atomic():
                return super().handle_order_placement(order_number, user, basket, *args, **kwargs)
        except OrderAlreadyPlaced as placed:
            # Not Oscar's "problem occurred" path: that would thaw the basket
            # of a placed order. No second e-mail either.
            basket.submit()
            self.checkout_session.flush()
            self.request.session["checkout_order_id"] = placed.order.pk
            messages.info(self.request, ALREADY_PLACED)
            return HttpResponseRedirect(reverse("checkout:thank-you"))
        except Exception:
            self.request.session[self.checkout_session.SESSION_KEY] = session_data
            self.request.session.pop("checkout_order_id", None)
            raise  # Oscar logs it, thaws the basket and shows the preview with its error

    def place_order(self, *args, basket, **kwargs):
        # Oscar saves the shipping address before OrderCreator's own
        # transaction: one transaction for all, so a refusal leaves nothing.
        try:
            with transaction.atomic():
                # Locks the basket's row: a second submission of the same
                # basket waits here, then finds the first one's order.
                Basket.objects.filter(pk=basket.pk).update(status=Basket.SUBMITTED)
                placed = Order.objects.filter(basket_id=basket.pk).first()
                if placed is not None:
                    raise OrderAlreadyPlaced(placed)
                return super().place_order(*args, basket=basket, **kwargs)
        except InsufficientStock as error:
            raise UnableToPlaceOrder(str(error)) from error
