"""The seeds as live pages: two articles and two events in five languages, idempotent, on the home page."""

import pytest
from wagtail.models import Page, Revision, Site

from home.models import HomePage
from portal.events.models import EventPage
from portal.news.models import NewsPage
from portal.taxonomy.models import Craft
from tests.support.demo import snapshot

pytestmark = pytest.mark.django_db
LANGS = ("ar", "fr", "en", "zgh", "kab")


@snapshot("pages")
def counts():
    return Page.objects.count(), Revision.objects.count(), Craft.objects.count()


@pytest.fixture(scope="module")
def demo(site_demo):
    """What this module counts after the demo's first and second run (loaded once for the package)."""
    return site_demo["pages"]


def get(client, url):
    return client.get(url, HTTP_HOST="localhost")


def test_a_second_run_adds_no_page_revision_or_craft(demo):
    assert demo["first"] == demo["second"]
    # root + (home, 3 indexes, 2 news, 3 events, 2 courses) in 5 languages, + the heritage demo
    # (3 indexes, 10 crafts, 6 people, 1 programme) in 5 languages
    assert demo["first"][0] == 1 + 5 * 11 + 5 * 20


def test_the_home_page_is_the_site_root_and_wagtails_welcome_page_is_gone(demo):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert not Page.objects.filter(depth=2, title__icontains="welcome").exists()


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("ar", "إقبالٌ ونجاحٌ كبير لأسبوع الصناعة التقليدية بمراكش"),
        ("fr", "Forte affluence à la Semaine de l’artisanat de Marrakech"),
        ("en", "Crowds and success for the Marrakech craft week"),
        ("zgh", "ⴰⵎⴰⵍⴰⵢ ⴰⵏⴰⵎⵓⵔ ⵏ ⵜⵏⴰⵥⵓⵕⵉ ⴳ ⵎⵕⵕⴰⴽⵛ"),
        ("kab", "Ddurt tanamurt n tẓuri n ufus deg Merrakec"),
    ],
)
def test_the_marrakech_article_reads_in_every_language(demo, client, lang, title):
    response = get(client, f"/{lang}/news/marrakech-craft-week-success/")

    assert response.status_code == 200
    assert title in response.content.decode()


def test_french_and_english_articles_are_fully_translated(demo, client):
    french = get(client, "/fr/news/batna-yennayer-fair-online-selling/").content.decode()
    english = get(client, "/en/news/batna-yennayer-fair-online-selling/").content.decode()

    assert "30 grandes tentes" in french and "Salem Ladoui" in french
    assert "30 large tents" in english and "natural coral" in english
    assert "باتنة" not in french.split("<main", 1)[1].split("</main>")[0]


@pytest.mark.parametrize(
    ("url", "figures"),
    [
        ("/fr/events/marrakech-national-craft-week-2019/", ["305 358", "1 300+", "50 000 m²", "12"]),
        ("/en/events/marrakech-national-craft-week-2019/", ["305,358", "1,300+", "50,000 m²", "12"]),
        ("/ar/events/marrakech-national-craft-week-2019/", ["305.358", "1.300+", "50.000 m²", "12"]),
        ("/fr/events/batna-yennayer-craft-fair-2974/", ["70", "43", "15"]),
    ],
)
def test_event_pages_show_their_key_figures_for_the_locale(demo, client, url, figures):
    page = get(client, url).content.decode().replace("\xa0", " ").replace("\u202f", " ")

    for figure in figures:
        assert f">{figure}<" in page


def test_event_dates_and_venue(demo, client):
    page = get(client, "/fr/events/batna-yennayer-craft-fair-2974/").content.decode()

    assert "30 décembre 2023" in page and "15 janvier 2024" in page
    assert "Place de la Liberté" in page


def crafts_of(page):
    return [link.craft.slug for link in page.craft_links.order_by("sort_order")]


def test_every_locale_has_the_news_and_events_with_the_same_crafts(demo):
    for lang in LANGS:
        assert NewsPage.objects.live().filter(locale__language_code=lang).count() == 2
        assert EventPage.objects.live().filter(locale__language_code=lang).count() == 3
    batna = EventPage.objects.get(slug="batna-yennayer-craft-fair-2974", locale__language_code="ar")
    assert "pottery-ceramics" in crafts_of(batna)
    for translation in batna.get_translations():
        assert crafts_of(translation) == crafts_of(batna)
    # one row per craft, whatever the number of languages: 9 shop crafts + 6 of the heritage registry
    assert Craft.objects.count() == 9 + 6


@pytest.mark.parametrize(
    ("lang", "name"),
    [("ar", "الفخار والخزف"), ("fr", "Poterie et céramique"), ("en", "Pottery &amp; ceramics")],
)
def test_an_article_names_its_crafts_in_the_readers_language(demo, client, lang, name):
    page = get(client, f"/{lang}/news/marrakech-craft-week-success/").content.decode()

    assert f"<li>{name}</li>" in page


def test_demo_pages_and_products_name_the_same_crafts(demo):
    from oscar.core.loading import get_model

    pottery = Craft.objects.get(slug="pottery-ceramics")
    article = NewsPage.objects.get(slug="marrakech-craft-week-success", locale__language_code="fr")
    assert pottery.pk in article.craft_links.values_list("craft_id", flat=True)
    assert get_model("catalogue", "Product").objects.filter(crafts=pottery).count() == 6
    assert get_model("catalogue", "Category").objects.get(slug="pottery-ceramics").craft == pottery


def test_the_home_page_shows_the_latest_news_events_and_products(demo, client):
    page = get(client, "/fr/").content.decode()

    assert "Batna, foire de Yennayer" in page
    assert "5e Semaine nationale de l’artisanat" in page
    assert page.count('class="card product-card"') == 4  # the demo's featured products (home_showcase_data)


def test_the_language_switcher_leads_to_the_same_article(demo, client):
    page = get(client, "/ar/news/marrakech-craft-week-success/").content.decode()

    assert 'hreflang="fr" href="http://localhost/fr/news/marrakech-craft-week-success/"' in page
    assert 'href="/kab/news/marrakech-craft-week-success/"' in page


@pytest.mark.parametrize("lang", LANGS)
def test_the_home_page_that_setup_made_carries_the_demos_tagline(demo, client, lang):
    from portal.demo.pages_events_data import SITE

    response = get(client, f"/{lang}/")

    assert response.status_code == 200
    assert SITE["home"][lang]["tagline"] in response.content.decode()
