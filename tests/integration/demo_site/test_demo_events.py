"""The events demo: every seed programme item and figure, the weekly market as one series, organisers,
exhibitors linking to demo storefronts, news tags and regions; idempotent."""

import pytest
from wagtail.models import Revision

from portal.events.models import EventExhibitor, EventOrganisation, EventPage, Organisation
from portal.news.models import NewsPage
from tests.support.demo import snapshot

pytestmark = pytest.mark.django_db


@snapshot("events")
def counts():
    return (
        Revision.objects.count(),
        Organisation.objects.count(),
        EventOrganisation.objects.count(),
        EventExhibitor.objects.count(),
    )


@pytest.fixture(scope="module")
def demo(site_demo):
    """What this module counts after the demo's first and second run (loaded once for the package)."""
    return site_demo["events"]


def test_a_second_run_changes_nothing(demo):
    assert demo["first"] == demo["second"]
    assert Organisation.objects.filter(locale__language_code="ar").count() == 4
    assert Organisation.objects.count() == 4 * 5


@pytest.mark.parametrize(
    ("lang", "texts"),
    [
        (
            "ar",
            [
                "كرنفال",
                "ورشات للأطفال",
                "المناظرة الموضوعاتية الثانية",
                "الملتقى الثامن",
                "36 امرأة",
                "التكوين والتصدير",
                "وزارة السياحة",
                "دار الصانع",
            ],
        ),
        (
            "fr",
            [
                "Carnaval",
                "Ateliers pour enfants",
                "2e conférence thématique",
                "8e rencontre",
                "36 dirigeantes",
                "la formation et l’export",
                "Ministère du Tourisme",
                "Maison de l’Artisan",
            ],
        ),
        (
            "en",
            [
                "Craft carnival",
                "Children’s workshops",
                "2nd thematic conference",
                "8th meeting",
                "36 women",
                "training and export",
                "Ministry of Tourism",
            ],
        ),
    ],
)
def test_the_marrakech_week_has_every_programme_item_and_organiser(demo, client, lang, texts):
    page = EventPage.objects.get(
        locale__language_code=lang,
        translation_key=EventPage.objects.get(
            slug="marrakech-national-craft-week-2019", locale__language_code="ar"
        ).translation_key,
    )
    body = client.get(page.get_url(), HTTP_HOST="localhost").content.decode()
    for text in texts:
        assert text.replace("’", "&#x27;") in body or text in body, text


def test_the_weekly_market_is_one_series_page_with_exhibitor_storefronts(demo, client):
    markets = EventPage.objects.filter(slug__contains="weekly-market", locale__language_code="ar")
    assert markets.count() == 1
    market = markets.get()
    assert market.weekdays == ["SA"] and market.is_series
    body = client.get(market.get_url(), HTTP_HOST="localhost").content.decode()
    assert 'class="series-dates"' in body
    exhibitors = market.exhibitors.select_related("artisan")
    assert exhibitors and all(link.artisan.region.startswith("DZ") for link in exhibitors)
    assert f'href="/ar/shop/artisans/{exhibitors[0].artisan.slug}/"' in body


def test_news_articles_have_tags_and_regions_per_language(demo, client):
    ar = NewsPage.objects.get(slug="batna-yennayer-fair-online-selling", locale__language_code="ar")
    fr = ar.get_translation(ar.locale.__class__.objects.get(language_code="fr"))
    assert set(ar.tags.names()) == {"يناير", "التسويق الإلكتروني", "التكوين"}
    assert "formation" in set(fr.specific.tags.names()) and fr.specific.region == "DZ-05"
    body = client.get("/fr/news/?region=DZ-05&tag=formation", HTTP_HOST="localhost").content.decode()
    assert fr.title in body
