"""Morocco and Algeria as shipping countries, and one rate per region/wilaya of both profiles.

Rates start at the profile's default and are then edited in the dashboard; a
rate that already exists is left as it is. Frozen here (the models of that
time had no delivery method): shop.delivery.defaults serves today's models.
"""

from decimal import Decimal

from django.db import migrations


def forwards(apps, schema_editor):
    from portal.country.profiles import PROFILES
    from shop.delivery.defaults import ensure_countries

    ensure_countries(apps.get_model("address", "Country"))
    RegionRate = apps.get_model("delivery", "RegionRate")
    existing = set(RegionRate.objects.values_list("country", "region_code"))
    RegionRate.objects.bulk_create(
        RegionRate(country=code, region_code=region_code, charge=Decimal(profile["default_delivery_rate"]))
        for code, profile in PROFILES.items()
        for region_code, _official in profile["regions"]
        if (code, region_code) not in existing
    )


def backwards(apps, schema_editor):
    apps.get_model("delivery", "RegionRate").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("delivery", "0001_initial"),
        ("address", "0007_useraddress_code"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
