"""Open Graph, Twitter card, canonical link and schema.org JSON-LD in the head of public pages."""

import datetime
import json

import lxml.html
import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from portal.events.models import EventIndexPage
from portal.news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db
LANGS = ["ar", "fr", "en", "zgh", "kab"]


@pytest.fixture
def news_index(site_home):
    return site_home.add_child(instance=NewsIndexPage(title="الأخبار", slug="news"))


def article(index, title="أسبوع الصناعة التقليدية", **kwargs):
    return index.add_child(
        instance=NewsPage(
            title=title, slug="week", date=datetime.date(2024, 3, 5), intro="مقدمة الخبر", **kwargs
        )
    )


def head(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return lxml.html.fromstring(response.content)


def og(doc, prop):
    return [el.get("content") for el in doc.xpath(f"//meta[@property='{prop}' or @name='{prop}']")]


def json_ld(doc):
    scripts = doc.xpath("//script[@type='application/ld+json']")
    assert len(scripts) == 1
    return json.loads(scripts[0].text_content())


def test_a_news_article_is_shared_as_an_article_with_its_date_and_picture(client, news_index):
    image = Image.objects.create(title="Tapis", file=get_test_image_file(size=(1600, 900)))
    page = article(news_index, hero_image=image)
    french = page.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    french.save_revision().publish()

    doc = head(client, "/ar/news/week/")

    assert og(doc, "og:type") == ["article"]
    assert og(doc, "og:title") == ["أسبوع الصناعة التقليدية"]
    assert og(doc, "og:description") == ["مقدمة الخبر"]
    (url,) = og(doc, "og:url")
    assert url.startswith("http") and url.endswith("/ar/news/week/")
    assert doc.xpath("//link[@rel='canonical']/@href") == og(doc, "og:url")
    assert og(doc, "og:locale") == ["ar_MA"]
    assert og(doc, "og:locale:alternate") == ["fr_MA"]
    assert og(doc, "article:published_time") == ["2024-03-05"]
    assert og(doc, "twitter:card") == ["summary_large_image"]
    (image_url,) = og(doc, "og:image")
    assert image_url.startswith("http://") and "fill-1200x630" in image_url
    assert og(doc, "og:image:width") == ["1200"] and og(doc, "og:image:height") == ["630"]


def test_search_description_comes_before_the_intro(client, news_index):
    article(news_index, search_description="وصف لمحركات البحث")
    doc = head(client, "/ar/news/week/")
    assert og(doc, "og:description") == ["وصف لمحركات البحث"]
    assert og(doc, "twitter:card") == ["summary"]  # no picture
    assert og(doc, "og:image") == []


def test_a_title_holding_a_closing_script_tag_cannot_break_out(client, news_index):
    article(news_index, title='</script><script>alert("x")</script> & co')
    response = client.get("/ar/news/week/")
    body = response.content.decode()
    doc = lxml.html.fromstring(response.content)

    assert "<script>alert" not in body
    assert json_ld(doc)["headline"] == '</script><script>alert("x")</script> & co'
    assert "\\u003c/script\\u003e" in body.lower()


def test_a_page_without_structured_data_gets_a_webpage_with_breadcrumbs(client, site_home, news_index):
    data = json_ld(head(client, "/ar/news/"))  # an index page defines no structured_data

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "WebPage"
    crumbs = [item["name"] for item in data["breadcrumb"]["itemListElement"]]
    assert crumbs == [site_home.title, "الأخبار"]
    assert [item["position"] for item in data["breadcrumb"]["itemListElement"]] == [1, 2]


def test_a_news_article_is_a_news_article_in_json_ld(client, news_index):
    article(news_index)
    data = json_ld(head(client, "/ar/news/week/"))
    assert (data["@type"], data["headline"], data["datePublished"]) == (
        "NewsArticle",
        "أسبوع الصناعة التقليدية",
        "2024-03-05",
    )


def test_a_page_with_structured_data_renders_its_own(client, news_index, monkeypatch):
    page = article(news_index)
    own = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": page.title}
    monkeypatch.setattr(NewsPage, "structured_data", lambda self, request: own, raising=False)

    assert json_ld(head(client, "/ar/news/week/")) == own


def test_the_home_page_is_a_website_with_a_search_box(client, site_home):
    data = json_ld(head(client, "/fr/"))

    assert data["@type"] == "WebSite"
    assert data["potentialAction"]["@type"] == "SearchAction"
    assert data["potentialAction"]["target"]["urlTemplate"].endswith("/fr/search/?q={search_term_string}")


@pytest.mark.parametrize("code", LANGS)
def test_meta_renders_in_every_language(client, site_home, code):
    site_home.add_child(instance=EventIndexPage(title="Events", slug="events"))
    doc = head(client, f"/{code}/")

    assert og(doc, "og:locale") == [f"{code}_MA"]
    assert len(og(doc, "og:locale:alternate")) == 4  # setup_site translates the home page
    assert json_ld(doc)["inLanguage"] == code


def test_a_product_page_carries_a_product_with_its_offer(client):
    from tests.factories.shop import make_product, url_in

    product = make_product({"ar": "زربية", "fr": "Tapis </script>"}, price="250.00", num_in_stock=3)
    doc = head(client, url_in("fr", product))
    data = json_ld(doc)

    assert data["@type"] == "Product"
    assert data["name"] == "Tapis </script>"
    assert data["offers"]["price"] == "250.00"
    assert data["offers"]["priceCurrency"] == "MAD"
    assert data["offers"]["availability"] == "https://schema.org/InStock"
    assert og(doc, "og:type") == ["product"]


def test_an_artisans_storefront_is_a_local_business(client):
    from tests.factories.artisans import make_profile

    profile = make_profile("Khadija Amrani")
    doc = head(client, f"/fr/shop/artisans/{profile.slug}/")
    data = json_ld(doc)

    assert data["@type"] == "LocalBusiness"
    assert data["name"] == "Khadija Amrani"
    assert data["address"]["addressRegion"]
    assert og(doc, "og:title") == ["Khadija Amrani"]
