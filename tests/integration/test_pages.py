"""Editorial page types: rendering in every locale, index listings, validation, search."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from portal.events.models import EventIndexPage, EventPage
from portal.news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db
LANGS = [("ar", "rtl"), ("fr", "ltr"), ("en", "ltr"), ("zgh", "ltr"), ("kab", "ltr")]


@pytest.fixture
def locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _dir in LANGS}


@pytest.fixture
def news_index(site_home):
    return site_home.add_child(instance=NewsIndexPage(title="الأخبار", slug="news"))


def add_article(index, title, day, **kwargs):
    return index.add_child(
        instance=NewsPage(title=title, slug=f"a-{day}", date=datetime.date(2024, 1, day), intro="…", **kwargs)
    )


def test_the_news_index_lists_its_articles_newest_first(client, news_index):
    add_article(news_index, "قديم", 1)
    add_article(news_index, "جديد", 9)
    draft = add_article(news_index, "مسودة", 20)
    draft.unpublish()

    page = client.get("/ar/news/").content.decode()

    assert page.index("جديد") < page.index("قديم")
    assert "مسودة" not in page


def test_a_bad_page_number_shows_the_first_page(client, news_index):
    add_article(news_index, "خبر", 3)

    response = client.get("/ar/news/?page=abc")

    assert response.status_code == 200
    assert "خبر" in response.content.decode()


@pytest.mark.parametrize(("code", "direction"), LANGS)
def test_pages_render_in_every_language_and_direction(client, site_home, locales, code, direction):
    events = site_home.add_child(instance=EventIndexPage(title="Events", slug="events"))
    event = events.add_child(
        instance=EventPage(
            title="Foire",
            slug="foire",
            start_date=datetime.date(2024, 1, 1),
            end_date=datetime.date(2024, 1, 2),
            venue="Place",
            city="Batna",
            intro="…",
            key_figures=[("figure", {"number": 1300, "prefix": "", "suffix": "+", "label": "exposants"})],
        )
    )
    if code != site_home.locale.language_code:
        # /<code>/ is the home page's translation (setup_site): the pages are translated under it.
        for page in (events, event):
            page.copy_for_translation(locales[code]).save_revision().publish()
    for url in ("/{code}/events/", "/{code}/events/foire/"):
        response = client.get(url.format(code=code))
        assert response.status_code == 200
        assert f'<html lang="{code}" dir="{direction}">' in response.content.decode()
    assert client.get(f"/{code}/events/no-such-event/").status_code == 404


def test_an_event_cannot_end_before_it_starts():
    event = EventPage(
        title="x",
        slug="x",
        start_date=datetime.date(2024, 1, 5),
        end_date=datetime.date(2024, 1, 1),
        intro=".",
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "end_date" in error.value.message_dict


@pytest.mark.parametrize("query", ['"', 'تقليدية"', 'craft "week', '"craft week"', "a*", "NEAR(", "x" * 5000])
def test_site_search_answers_any_query_without_an_error(client, news_index, query):
    add_article(news_index, "أسبوع الصناعة التقليدية", 3)

    response = client.get("/ar/search/", {"q": query})

    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl"' in response.content.decode()


def test_site_search_finds_an_arabic_article_even_with_a_stray_quote(client, news_index):
    add_article(news_index, "أسبوع الصناعة التقليدية", 3)

    page = client.get("/ar/search/", {"q": 'التقليدية"'}).content.decode()

    assert "أسبوع الصناعة التقليدية" in page


def test_the_home_page_title_names_the_site_once_and_other_pages_add_it(client, news_index):
    add_article(news_index, "خبر", 4)

    home = client.get("/ar/").content.decode()
    article = client.get("/ar/news/a-4/").content.decode()

    assert "<title>حرفة</title>" in home  # the site's name, from setup_site
    assert "<title>خبر · حرفة</title>" in article
