"""The former per-locale Craft snippet leaves portal/core (its rows now live in portal/taxonomy).

wagtail-localize's sources and Wagtail's reference index rows about the old
snippet are removed with it.
"""

from django.db import migrations


def forget_old_crafts(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    old = ContentType.objects.filter(app_label="core", model="craft").first()
    if old is None:
        return
    apps.get_model("wagtail_localize", "TranslationSource").objects.filter(specific_content_type=old).delete()
    apps.get_model("wagtail_localize", "TranslatableObject").objects.filter(content_type=old).delete()
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    ReferenceIndex.objects.filter(to_content_type=old).delete()
    ReferenceIndex.objects.filter(content_type=old).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("events", "0003_delete_eventpagecraft"),
        ("news", "0002_delete_newspagecraft"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.RunPython(forget_old_crafts, migrations.RunPython.noop),
        migrations.DeleteModel(name="Craft"),
    ]
