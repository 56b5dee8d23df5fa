"""Shipping methods offered at checkout: those available in the customer's region or wilaya.

Home delivery when the region has an active home rate; one stop-desk method
per active pickup point of the region when it has an active stop-desk rate.
The address's ``state`` holds the region's ISO 3166-2 code; an address typed
before codes were stored (its name) is read through the country module. No
method: the checkout says so (shop/checkout/views.py ShippingMethodView).
"""

from decimal import Decimal

from django.conf import settings
from oscar.apps.shipping import repository

from portal.country import region_code
from shop.delivery.models import HOME, STOP_DESK, RegionRate, StopDesk

from .methods import RegionFlatRate, StopDeskPickup


def methods_for_region(code):
    """The delivery methods of one region of the profile's country (two queries)."""
    rates = {
        rate.method: rate
        for rate in RegionRate.objects.for_profile().filter(region_code=code, is_active=True)
    }
    methods = [RegionFlatRate(rates[HOME])] if HOME in rates else []
    if STOP_DESK in rates:
        points = StopDesk.objects.for_profile().active().filter(region_code=code)
        methods += [StopDeskPickup(point, rates[STOP_DESK]) for point in points]
    return methods


class Repository(repository.Repository):
    def get_available_shipping_methods(self, basket, shipping_addr=None, **kwargs):
        if shipping_addr is None:
            # Basket page, before any address: the profile's default rate, as an indication.
            return [RegionFlatRate(charge=Decimal(settings.HIRFA_PROFILE["default_delivery_rate"]))]
        country = getattr(shipping_addr, "country_id", None) or getattr(shipping_addr.country, "pk", None)
        if country != settings.HIRFA_PROFILE["country"]:
            return []
        return methods_for_region(region_code(shipping_addr.state))
