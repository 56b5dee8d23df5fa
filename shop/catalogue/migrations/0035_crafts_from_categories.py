"""Tie every category to a craft of the shared taxonomy, and give products the crafts of their categories.

A root category takes the craft with its slug, else the craft with one of its
names (in any language), else a new craft made from the category (its slug,
names and plain-text description). A sub-category takes the craft with its own
slug if there is one, else its root's. Each product then gets the crafts of
the categories it is in. Nothing is overwritten: a category already tied to a
craft keeps it.
"""

from django.db import migrations
from django.utils.html import strip_tags

LANGS = ("ar", "fr", "en", "zgh", "kab")
STEPLEN = 4  # treebeard's path step for Oscar's categories


def normalised(text):
    return " ".join((text or "").split()).casefold()


class Vocabulary:
    def __init__(self, Craft):
        self.Craft = Craft
        self.by_slug, self.by_name = {}, {}
        for craft in Craft.objects.all():
            self.remember(craft)

    def remember(self, craft):
        self.by_slug[craft.slug] = craft
        for lang in LANGS:
            name = normalised(getattr(craft, f"name_{lang}"))
            if name:
                self.by_name.setdefault(name, craft)

    def match(self, category):
        if category.slug in self.by_slug:
            return self.by_slug[category.slug]
        for lang in LANGS:
            craft = self.by_name.get(normalised(getattr(category, f"name_{lang}")))
            if craft is not None:
                return craft
        return None

    def create_from(self, category):
        values = {"slug": category.slug, "name": category.name, "description": ""}
        for lang in LANGS:
            values[f"name_{lang}"] = getattr(category, f"name_{lang}") or None
            values[f"description_{lang}"] = (
                strip_tags(getattr(category, f"description_{lang}") or "").strip() or None
            )
        values["name_ar"] = values["name_ar"] or category.name
        craft = self.Craft.objects.create(**values)
        self.remember(craft)
        return craft


def forwards(apps, schema_editor):
    Category = apps.get_model("catalogue", "Category")
    Product = apps.get_model("catalogue", "Product")
    ProductCategory = apps.get_model("catalogue", "ProductCategory")
    vocabulary = Vocabulary(apps.get_model("taxonomy", "Craft"))

    root_crafts = {}
    for category in Category.objects.order_by("path"):
        if category.craft_id is None:
            if category.depth == 1:
                category.craft = vocabulary.match(category) or vocabulary.create_from(category)
            else:
                category.craft = vocabulary.by_slug.get(category.slug) or root_crafts.get(
                    category.path[:STEPLEN]
                )
            if category.craft is not None:
                category.save(update_fields=["craft"])
        if category.depth == 1:
            root_crafts[category.path] = category.craft

    craft_of = dict(Category.objects.filter(craft__isnull=False).values_list("pk", "craft_id"))
    Through = Product.crafts.through
    pairs = {
        (product_id, craft_of[category_id])
        for product_id, category_id in ProductCategory.objects.values_list("product_id", "category_id")
        if category_id in craft_of
    }
    Through.objects.bulk_create(
        [Through(product_id=product, craft_id=craft) for product, craft in sorted(pairs)],
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0034_taxonomy_links"),
        ("taxonomy", "0002_crafts_from_core"),  # match the crafts the pages already use
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
