"""The home page composed by editors: news, events, a craft in danger, artisans, products."""

import datetime

import lxml.html
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from home.models import HomeFeaturedArtisan, HomeFeaturedNews, HomeFeaturedProduct, HomePinnedEvent
from portal.events.models import EventIndexPage, EventPage
from portal.news.models import NewsIndexPage, NewsPage
from tests.factories.artisans import make_profile
from tests.factories.shop import make_product
from tests.support.heritage import add_craft_page, make_craft, registry

pytestmark = pytest.mark.django_db
LANGS = ["ar", "fr", "en", "zgh", "kab"]


@pytest.fixture
def news_index(site_home):
    return site_home.add_child(instance=NewsIndexPage(title="الأخبار", slug="news"))


@pytest.fixture
def event_index(site_home):
    return site_home.add_child(instance=EventIndexPage(title="المعارض", slug="events"))


def add_article(index, n, day=1):
    return index.add_child(
        instance=NewsPage(title=f"خبر {n}", slug=f"news-{n}", date=datetime.date(2024, 1, day), intro="…")
    )


def add_event(index, n, days_from_now):
    start = timezone.localdate() + datetime.timedelta(days=days_from_now)
    return index.add_child(
        instance=EventPage(
            title=f"معرض {n}",
            slug=f"event-{n}",
            start_date=start,
            end_date=start + datetime.timedelta(days=2),
            venue="ساحة",
            city="باتنة",
            intro="…",
        )
    )


def section(client, url, heading_id):
    response = client.get(url)
    assert response.status_code == 200
    doc = lxml.html.fromstring(response.content)
    found = doc.xpath(f"//section[@aria-labelledby='{heading_id}']")
    return found[0] if found else None


def titles(element):
    return [h.text_content().strip() for h in element.xpath(".//h3 | .//h2[contains(@class, 'card__name')]")]


def test_chosen_articles_come_in_the_editors_order_else_the_latest(client, site_home, news_index):
    first, second, third = (add_article(news_index, n, day=n) for n in (1, 2, 3))
    assert titles(section(client, "/ar/", "home-news")) == ["خبر 3", "خبر 2", "خبر 1"]  # latest first

    HomeFeaturedNews.objects.create(home=site_home, article=first, sort_order=0)
    HomeFeaturedNews.objects.create(home=site_home, article=third, sort_order=1)
    assert titles(section(client, "/ar/", "home-news")) == ["خبر 1", "خبر 3"]

    third.unpublish()
    assert titles(section(client, "/ar/", "home-news")) == ["خبر 1"]


def test_a_chosen_article_shows_in_the_home_pages_own_language(client, site_home, news_index):
    article = add_article(news_index, 1)
    french = article.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    french.title = "Nouvelle 1"
    french.save_revision().publish()
    french_home = site_home.get_translation(Locale.objects.get(language_code="fr"))
    HomeFeaturedNews.objects.create(home=french_home, article=article, sort_order=0)  # chosen in Arabic

    assert titles(section(client, "/fr/", "home-news")) == ["Nouvelle 1"]


def test_pinned_events_come_first_then_upcoming_ones_never_past_ones(client, site_home, event_index):
    add_event(event_index, "past", -30)
    soon = add_event(event_index, "soon", 3)
    later = add_event(event_index, "later", 60)
    HomePinnedEvent.objects.create(home=site_home, event=later, sort_order=0)

    assert titles(section(client, "/ar/", "home-events")) == [later.title, soon.title]


def test_the_courses_section_shows_only_when_the_training_app_fills_it(client, site_home):
    assert section(client, "/ar/", "home-courses") is None


def spotlight_craft(home, slug="zarbiya", **fields):
    return add_craft_page(registry(home), make_craft(slug, name_ar="الزربية"), risk="endangered", **fields)


def test_the_craft_in_danger_spotlight_shows_title_intro_and_picture(client, site_home):
    image = Image.objects.create(title="Tapis", file=get_test_image_file(size=(800, 600)))
    craft = spotlight_craft(site_home, summary="حرفة مهددة", photo=image)
    site_home.spotlight = craft
    site_home.save()

    spot = section(client, "/ar/", "home-spotlight")

    assert "الزربية" in spot.text_content() and "حرفة مهددة" in spot.text_content()
    assert "fill-640x400" in spot.xpath(".//img/@src")[0]
    craft.unpublish()
    assert section(client, "/ar/", "home-spotlight") is None


def test_featured_artisans_and_products(client, site_home):
    online = make_profile("Khadija Amrani")
    offline = make_profile("Hors ligne", is_active=False)
    for n, profile in enumerate((online, offline)):
        HomeFeaturedArtisan.objects.create(home=site_home, artisan=profile, sort_order=n)
    newest = make_product({"ar": "إبريق", "fr": "Théière"})
    chosen = make_product({"ar": "زربية", "fr": "Tapis"})

    assert "Khadija Amrani" in section(client, "/ar/", "home-artisans").text_content()
    assert "Hors ligne" not in section(client, "/ar/", "home-artisans").text_content()
    assert "إبريق" in section(client, "/ar/", "home-products").text_content()  # newest by default

    HomeFeaturedProduct.objects.create(home=site_home, product=chosen, sort_order=0)
    products = section(client, "/ar/", "home-products").text_content()
    assert "زربية" in products and "إبريق" not in products
    assert newest.pk != chosen.pk


def count_queries(client):
    client.get("/ar/")  # warm caches (site root paths...)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/ar/").status_code == 200
    return len(queries)


def compose(home, news_index, event_index, start, stop):
    for n in range(start, stop):
        article = add_article(news_index, n)
        HomeFeaturedNews.objects.create(home=home, article=article, sort_order=n)
        event = add_event(event_index, n, n + 1)
        HomePinnedEvent.objects.create(home=home, event=event, sort_order=n)
        profile = make_profile(f"Artisan {n}")
        HomeFeaturedArtisan.objects.create(home=home, artisan=profile, sort_order=n)
        product = make_product({"ar": f"منتج {n}", "fr": f"Produit {n}"}, partner_name=f"Artisan {n}")
        HomeFeaturedProduct.objects.create(home=home, product=product, sort_order=n)


def test_queries_do_not_grow_with_the_items_chosen(client, site_home, news_index, event_index):
    compose(site_home, news_index, event_index, 0, 5)
    few = count_queries(client)
    compose(site_home, news_index, event_index, 5, 40)
    many = count_queries(client)

    assert HomeFeaturedProduct.objects.count() == 40
    assert many == few


@pytest.mark.parametrize("code", LANGS)
def test_the_composed_home_renders_in_every_language(client, site_home, news_index, event_index, code):
    article = add_article(news_index, 1)
    event = add_event(event_index, 1, 5)
    craft = spotlight_craft(site_home)
    locale = Locale.objects.get(language_code=code)
    if code != "ar":
        article = article.copy_for_translation(locale, copy_parents=True)
        article.save_revision().publish()
        event = event.copy_for_translation(locale, copy_parents=True)
        event.save_revision().publish()
        craft = craft.copy_for_translation(locale, copy_parents=True)
        craft.save_revision().publish()
    home = site_home.get_translation(locale)
    HomeFeaturedNews.objects.create(home=home, article=article, sort_order=0)
    home.spotlight = craft
    home.save()

    response = client.get(f"/{code}/")

    assert response.status_code == 200
    assert f'<html lang="{code}"' in response.content.decode()
    for heading in ("home-news", "home-events", "home-spotlight"):
        assert section(client, f"/{code}/", heading) is not None, heading


def test_a_translation_keeps_the_choices_and_an_untranslated_spotlight(client, site_home, news_index):
    from django.test import TestCase

    from portal.setup.home import translate

    article = add_article(news_index, 1)
    craft = spotlight_craft(site_home)  # not translated into French
    site_home.spotlight = craft
    site_home.featured_news.set([HomeFeaturedNews(article=article, sort_order=0)])
    site_home.save_revision().publish()
    french = Locale.objects.get(language_code="fr")
    with TestCase.captureOnCommitCallbacks(execute=True):
        translate(site_home, french, {})
    french_home = site_home.get_translation(french)

    assert french_home.spotlight_id == craft.pk
    assert [item.article_id for item in french_home.featured_news.all()] == [article.pk]
    assert section(client, "/fr/", "home-spotlight") is None  # no live French version to show


def test_editors_find_products_by_title_in_any_language_in_the_chooser(client, django_user_model):
    from django.urls import reverse

    admin = django_user_model.objects.create_superuser("chief", "chief@example.test", "pw")
    client.force_login(admin)
    rug = make_product({"ar": "زربية", "fr": "Tapis de Taznakht"})
    teapot = make_product({"ar": "إبريق", "fr": "Théière"})
    rug_link, teapot_link = (reverse("product_chooser:chosen", args=[p.pk]) for p in (rug, teapot))

    response = client.get(reverse("product_chooser:choose_results"), {"q": "taznakht"})
    arabic = client.get(reverse("product_chooser:choose_results"), {"q": "زربية"})

    assert response.status_code == 200
    for found in (response, arabic):
        assert rug_link in found.content.decode()
        assert teapot_link not in found.content.decode()
    assert client.get(reverse("product_chooser:choose")).status_code == 200


def test_the_spotlight_must_be_a_craft_of_the_registry(site_home, news_index):
    from django.core.exceptions import ValidationError

    site_home.spotlight = add_article(news_index, 1)
    with pytest.raises(ValidationError) as refused:
        site_home.full_clean()
    assert "spotlight" in refused.value.message_dict
    site_home.spotlight = spotlight_craft(site_home)
    site_home.full_clean()
