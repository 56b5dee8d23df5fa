"""The one craft taxonomy: pages and products name the same craft row, in the reader's language."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from wagtail.models import Locale

from portal.country import region_name
from portal.demo.pages import check_page_tree, localize
from portal.news.models import NewsIndexPage, NewsPage
from portal.taxonomy.models import Craft, CraftRegion, Material, PageCraft
from tests.factories.shop import make_category, make_product

pytestmark = pytest.mark.django_db

POTTERY = {"name_ar": "الفخار", "name_fr": "Poterie", "name_en": "Pottery", "name": "الفخار"}


@pytest.fixture
def locales():
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in ("ar", "fr", "en", "zgh", "kab")
    }


@pytest.fixture
def pottery():
    return Craft.objects.create(slug="pottery", **POTTERY)


@pytest.fixture
def article(site_home, pottery):
    index = site_home.add_child(instance=NewsIndexPage(title="الأخبار", slug="news"))
    page = NewsPage(title="خبر الفخار", slug="pottery-news", date=datetime.date(2024, 1, 3), intro="…")
    page.craft_links.set([PageCraft(craft=pottery)])
    return index.add_child(instance=page)


def translate(page, code, django_capture_on_commit_callbacks):
    """The ``code`` translation of ``page`` and of its ancestors, as an editor's translation is made."""
    with django_capture_on_commit_callbacks(execute=True):
        for ancestor in page.get_ancestors().filter(depth__gt=1).specific():
            localize(ancestor, code, {})
        translation = localize(page, code, {})
    check_page_tree()  # wagtail-localize can leave a stale child count on a translated parent
    return translation


def test_a_page_link_and_a_product_link_name_the_same_craft_row(article, pottery):
    category = make_category("Pottery", craft=pottery)
    product = make_product({"ar": "جرة", "fr": "Jarre"}, categories=[category])
    product.crafts.add(pottery)

    (link,) = article.craft_links.all()
    assert link.craft == pottery == product.crafts.get() == category.craft
    assert list(pottery.page_links.values_list("page_id", flat=True)) == [article.pk]
    assert list(pottery.products.all()) == [product]


def test_a_translation_keeps_the_link_to_the_same_craft(
    article, pottery, locales, django_capture_on_commit_callbacks
):
    french = translate(article, "fr", django_capture_on_commit_callbacks)

    assert [link.craft for link in french.craft_links.all()] == [pottery]
    assert Craft.objects.count() == 1


def test_a_craft_added_to_the_source_reaches_the_translation_on_sync(
    article, pottery, locales, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import TranslationSource

    french = translate(article, "fr", django_capture_on_commit_callbacks)
    weaving = Craft.objects.create(slug="weaving", name="النسيج", name_ar="النسيج", name_fr="Tissage")
    article.craft_links.add(PageCraft(craft=weaving))
    article.save_revision().publish()

    source = TranslationSource.objects.get_for_instance(article)
    with django_capture_on_commit_callbacks(execute=True):
        source.update_from_db()
        source.create_or_update_translation(locales["fr"], fallback=True)

    french.refresh_from_db()
    assert {link.craft.slug for link in french.craft_links.all()} == {"pottery", "weaving"}


@pytest.mark.parametrize(("lang", "name"), [("ar", "الفخار"), ("fr", "Poterie"), ("en", "Pottery")])
def test_the_page_shows_the_craft_name_in_the_readers_language(
    client, article, locales, django_capture_on_commit_callbacks, lang, name
):
    page = translate(article, lang, django_capture_on_commit_callbacks) if lang != "ar" else article

    html = client.get(page.url).content.decode()

    assert f"<li>{name}</li>" in html


def test_a_language_without_a_name_falls_back(pottery):
    from django.utils import translation

    with translation.override("kab"):
        assert pottery.name == "Poterie"  # kab falls back to French, then Arabic
    with translation.override("zgh"):
        assert pottery.name == "الفخار"


def test_the_page_lists_its_crafts_in_one_query(client, article, django_assert_num_queries):
    from django.template import Context, Template

    tags = "{% load taxonomy_tags %}{% page_crafts page as crafts %}"
    template = Template(tags + "{% for c in crafts %}{{ c.slug }},{% endfor %}")
    for n in range(5):
        article.craft_links.add(
            PageCraft(craft=Craft.objects.create(slug=f"c{n}", name_ar=f"ح{n}", name=f"ح{n}"))
        )
    article.save()
    page = NewsPage.objects.get(pk=article.pk)

    with django_assert_num_queries(1):
        rendered = template.render(Context({"page": page}))

    assert rendered.startswith("pottery,c0,")


def test_slugs_are_shared_and_unique(pottery):
    with pytest.raises(IntegrityError), transaction.atomic():
        Craft.objects.create(slug="pottery", name_ar="آخر", name="آخر")


def test_arabic_name_is_required_and_regions_are_codes(pottery):
    with pytest.raises(ValidationError) as error:
        Craft(slug="x", name_fr="Sans arabe").full_clean()
    assert "name_ar" in error.value.message_dict

    region = CraftRegion(craft=pottery, code="MA-07")
    region.full_clean()
    region.save()
    assert str(region) == region_name("MA-07")  # named by its code, in the active language
    with pytest.raises(ValidationError):
        CraftRegion(craft=pottery, code="Marrakech").full_clean()


def test_materials_tag_products(pottery):
    clay = Material.objects.create(slug="clay", name="الطين", name_ar="الطين", name_fr="Argile")
    product = make_product()
    product.materials.add(clay)
    assert list(clay.products.all()) == [product]


def test_editors_edit_a_craft_with_its_names_arabic_first(client, pottery, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.test", "pw")
    client.force_login(editor)

    html = client.get(f"/admin/snippets/taxonomy/craft/edit/{pottery.pk}/").content.decode()
    response = client.post(
        "/admin/snippets/taxonomy/craft/add/",
        {
            "slug": "weaving",
            "name_ar": "النسيج",
            "name_fr": "Tissage",
            "regions-TOTAL_FORMS": "1",
            "regions-INITIAL_FORMS": "0",
            "regions-MIN_NUM_FORMS": "0",
            "regions-MAX_NUM_FORMS": "1000",
            "regions-0-code": "DZ-05",
            "regions-0-ORDER": "1",
        },
    )

    positions = [html.index(f'name="name_{code}"') for code in ("ar", "fr", "en", "zgh", "kab")]
    assert positions == sorted(positions)
    assert response.status_code == 302
    weaving = Craft.objects.get(slug="weaving")
    assert (weaving.name_ar, weaving.name_fr, weaving.region_codes()) == ("النسيج", "Tissage", ["DZ-05"])


def test_the_article_editor_offers_the_craft_links(client, article, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.test", "pw")
    client.force_login(editor)

    html = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()

    assert 'name="craft_links-TOTAL_FORMS"' in html
    assert 'name="craft_links-0-craft"' in html
