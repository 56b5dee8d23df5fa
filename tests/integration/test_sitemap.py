"""sitemap.xml and robots.txt: every live public page of every locale, hreflang alternates, queries."""

import datetime
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import etree
from wagtail.models import Locale, Page, PageViewRestriction

from portal.news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def news_index(site_home):
    return site_home.add_child(instance=NewsIndexPage(title="الأخبار", slug="news"))


def add_article(index, n, **kwargs):
    return index.add_child(
        instance=NewsPage(
            title=f"خبر {n}", slug=f"news-{n}", date=datetime.date(2024, 1, 1), intro="…", **kwargs
        )
    )


def translate(page, code):
    translated = page.copy_for_translation(Locale.objects.get(language_code=code), copy_parents=True)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


def parse(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return etree.fromstring(response.content)  # raises on XML that is not well formed


def entries(tree):
    return {
        urlsplit(url.findtext("s:loc", namespaces=NS)).path: {
            link.get("hreflang"): urlsplit(link.get("href")).path
            for link in url.findall("x:link", namespaces=NS)
        }
        for url in tree.findall("s:url", namespaces=NS)
    }


def test_every_locale_is_listed_once_with_its_alternates(client, news_index):
    article = add_article(news_index, 1)
    translate(news_index, "fr")
    translate(article, "fr")

    tree = parse(client)
    urls = entries(tree)
    locs = [url.findtext("s:loc", namespaces=NS) for url in tree.findall("s:url", namespaces=NS)]

    assert tree.tag == f"{{{NS['s']}}}urlset"
    assert len(locs) == len(set(locs))
    expected = {"ar": "/ar/news/news-1/", "fr": "/fr/news/news-1/", "x-default": "/ar/news/news-1/"}
    assert urls["/ar/news/news-1/"] == expected
    assert urls["/fr/news/news-1/"] == urls["/ar/news/news-1/"]
    for code in ("ar", "fr", "en", "zgh", "kab"):
        assert f"/{code}/" in urls  # every locale's home page (setup_site translates it)
    french = tree.xpath("//s:url[s:loc[contains(., '/fr/news/news-1/')]]", namespaces=NS)[0]
    assert french.findtext("s:lastmod", namespaces=NS) == timezone.localdate().isoformat()


def test_every_listed_url_and_alternate_answers_200(client, news_index):
    article = add_article(news_index, 1)
    translate(article, "fr")
    urls = entries(parse(client))
    targets = set(urls) | {href for links in urls.values() for href in links.values()}
    for path in sorted(targets):
        assert client.get(path).status_code == 200, path


def test_drafts_and_private_pages_are_left_out(client, news_index):
    draft = add_article(news_index, 1)
    draft.unpublish()
    private = add_article(news_index, 2)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    public = add_article(news_index, 3)
    french_draft = translate(public, "fr")
    french_draft.unpublish()

    urls = entries(parse(client))

    assert "/ar/news/news-3/" in urls
    assert "/ar/news/news-1/" not in urls
    assert "/ar/news/news-2/" not in urls
    assert "/fr/news/news-3/" not in urls
    assert urls["/ar/news/news-3/"] == {}  # no live translation: no alternates


def count_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/sitemap.xml").status_code == 200
    return len(queries)


def test_queries_do_not_grow_with_pages(client, news_index):
    for n in range(5):
        translate(add_article(news_index, n), "fr")
    count_queries(client)  # warm the site root paths cache
    few = count_queries(client)
    for n in range(5, 40):
        translate(add_article(news_index, n), "fr")
    many = count_queries(client)

    assert Page.objects.type(NewsPage).live().count() == 80
    assert many == few


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    body = response.content.decode()

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body
    assert "Disallow: /fr/shop/checkout/" in body
