"""Application crafts: from comma-delimited slugs (``craft_slugs``) to the shared taxonomy's crafts.

Taxonomy crafts share the slugs of Oscar's root categories, which is what
``craft_slugs`` held, so each slug is looked up by slug. A slug no craft holds
(a category renamed or deleted since) is not lost: it is added to
``other_craft``, which staff read on the application. Going back writes the
crafts' slugs into ``craft_slugs`` again.
"""

from django.db import migrations, models


def slugs_to_crafts(apps, schema_editor):
    Application = apps.get_model("onboarding", "Application")
    Craft = apps.get_model("taxonomy", "Craft")
    crafts = {craft.slug: craft for craft in Craft.objects.all()}
    for application in Application.objects.exclude(craft_slugs=""):
        slugs = [slug for slug in application.craft_slugs.split(",") if slug]
        application.crafts.set([crafts[slug] for slug in slugs if slug in crafts])
        unknown = [slug for slug in slugs if slug not in crafts]
        if unknown:
            other = ", ".join(filter(None, [application.other_craft, *unknown]))
            application.other_craft = other[:120]
            application.save(update_fields=["other_craft"])


def crafts_to_slugs(apps, schema_editor):
    Application = apps.get_model("onboarding", "Application")
    for application in Application.objects.prefetch_related("crafts"):
        slugs = [craft.slug for craft in application.crafts.all()]
        if slugs:
            application.craft_slugs = f",{','.join(slugs)},"
            application.save(update_fields=["craft_slugs"])


class Migration(migrations.Migration):
    dependencies = [
        ("onboarding", "0001_initial"),
        ("taxonomy", "0002_crafts_from_core"),
    ]

    operations = [
        migrations.AddField(
            model_name="application",
            name="crafts",
            field=models.ManyToManyField(
                blank=True, related_name="applications", to="taxonomy.craft", verbose_name="Crafts"
            ),
        ),
        migrations.RunPython(slugs_to_crafts, crafts_to_slugs),
        migrations.RemoveField(model_name="application", name="craft_slugs"),
    ]
