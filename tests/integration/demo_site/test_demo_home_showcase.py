"""The demo home page features the seed articles, artisans and products, in every locale, idempotently."""

import lxml.html
import pytest
from wagtail.models import Revision

from home.models import HomeFeaturedProduct, HomePage
from tests.support.demo import snapshot

pytestmark = pytest.mark.django_db
LANGS = ("ar", "fr", "en", "zgh", "kab")


@snapshot("home_showcase")
def home_showcase_counts():
    return (Revision.objects.count(), HomeFeaturedProduct.objects.count())


@pytest.fixture(scope="module")
def demo(site_demo):
    """What this module counts after the demo's first and second run (loaded once for the package)."""
    return site_demo["home_showcase"]


def test_a_second_run_changes_nothing(demo):
    assert demo["second"] == demo["first"]
    assert demo["first"][1] == 4 * HomePage.objects.count()


@pytest.mark.parametrize("lang", LANGS)
def test_the_demo_home_shows_the_editors_choices(demo, client, lang):
    response = client.get(f"/{lang}/")
    doc = lxml.html.fromstring(response.content)

    assert response.status_code == 200
    news = doc.xpath("//section[@aria-labelledby='home-news']//li")
    artisans = doc.xpath("//section[@aria-labelledby='home-artisans']//li")
    products = doc.xpath("//section[@aria-labelledby='home-products']//li[contains(@class, 'product-card')]")
    assert len(news) == 2
    assert len(artisans) == 4
    assert len(products) == 4


@pytest.mark.parametrize("lang", LANGS)
def test_the_demo_spotlight_is_a_critically_endangered_craft_in_the_readers_language(demo, client, lang):
    doc = lxml.html.fromstring(client.get(f"/{lang}/").content)
    links = doc.xpath("//section[@aria-labelledby='home-spotlight']//h3/a/@href")
    assert len(links) == 1
    page = client.get(links[0])
    assert page.status_code == 200
    assert f'lang="{lang}"' in page.content.decode()
    assert page.context["page"].specific.risk_status == "critically_endangered"
