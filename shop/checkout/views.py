"""Checkout views: cash on delivery only, the order and its address written in one transaction.

Views not defined here are Oscar's (``get_class`` falls back to them).
"""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout import views
from oscar.core.loading import get_class, get_model

from shop.partner.stock import InsufficientStock

UnableToPlaceOrder = get_class("order.exceptions", "UnableToPlaceOrder")
SourceType = get_model("payment", "SourceType")
Source = get_model("payment", "Source")
UserAddress = get_model("address", "UserAddress")

COD_CODE = "cash-on-delivery"


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


class PaymentDetailsView(views.PaymentDetailsView):
    """Nothing to fill in for cash on delivery: the details step goes straight to the preview."""

    def get(self, request, *args, **kwargs):
        if not self.preview:
            return redirect("checkout:preview")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["payment_method_name"] = _("Cash on delivery")
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

    def place_order(self, *args, **kwargs):
        # Oscar saves the shipping address before OrderCreator's own
        # transaction: one transaction for all, so a refusal leaves nothing.
        try:
            with transaction.atomic():
                return super().place_order(*args, **kwargs)
        except InsufficientStock as error:
            raise UnableToPlaceOrder(str(error)) from error

