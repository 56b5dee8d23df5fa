"""The demo home page features the seed articles, artisans and products, in every locale, idempotently."""

from io import StringIO

import lxml.html
import pytest
from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Revision

from home.models import HomeFeaturedProduct, HomePage
from tests.support.demo import loaded_for_the_module

pytestmark = pytest.mark.django_db
LANGS = ("ar", "fr", "en", "zgh", "kab")


def load():
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo_content", "--image-size=16", stdout=StringIO(), stderr=StringIO())


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    def twice():
        load()
        first = (Revision.objects.count(), HomeFeaturedProduct.objects.count())
        load()
        return {"first": first, "second": (Revision.objects.count(), HomeFeaturedProduct.objects.count())}

    with loaded_for_the_module(django_db_blocker, tmp_path_factory.mktemp("media"), twice) as result:
        yield result


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
