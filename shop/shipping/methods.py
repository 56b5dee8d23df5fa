"""Home delivery at the flat rate of the customer's region or wilaya (shop.delivery.RegionRate)."""

from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping.methods import *  # noqa: F403
from oscar.apps.shipping.methods import Base
from oscar.core import prices


class RegionFlatRate(Base):
    code = "region-flat-rate"
    name = _("Home delivery, cash on delivery")
    description = _("Flat rate for your region, paid to the courier with your order.")

    def __init__(self, rate=None, charge=None):
        self.rate = rate
        self.charge = Decimal(charge if charge is not None else rate.charge)

    @property
    def region_name(self):
        return self.rate.region_name if self.rate else ""

    def calculate(self, basket):
        # Prices are tax-inclusive in both profiles: no VAT split at this stage.
        return prices.Price(currency=basket.currency, excl_tax=self.charge, incl_tax=self.charge)
