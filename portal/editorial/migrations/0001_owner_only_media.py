"""Section editors change and delete only the images and documents they uploaded.

Setups before this one granted the News, Events and Programme editors
``change`` on the images and documents of their collections, which let an
editor edit or replace a colleague's upload. portal/setup/collections.py now
grants ``add`` and ``choose`` only (Wagtail's ownership policy lets the uploader
edit and delete their own); this removes the ``change`` and ``delete`` grants of
those three groups (on the root they only ever chose).
Reversing does nothing: the grant is not given back.
"""

from django.db import migrations

SECTION_EDITORS = ("News editors", "Events editors", "Programme editors")
CODENAMES = ("change_image", "delete_image", "change_document", "delete_document")


def owner_only_media(apps, schema_editor):
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupCollectionPermission.objects.filter(
        group__name__in=SECTION_EDITORS,
        permission__codename__in=CODENAMES,
        permission__content_type__app_label__in=("wagtailimages", "wagtaildocs"),
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(owner_only_media, migrations.RunPython.noop)]
