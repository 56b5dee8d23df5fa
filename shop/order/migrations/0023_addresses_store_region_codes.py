"""Order addresses store their region's ISO 3166-2 code (MA-07) instead of its name.

Until now the checkout stored the official Latin name ("Marrakech-Safi");
names in any language of the site are recognised (portal.country.region_code).
A value that names no region (typed by hand) is left as it is. Backwards:
codes become official names again.
"""

from django.db import migrations

from portal.country import region_code, region_name

MODELS = ["ShippingAddress", "BillingAddress"]


def to_codes(apps, schema_editor):
    for name in MODELS:
        model = apps.get_model("order", name)
        for address in model.objects.exclude(state="").only("pk", "state").iterator():
            code = region_code(address.state)
            if code and code != address.state:
                model.objects.filter(pk=address.pk).update(state=code)


def to_names(apps, schema_editor):
    for name in MODELS:
        model = apps.get_model("order", name)
        for address in model.objects.exclude(state="").only("pk", "state").iterator():
            official = region_name(address.state, "fr")
            if official != address.state:
                model.objects.filter(pk=address.pk).update(state=official)


class Migration(migrations.Migration):
    dependencies = [("order", "0022_order_language")]

    operations = [migrations.RunPython(to_codes, to_names)]
