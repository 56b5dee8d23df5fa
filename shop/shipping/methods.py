"""Delivery methods offered at checkout, charged per artisan shipment (shop/delivery/shipments.py).

- home delivery at the region's home rate;
- one stop-desk pickup method per active pickup point of the region, at the
  region's stop-desk rate (code ``stop-desk-<pk>``, named with the point and
  its address).
"""

from decimal import Decimal

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping.methods import *  # noqa: F403
from oscar.apps.shipping.methods import Base
from oscar.core import prices

from shop.delivery import shipments


class ShipmentDelivery(Base):
    """A method charged ``charge`` per artisan shipment of the basket (free from an artisan's threshold)."""

    stop_desk = None

    def __init__(self, rate=None, charge=None):
        self.rate = rate
        self.charge = Decimal(charge if charge is not None else rate.charge)

    @property
    def region_name(self):
        return self.rate.region_name if self.rate else ""

    def shipments(self, basket):
        """The basket's shipments with their charges (computed once per basket content)."""
        key = (basket.pk, tuple((line.pk, line.quantity) for line in basket.all_lines()))
        if getattr(self, "_quote_key", None) != key:
            self._quote_key, self._quotes = key, shipments.quote(basket, self.charge)
        return self._quotes

    def calculate(self, basket):
        # Prices are tax-inclusive in both profiles: no VAT split at this stage.
        charge = shipments.total_charge(self.shipments(basket))
        return prices.Price(currency=basket.currency, excl_tax=charge, incl_tax=charge)


class RegionFlatRate(ShipmentDelivery):
    """Home delivery, paid to the courier with the order."""

    code = "region-flat-rate"
    name = _("Home delivery, cash on delivery")
    description = _("Flat rate for your region per artisan shipment, paid to the courier with your order.")


class StopDeskPickup(ShipmentDelivery):
    """Pickup at one stop-desk point of the customer's region."""

    def __init__(self, stop_desk, rate):
        super().__init__(rate)
        self.stop_desk = stop_desk
        self.code = f"stop-desk-{stop_desk.pk}"
        self.name = gettext("Stop-desk pickup: %(point)s, %(address)s") % {
            "point": stop_desk.name,
            "address": stop_desk.full_address,
        }
        hours = stop_desk.opening_hours
        self.description = (
            gettext("Collect your parcels there and pay on pickup. Opening hours: %(hours)s.")
            % {"hours": hours}
            if hours
            else gettext("Collect your parcels there and pay on pickup.")
        )
