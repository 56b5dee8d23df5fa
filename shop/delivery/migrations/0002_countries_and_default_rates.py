"""Morocco and Algeria as shipping countries, and one rate per region/wilaya of both profiles.

Rates start at the profile's default and are then edited in the dashboard; a
rate that already exists is left as it is.
"""

from decimal import Decimal

from django.db import migrations

COUNTRIES = [
    # iso2, iso3, numcode, name, printable name
    ("MA", "MAR", "504", "Kingdom of Morocco", "Morocco"),
    ("DZ", "DZA", "012", "People's Democratic Republic of Algeria", "Algeria"),
]


def forwards(apps, schema_editor):
    from portal.settings.profiles import PROFILES

    Country = apps.get_model("address", "Country")
    RegionRate = apps.get_model("delivery", "RegionRate")
    for iso2, iso3, numcode, name, printable in COUNTRIES:
        Country.objects.update_or_create(
            iso_3166_1_a2=iso2,
            defaults={
                "iso_3166_1_a3": iso3,
                "iso_3166_1_numeric": numcode,
                "name": name,
                "printable_name": printable,
                "is_shipping_country": True,
            },
        )
    for code, profile in PROFILES.items():
        for region_code, region_name in profile["regions"]:
            RegionRate.objects.get_or_create(
                country=code,
                region_code=region_code,
                defaults={"region_name": region_name, "charge": Decimal(profile["default_delivery_rate"])},
            )


def backwards(apps, schema_editor):
    apps.get_model("delivery", "RegionRate").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("delivery", "0001_initial"),
        ("address", "0007_useraddress_code"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
