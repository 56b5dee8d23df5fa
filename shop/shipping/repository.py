"""Shipping methods offered at checkout: home delivery priced by region/wilaya.

The address's ``state`` holds the region's ISO 3166-2 code; an address typed
before codes were stored (its name) is read through the country module.
"""

from decimal import Decimal

from django.conf import settings
from oscar.apps.shipping import repository

from portal.country import region_code
from shop.delivery.models import RegionRate

from .methods import RegionFlatRate


class Repository(repository.Repository):
    def get_available_shipping_methods(self, basket, shipping_addr=None, **kwargs):
        if shipping_addr is None:
            # Basket page, before any address: the profile's default rate, as an indication.
            return [RegionFlatRate(charge=Decimal(settings.HIRFA_PROFILE["default_delivery_rate"]))]
        country = getattr(shipping_addr, "country_id", None) or getattr(shipping_addr.country, "pk", None)
        if country != settings.HIRFA_PROFILE["country"]:
            return []
        rate = RegionRate.objects.charge_for(region_code(shipping_addr.state))
        return [RegionFlatRate(rate)] if rate else []
