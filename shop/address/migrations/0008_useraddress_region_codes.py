"""Address-book entries store their region's ISO 3166-2 code (MA-07) instead of its name.

Same rule as order 0023; the entry's hash (Oscar's duplicate check, computed
from its fields) is recomputed so that the next checkout to the same address
finds it instead of adding a copy.
"""

from django.db import migrations

from portal.country import region_code, region_name


def convert(apps, convert_value):
    # Oscar's own 0005 recomputes hashes with the model's code: so does this.
    from shop.address.models import UserAddress

    fields = [field.attname for field in UserAddress._meta.concrete_fields]
    historical = apps.get_model("address", "UserAddress")
    for address in historical.objects.exclude(state="").iterator():
        new_state = convert_value(address.state)
        if new_state == address.state:
            continue
        current = UserAddress(**{name: getattr(address, name) for name in fields if hasattr(address, name)})
        current.state = new_state
        historical.objects.filter(pk=address.pk).update(state=new_state, hash=current.generate_hash())


def to_codes(apps, schema_editor):
    convert(apps, lambda state: region_code(state) or state)


def to_names(apps, schema_editor):
    convert(apps, lambda state: region_name(state, "fr"))


class Migration(migrations.Migration):
    dependencies = [("address", "0007_useraddress_code")]

    operations = [migrations.RunPython(to_codes, to_names)]
