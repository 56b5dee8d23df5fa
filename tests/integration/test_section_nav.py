"""The header lists the portal's sections: the live, in-menu children of the reader's home page."""

import lxml.html
import pytest

from portal.crafts.models import CraftIndexPage
from portal.news.models import NewsIndexPage
from portal.training.pages import CourseIndexPage

pytestmark = pytest.mark.django_db


def section_links(client, url):
    doc = lxml.html.fromstring(client.get(url).content)
    return [(a.text_content(), a.get("href")) for a in doc.xpath("//nav[@class='site-sections']//a")]


def test_section_indexes_are_listed_in_the_tree_order_and_mark_the_current_one(client, site_home):
    site_home.add_child(instance=NewsIndexPage(title="الأخبار", slug="news"))
    site_home.add_child(instance=CraftIndexPage(title="سجل الحرف", slug="crafts-registry"))
    courses = CourseIndexPage(title="الدورات", slug="courses", show_in_menus=False)
    hidden = site_home.add_child(instance=courses)

    assert section_links(client, "/ar/") == [("الأخبار", "/ar/news/"), ("سجل الحرف", "/ar/crafts-registry/")]
    doc = lxml.html.fromstring(client.get("/ar/crafts-registry/").content)
    assert doc.xpath("//nav[@class='site-sections']//a[@aria-current='page']/text()") == ["سجل الحرف"]

    hidden.show_in_menus = True
    hidden.save_revision().publish()
    assert ("الدورات", "/ar/courses/") in section_links(client, "/ar/")


def test_an_unpublished_section_leaves_the_header(client, site_home):
    news = site_home.add_child(instance=NewsIndexPage(title="الأخبار", slug="news"))
    news.unpublish()
    assert section_links(client, "/ar/") == []


def test_the_shop_pages_list_the_sections_of_their_language(client, site_home):
    from django.test import TestCase
    from wagtail.models import Locale

    news = site_home.add_child(instance=NewsIndexPage(title="الأخبار", slug="news"))
    with TestCase.captureOnCommitCallbacks(execute=True):
        french = news.copy_for_translation(Locale.objects.get(language_code="fr"))
        french.title = "Actualités"
        french.save_revision().publish()
    assert section_links(client, "/fr/shop/catalogue/") == [("Actualités", french.url)]
