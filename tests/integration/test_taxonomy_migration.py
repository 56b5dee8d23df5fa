"""The taxonomy migrations keep existing data.

The database is migrated back to the state before the taxonomy (per-locale
``core.Craft`` snippets, one link table per page type, products with
categories only), old rows are written with the historical models, then the
migrations run forward: each craft is one row with its names per language,
page links, draft revisions and products follow it.
"""

import datetime
import uuid

import pytest
from django.utils import timezone
from oscar.core.loading import get_model
from wagtail.models import Locale, Page, Revision

from portal.taxonomy.models import Craft
from tests.factories.shop import make_category
from tests.support.migrations import migrate, migrated_back

pytestmark = pytest.mark.django_db(transaction=True)

Product = get_model("catalogue", "Product")

BEFORE = [
    ("core", "0001_initial"),
    ("news", "0001_initial"),
    ("events", "0002_alter_eventpage_programme"),
    ("taxonomy", "0001_initial"),
    ("catalogue", "0034_taxonomy_links"),
]


@pytest.fixture
def old_apps():
    with migrated_back(BEFORE) as apps:
        yield apps


def old_page(apps, label, path, title, **fields):
    """A page written with the historical model (today's page models have columns added since)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    app_label, model_name = label.split(".")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model_name.lower())
    model = apps.get_model(app_label, model_name)
    return model.objects.create(
        path=path,
        depth=2,
        numchild=0,
        title=title,
        draft_title=title,
        slug=path.lower(),
        url_path=f"/{path.lower()}/",
        content_type_id=content_type.pk,
        live=True,
        **fields,
    )


def test_per_locale_crafts_collapse_and_every_link_follows(old_apps):
    ar = Locale.objects.get_or_create(language_code="ar")[0]
    fr = Locale.objects.get_or_create(language_code="fr")[0]
    day = datetime.date(2024, 1, 3)
    article = old_page(old_apps, "news.NewsPage", "0001ZZ01", "خبر", locale_id=ar.pk, date=day, intro="…")
    french = old_page(
        old_apps,
        "news.NewsPage",
        "0001ZZ02",
        "Nouvelle",
        locale_id=fr.pk,
        translation_key=article.translation_key,
        date=day,
        intro="…",
    )
    fair = old_page(
        old_apps,
        "events.EventPage",
        "0001ZZ03",
        "معرض",
        locale_id=ar.pk,
        start_date=datetime.date(2024, 1, 1),
        end_date=datetime.date(2024, 1, 2),
        venue="ساحة",
        city="باتنة",
        intro="…",
    )

    OldCraft = old_apps.get_model("core", "Craft")
    key = uuid.uuid4()
    pottery_ar = OldCraft.objects.create(translation_key=key, locale_id=ar.pk, name="الفخار", slug="pottery")
    pottery_fr = OldCraft.objects.create(
        translation_key=key, locale_id=fr.pk, name="Poterie et céramique", slug="pottery", description="Terre"
    )
    NewsPageCraft = old_apps.get_model("news", "NewsPageCraft")
    link = NewsPageCraft.objects.create(page_id=article.pk, craft_id=pottery_ar.pk, sort_order=0)
    NewsPageCraft.objects.create(page_id=french.pk, craft_id=pottery_fr.pk, sort_order=0)
    old_apps.get_model("events", "EventPageCraft").objects.create(page_id=fair.pk, craft_id=pottery_ar.pk)
    OldRevision = old_apps.get_model("wagtailcore", "Revision")
    ContentType = old_apps.get_model("contenttypes", "ContentType")
    draft = OldRevision.objects.create(
        content_type_id=ContentType.objects.get(app_label="news", model="newspage").pk,
        base_content_type_id=ContentType.objects.get_or_create(app_label="wagtailcore", model="page")[0].pk,
        object_id=str(article.pk),
        object_str=article.title,
        created_at=timezone.now(),
        content={
            "pk": article.pk,
            "title": article.title,
            "craft_links": [{"pk": link.pk, "page": article.pk, "craft": pottery_ar.pk, "sort_order": 0}],
        },
    )

    category = make_category("Pottery", names={"ar": "الفخار والخزف", "fr": "Poterie et céramique"})
    category.slug = "pottery-ceramics"
    category.save()
    tajines = make_category("Tajines", parent=category)
    spices = make_category("Spices", names={"ar": "التوابل", "fr": "Épices"})
    # Products as they were then (the historical model: later product columns do not exist yet).
    OldProduct = old_apps.get_model("catalogue", "Product")
    OldProductCategory = old_apps.get_model("catalogue", "ProductCategory")
    old_products = []
    for slug, title, old_category in (("tajine", "طاجين", tajines), ("ras-el-hanout", "رأس الحانوت", spices)):
        product = OldProduct.objects.create(title=title, slug=slug, structure="standalone", is_public=True)
        OldProductCategory.objects.create(product_id=product.pk, category_id=old_category.pk)
        old_products.append(product.pk)

    migrate()
    tagine, ras = (Product.objects.get(pk=pk) for pk in old_products)

    pottery = Craft.objects.get(slug="pottery")
    assert (pottery.name_ar, pottery.name_fr, pottery.description_fr) == (
        "الفخار",
        "Poterie et céramique",
        "Terre",
    )
    article, french, fair = (Page.objects.get(pk=page.pk).specific for page in (article, french, fair))
    for page in (article, french, fair):
        assert [link.craft for link in page.craft_links.all()] == [pottery], page.title
    (new_link,) = article.craft_links.all()
    revision = Revision.objects.get(pk=draft.pk)
    assert revision.content["craft_links"] == [
        {"pk": new_link.pk, "page": article.pk, "craft": pottery.pk, "sort_order": 0}
    ]
    # Categories: matched by name (the French one), sub-categories take their root's craft; others get one.
    category.refresh_from_db()
    tajines.refresh_from_db()
    assert category.craft == tajines.craft == pottery
    assert list(tagine.crafts.all()) == [pottery]
    spices_craft = ras.crafts.get()
    assert (spices_craft.slug, spices_craft.name_fr) == (spices.slug, "Épices")
    assert Craft.objects.count() == 2
