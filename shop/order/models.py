from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.address.abstract_models import AbstractBillingAddress, AbstractShippingAddress
from oscar.apps.order.abstract_models import AbstractOrder

from shop.address.display import RegionByCodeMixin


class Order(AbstractOrder):
    # The language the customer ordered in: their e-mails follow it.
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    # Cash on delivery: the buyer confirms the order on the phone before it is
    # prepared (shop/order/confirmation.py). Who took the call, and when.
    phone_confirmed_at = models.DateTimeField(_("confirmed by phone at"), null=True, blank=True)
    phone_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("confirmed by phone by"),
    )


class ShippingAddress(RegionByCodeMixin, AbstractShippingAddress):
    """Where an order goes: region stored by code (MA-07), shown by name in the reader's language."""


class BillingAddress(RegionByCodeMixin, AbstractBillingAddress):
    pass


from oscar.apps.order.models import *  # noqa: E402
