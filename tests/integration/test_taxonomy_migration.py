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
from oscar.core.loading import get_model
from wagtail.models import Locale, Revision

from portal.events.models import EventIndexPage, EventPage
from portal.news.models import NewsIndexPage, NewsPage
from portal.taxonomy.models import Craft
from tests.conftest import make_site_home
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


def test_per_locale_crafts_collapse_and_every_link_follows(old_apps):
    ar = Locale.objects.get_or_create(language_code="ar")[0]
    fr = Locale.objects.get_or_create(language_code="fr")[0]
    home = make_site_home()
    news = home.add_child(instance=NewsIndexPage(title="الأخبار", slug="news"))
    article = news.add_child(
        instance=NewsPage(title="خبر", slug="a", date=datetime.date(2024, 1, 3), intro="…")
    )
    french = article.copy_for_translation(fr, copy_parents=True)
    events = home.add_child(instance=EventIndexPage(title="المعارض", slug="events"))
    fair = events.add_child(
        instance=EventPage(
            title="معرض",
            slug="fair",
            start_date=datetime.date(2024, 1, 1),
            end_date=datetime.date(2024, 1, 2),
            venue="ساحة",
            city="باتنة",
            intro="…",
        )
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
    draft = article.save_revision()
    draft.content["craft_links"] = [
        {"pk": link.pk, "page": article.pk, "craft": pottery_ar.pk, "sort_order": 0}
    ]
    Revision.objects.filter(pk=draft.pk).update(content=draft.content)

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
