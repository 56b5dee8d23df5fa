"""Morocco and Algeria as shipping countries, a home-delivery and a stop-desk rate per region/wilaya.

Used after every ``migrate``/``flush`` (post_migrate) and by the site setup
(portal/setup), so that a flushed database (tests) or a country row deleted
by hand never leaves the checkout without its zones. Rows that exist are left
as they are: staff edit rates in the dashboard. A stop-desk rate is offered
only in regions that have an active stop-desk point (shop.shipping.repository).
"""

from decimal import Decimal

COUNTRIES = [
    # iso2, iso3, numcode, name, printable name
    ("MA", "MAR", "504", "Kingdom of Morocco", "Morocco"),
    ("DZ", "DZA", "012", "People's Democratic Republic of Algeria", "Algeria"),
]
# Method → the profile key of its starting rate.
DEFAULT_RATE_KEYS = {"home": "default_delivery_rate", "stop-desk": "default_stop_desk_rate"}


def ensure_countries(Country):
    for iso2, iso3, numcode, name, printable in COUNTRIES:
        Country.objects.get_or_create(
            iso_3166_1_a2=iso2,
            defaults={
                "iso_3166_1_a3": iso3,
                "iso_3166_1_numeric": numcode,
                "name": name,
                "printable_name": printable,
                "is_shipping_country": True,
            },
        )


def ensure_defaults(Country, RegionRate):
    from portal.country.profiles import PROFILES

    ensure_countries(Country)
    existing = set(RegionRate.objects.values_list("country", "region_code", "method"))
    RegionRate.objects.bulk_create(
        RegionRate(
            country=code,
            region_code=region_code,
            method=method,
            charge=Decimal(profile[rate_key]),
        )
        for code, profile in PROFILES.items()
        for region_code, _official in profile["regions"]
        for method, rate_key in DEFAULT_RATE_KEYS.items()
        if (code, region_code, method) not in existing
    )


def ensure_defaults_after_migrate(sender, **kwargs):
    from oscar.core.loading import get_model

    from .models import RegionRate

    ensure_defaults(get_model("address", "Country"), RegionRate)
