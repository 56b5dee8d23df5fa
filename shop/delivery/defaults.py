"""Morocco and Algeria as shipping countries, one delivery rate per region/wilaya of both profiles.

Used by the data migration (with historical models) and after every
``migrate``/``flush`` (post_migrate), so that a flushed database (tests) or a
country row deleted by hand never leaves the checkout without its zones. Rows
that exist are left as they are: staff edit rates in the dashboard.
"""

from decimal import Decimal

COUNTRIES = [
    # iso2, iso3, numcode, name, printable name
    ("MA", "MAR", "504", "Kingdom of Morocco", "Morocco"),
    ("DZ", "DZA", "012", "People's Democratic Republic of Algeria", "Algeria"),
]


def ensure_defaults(Country, RegionRate):
    from portal.country.profiles import PROFILES

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
    existing = set(RegionRate.objects.values_list("country", "region_code"))
    RegionRate.objects.bulk_create(
        RegionRate(
            country=code,
            region_code=region_code,
            charge=Decimal(profile["default_delivery_rate"]),
        )
        for code, profile in PROFILES.items()
        for region_code, _official in profile["regions"]
        if (code, region_code) not in existing
    )


def ensure_defaults_after_migrate(sender, **kwargs):
    from oscar.core.loading import get_model

    from .models import RegionRate

    ensure_defaults(get_model("address", "Country"), RegionRate)
