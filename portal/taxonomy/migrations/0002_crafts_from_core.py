"""Collapse the former per-locale ``core.Craft`` rows into one craft each, and re-point page links.

``core.Craft`` was a wagtail-localize snippet: one row per locale, tied by
``translation_key``. Each group becomes one ``taxonomy.Craft`` with its name
and description per language; the per-page-type link tables
(``news.NewsPageCraft``, ``events.EventPageCraft``) become ``taxonomy.PageCraft``
rows. Page revisions and wagtail-localize sources that hold the old links
(drafts, translation syncs) are rewritten to the new crafts, so publishing an
old draft or syncing a translation keeps its crafts.
"""

import json
import uuid

from django.core.serializers.json import DjangoJSONEncoder
from django.db import migrations

LANGS = ("ar", "fr", "en", "zgh", "kab")
DEFAULT = "ar"
OLD_LINK_MODELS = (("news", "NewsPageCraft", "newspage"), ("events", "EventPageCraft", "eventpage"))


def language_of(row):
    return row.locale.language_code.split("-")[0].lower()


def free_slug(Craft, slug):
    candidate, n = slug, 1
    while Craft.objects.filter(slug=candidate).exists():
        n += 1
        candidate = f"{slug}-{n}"
    return candidate


def collapse_crafts(apps):
    """One taxonomy.Craft per translation_key; returns {old core.Craft pk: new craft pk}."""
    OldCraft = apps.get_model("core", "Craft")
    Craft = apps.get_model("taxonomy", "Craft")
    groups = {}
    for row in OldCraft.objects.select_related("locale").order_by("pk"):
        groups.setdefault(row.translation_key, []).append(row)
    craft_map = {}
    for rows in groups.values():
        by_lang = {}
        for row in rows:
            by_lang.setdefault(language_of(row), row)
        source = by_lang.get(DEFAULT, rows[0])
        values = {"slug": free_slug(Craft, source.slug), "name": source.name, "description": source.description}
        for lang in LANGS:
            row = by_lang.get(lang)
            values[f"name_{lang}"] = row.name if row else None
            values[f"description_{lang}"] = row.description if row else None
        values[f"name_{DEFAULT}"] = values[f"name_{DEFAULT}"] or source.name
        craft = Craft.objects.create(**values)
        craft_map.update({row.pk: craft.pk for row in rows})
    return craft_map


def move_page_links(apps, craft_map):
    """taxonomy.PageCraft rows for the old links; returns {(page id, old link pk): new link pk}."""
    PageCraft = apps.get_model("taxonomy", "PageCraft")
    link_map = {}
    for app_label, model_name, _page_model in OLD_LINK_MODELS:
        OldLink = apps.get_model(app_label, model_name)
        seen = set()
        for link in OldLink.objects.order_by("page_id", "sort_order", "pk"):
            craft_id = craft_map[link.craft_id]
            if (link.page_id, craft_id) in seen:
                continue  # the same craft twice on a page (one row per locale): keep one link
            seen.add((link.page_id, craft_id))
            new = PageCraft.objects.create(page_id=link.page_id, craft_id=craft_id, sort_order=link.sort_order)
            link_map[(link.page_id, link.pk)] = new.pk
    return link_map


def rewrite_links(content, craft_map, link_map):
    """Point the ``craft_links`` of a serialised page at the new crafts; True if it had any."""
    links = content.get("craft_links") if isinstance(content, dict) else None
    if not isinstance(links, list):
        return False
    page_id = content.get("pk")
    rewritten = []
    for item in links:
        craft_id = craft_map.get(item.get("craft"))
        if craft_id is None:
            continue  # a craft deleted since that revision
        if any(other["craft"] == craft_id for other in rewritten):
            continue
        rewritten.append({**item, "craft": craft_id, "page": page_id, "pk": link_map.get((page_id, item.get("pk")))})
    content["craft_links"] = rewritten
    return True


def rewrite_revisions_and_sources(apps, craft_map, link_map):
    Revision = apps.get_model("wagtailcore", "Revision")
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    for revision in Revision.objects.filter(content__has_key="craft_links").iterator():
        if rewrite_links(revision.content, craft_map, link_map):
            revision.save(update_fields=["content"])
    for source in TranslationSource.objects.filter(content_json__contains='"craft_links"').iterator():
        content = json.loads(source.content_json)
        if rewrite_links(content, craft_map, link_map):
            source.content_json = json.dumps(content, cls=DjangoJSONEncoder)
            source.save(update_fields=["content_json"])


def forwards(apps, schema_editor):
    craft_map = collapse_crafts(apps)
    link_map = move_page_links(apps, craft_map)
    rewrite_revisions_and_sources(apps, craft_map, link_map)


def backwards(apps, schema_editor):
    """One core.Craft per craft and locale again, and the per-page-type links (revisions stay as they are)."""
    OldCraft = apps.get_model("core", "Craft")
    Craft = apps.get_model("taxonomy", "Craft")
    PageCraft = apps.get_model("taxonomy", "PageCraft")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    locales = {locale.language_code.split("-")[0].lower(): locale for locale in Locale.objects.all()}
    rows = {}  # (craft pk, locale pk) -> core.Craft pk
    for craft in Craft.objects.all():
        key = uuid.uuid4()
        for lang, locale in locales.items():
            name = getattr(craft, f"name_{lang}", None) if lang in LANGS else None
            if name or lang == DEFAULT:
                old = OldCraft.objects.create(
                    translation_key=key,
                    locale=locale,
                    name=name or craft.name,
                    slug=craft.slug,
                    description=(getattr(craft, f"description_{lang}", None) if lang in LANGS else "") or "",
                )
                rows[(craft.pk, locale.pk)] = old.pk
    models = {page_model: apps.get_model(app, name) for app, name, page_model in OLD_LINK_MODELS}
    for link in PageCraft.objects.order_by("page_id", "sort_order", "pk"):
        page = Page.objects.select_related("content_type").get(pk=link.page_id)
        OldLink = models.get(page.content_type.model)
        if OldLink is None:
            continue  # a page type that had no craft links before
        craft_row = rows.get((link.craft_id, page.locale_id)) or next(
            pk for (craft, _locale), pk in rows.items() if craft == link.craft_id
        )
        OldLink.objects.create(page_id=link.page_id, craft_id=craft_row, sort_order=link.sort_order)
    PageCraft.objects.all().delete()
    Craft.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("taxonomy", "0001_initial"),
        ("core", "0001_initial"),
        ("news", "0001_initial"),
        ("events", "0002_alter_eventpage_programme"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
