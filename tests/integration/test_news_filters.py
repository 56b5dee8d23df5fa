"""News index filters (craft, region, year, tag), pagination, bad input and query counts."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from portal.news.models import NewsIndexPage, NewsPage
from portal.taxonomy.models import Craft, PageCraft

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(site_home):
    return site_home.add_child(instance=NewsIndexPage(title="الأخبار", slug="news"))


@pytest.fixture
def locales():
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in ("ar", "fr", "en", "zgh", "kab")
    }


@pytest.fixture
def crafts():
    return {
        slug: Craft.objects.get_or_create(slug=slug, defaults={"name_ar": slug, "name_fr": slug.title()})[0]
        for slug in ("pottery", "jewellery")
    }


def add(index, title, date, crafts=(), region="", tags=(), slug=None):
    page = NewsPage(
        title=title, slug=slug or f"n-{date:%Y%m%d}-{len(title)}", date=date, intro="…", region=region
    )
    page.craft_links = [PageCraft(craft=craft, sort_order=i) for i, craft in enumerate(crafts)]
    page.tags.add(*tags)
    index.add_child(instance=page)
    return page


@pytest.fixture
def articles(news_index, crafts):
    add(news_index, "فخار مراكش", datetime.date(2019, 2, 20), [crafts["pottery"]], "MA-07", ["أسبوع"], "a")
    add(news_index, "حلي باتنة", datetime.date(2024, 1, 10), [crafts["jewellery"]], "DZ-05", ["يناير"], "b")
    add(news_index, "حلي مراكش", datetime.date(2019, 2, 18), [crafts["jewellery"]], "MA-07", ["أسبوع"], "c")
    return news_index


def titles(response):
    body = response.content.decode()
    return {t for t in ("فخار مراكش", "حلي باتنة", "حلي مراكش") if f">{t}</a>" in body}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, {"فخار مراكش", "حلي باتنة", "حلي مراكش"}),
        ({"craft": "jewellery"}, {"حلي باتنة", "حلي مراكش"}),
        ({"region": "MA-07"}, {"فخار مراكش", "حلي مراكش"}),
        ({"region": "ma-07"}, {"فخار مراكش", "حلي مراكش"}),
        ({"year": "2024"}, {"حلي باتنة"}),
        ({"tag": "أسبوع"}, {"فخار مراكش", "حلي مراكش"}),
        ({"craft": "jewellery", "region": "MA-07", "year": "2019"}, {"حلي مراكش"}),
        ({"craft": "pottery", "year": "2024"}, set()),
    ],
)
def test_filters_combine_in_a_shareable_get_url(client, articles, query, expected):
    response = client.get("/ar/news/", query)

    assert response.status_code == 200
    assert titles(response) == expected


def test_the_form_offers_the_values_the_articles_use_and_keeps_the_chosen_ones(client, articles):
    body = client.get("/ar/news/", {"craft": "jewellery", "year": "2019"}).content.decode()

    assert '<form class="filters" method="get"' in body
    assert '<option value="jewellery" selected>' in body
    assert '<option value="2019" selected>' in body
    assert '<option value="2024">' in body
    assert '<option value="DZ-05">' in body and '<option value="MA-07">' in body


def test_no_match_says_so_with_a_way_back(client, articles):
    body = client.get("/ar/news/", {"craft": "pottery", "year": "2024"}).content.decode()

    assert "لا يوجد مقال يطابق هذه المرشحات" in body


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"craft": "no-such-craft"}, "Il n’y a pas de métier « no-such-craft »"),
        ({"region": "XX-99"}, "Il n’y a pas de région « XX-99 »"),
        ({"year": "abc"}, "« abc » n’est pas une année"),
        ({"tag": "nope"}, "Il n’y a pas d’étiquette « nope »"),
    ],
)
def test_an_unknown_filter_value_is_a_clear_message_in_the_visitors_language(
    client, articles, locales, query, message
):
    fr_index = articles.copy_for_translation(locales["fr"])
    fr_index.save_revision().publish()

    response = client.get("/fr/news/", query)

    assert response.status_code == 200
    assert message in response.content.decode().replace("&nbsp;", " ").replace("\u202f", " ")


def test_an_unknown_value_in_arabic(client, articles):
    body = client.get("/ar/news/", {"craft": "xyz", "region": "MA-07"}).content.decode()

    assert "لا توجد حرفة «xyz»" in body
    assert titles_from(body) == {"فخار مراكش", "حلي مراكش"}  # the valid filter still applies


def titles_from(body):
    return {t for t in ("فخار مراكش", "حلي باتنة", "حلي مراكش") if f">{t}</a>" in body}


def test_bad_page_numbers(client, articles):
    assert client.get("/ar/news/", {"page": "abc"}).status_code == 200
    assert client.get("/ar/news/", {"page": "999"}).status_code == 404
    assert client.get("/ar/news/", {"page": "-1"}).status_code == 404


def test_pages_keep_the_filters(client, news_index, crafts):
    for day in range(1, 13):
        add(news_index, f"خبر {day}", datetime.date(2020, 1, day), [crafts["pottery"]], slug=f"p{day}")
    add(news_index, "آخر", datetime.date(2021, 1, 1), slug="other")

    first = client.get("/ar/news/", {"craft": "pottery"}).content.decode()
    second = client.get("/ar/news/", {"craft": "pottery", "page": "2"}).content.decode()

    assert 'href="?craft=pottery&amp;page=2" rel="next"' in first
    assert 'href="?craft=pottery" rel="prev"' in second
    assert second.count('class="card news-card"') == 2
    assert "آخر" not in second


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_query_count_does_not_grow_with_the_articles(client, news_index, crafts):
    def fill(n, start):
        for i in range(start, start + n):
            add(
                news_index,
                f"خبر {i}",
                datetime.date(2020, 1, 1) + datetime.timedelta(days=i),
                [crafts["pottery"]],
                "MA-07",
                [f"t{i % 3}"],
                slug=f"q{i}",
            )

    fill(5, 0)
    url = "/ar/news/?craft=pottery&region=MA-07&tag=t1"
    client.get(url)  # warm caches (site root paths)
    few = count_queries(client, url)
    fill(35, 5)
    many = count_queries(client, url)

    assert few == many
