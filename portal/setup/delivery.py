"""The shipping countries and one delivery rate per region or wilaya.

The same code as shop/delivery's data migration and post_migrate hook
(shop.delivery.defaults): rows that exist are left as staff edited them.
"""

from oscar.core.loading import get_model

from shop.delivery.defaults import ensure_defaults
from shop.delivery.models import RegionRate


def ensure_delivery_zones():
    """Create the missing countries and rates; return how many rows were created."""
    Country = get_model("address", "Country")
    before = Country.objects.count() + RegionRate.objects.count()
    ensure_defaults(Country, RegionRate)
    return Country.objects.count() + RegionRate.objects.count() - before
