"""Taxonomy part of the demo: the crafts (one per craft category, same slug) and the materials."""

from django.db import transaction
from django.utils.html import strip_tags

from portal.taxonomy.models import Craft, CraftRegion, Material, PageCraft

from . import upsert
from .artisans_data import ARTISANS_BY_KEY
from .catalogue_data import CATEGORIES, LANGS
from .taxonomy_data import LEGACY_CRAFT_SLUGS, MATERIALS


def translated(field, texts):
    return {f"{field}_{lang}": texts[lang] for lang in LANGS}


def craft_regions(products):
    """{craft slug: sorted region codes of the artisans who make its products}."""
    regions = {}
    for data in products:
        regions.setdefault(data["category"], set()).add(ARTISANS_BY_KEY[data["artisan"]]["region"])
    return {slug: sorted(codes) for slug, codes in regions.items()}


@transaction.atomic
def merge_legacy_crafts():
    """Fold the crafts of an earlier demo (``pottery``...) into the ones named like the categories."""
    for old_slug, slug in LEGACY_CRAFT_SLUGS.items():
        old = Craft.objects.filter(slug=old_slug).first()
        if old is None:
            continue
        new = Craft.objects.filter(slug=slug).first()
        if new is None:
            old.slug = slug
            old.save(update_fields=["slug"])
            continue
        linked = set(PageCraft.objects.filter(craft=new).values_list("page_id", flat=True))
        PageCraft.objects.filter(craft=old, page_id__in=linked).delete()
        PageCraft.objects.filter(craft=old).update(craft=new)
        new.products.add(*old.products.all())
        old.categories.update(craft=new)
        old.delete()


def ensure_crafts(products):
    merge_legacy_crafts()
    regions = craft_regions(products)
    for data in CATEGORIES:
        descriptions = {lang: strip_tags(text) for lang, text in data["description"].items()}
        craft, _created = upsert(
            Craft,
            {"slug": data["slug"]},
            {
                "name": data["name"]["ar"],
                "description": descriptions["ar"],
                **translated("name", data["name"]),
                **translated("description", descriptions),
            },
        )
        wanted = regions.get(data["slug"], [])
        CraftRegion.objects.filter(craft=craft).exclude(code__in=wanted).delete()
        have = set(craft.regions.values_list("code", flat=True))
        for order, code in enumerate(wanted):
            if code not in have:
                CraftRegion.objects.create(craft=craft, code=code, sort_order=order)


def ensure_materials():
    for slug, names in MATERIALS.items():
        upsert(Material, {"slug": slug}, {"name": names["ar"], **translated("name", names)})
