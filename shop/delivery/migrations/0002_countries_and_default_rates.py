"""Morocco and Algeria as shipping countries, and one rate per region/wilaya of both profiles.

Rates start at the profile's default and are then edited in the dashboard; a
rate that already exists is left as it is.
"""

from django.db import migrations

from shop.delivery.defaults import ensure_defaults


def forwards(apps, schema_editor):
    ensure_defaults(apps.get_model("address", "Country"), apps.get_model("delivery", "RegionRate"))


def backwards(apps, schema_editor):
    apps.get_model("delivery", "RegionRate").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("delivery", "0001_initial"),
        ("address", "0007_useraddress_code"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
