"""News filters, an event with organisers/exhibitors/map/series, the events index: ar (RTL) and fr."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone
from wagtail.models import Locale

from portal.events.models import EventExhibitor, EventIndexPage, EventOrganisation, EventPage, Organisation
from portal.news.models import NewsIndexPage, NewsPage
from portal.taxonomy.models import Craft, PageCraft
from tests.e2e.conftest import foreign_requests, screenshot
from tests.factories.artisans import make_profile

TODAY = timezone.localdate()


def translated(page, fr, **fields):
    copy = page.copy_for_translation(fr)
    for name, value in fields.items():
        setattr(copy, name, value)
    if hasattr(copy, "save_revision"):
        copy.save_revision().publish()
    else:
        copy.save()  # a snippet
    return copy


@pytest.fixture
def content(live_home):
    from wagtail.models import Site

    home = Site.objects.get(is_default_site=True).root_page.specific
    fr = Locale.objects.get(language_code="fr")
    jewellery = Craft.objects.get_or_create(
        slug="jewellery", defaults={"name_ar": "الحلي", "name_fr": "Bijouterie"}
    )[0]
    news = home.add_child(instance=NewsIndexPage(title="الأخبار", slug="news"))
    translated(news, fr, title="Actualités")
    for i, (ar, fr_title, region, tag) in enumerate(
        [
            (
                "إقبال كبير على أسبوع الصناعة التقليدية بمراكش",
                "Succès de la Semaine de l’artisanat à Marrakech",
                "MA-07",
                "أسبوع",
            ),
            (
                "باتنة: تسويق منتجات الحرفيين إلكترونيا",
                "Batna : la vente en ligne des artisans",
                "DZ-05",
                "يناير",
            ),
            ("تكريم معلمي الحلي", "Hommage aux maîtres bijoutiers", "MA-07", "أسبوع"),
        ]
    ):
        article = NewsPage(
            title=ar, slug=f"n{i}", date=datetime.date(2019 + 2 * i, 2, 10), intro="…", region=region
        )
        article.craft_links = [PageCraft(craft=jewellery)]
        article.tags.add(tag)
        news.add_child(instance=article)
        translated(article, fr, title=fr_title)

    ministry = Organisation.objects.create(name="غرفة الصناعة التقليدية والحرف لولاية باتنة")
    translated(ministry, fr, name="Chambre de l’artisanat de Batna")
    events = home.add_child(instance=EventIndexPage(title="الفعاليات", slug="events"))
    translated(events, fr, title="Événements")
    profile = make_profile("Amira Khenatla", region="DZ-05")
    market = EventPage(
        title="السوق الأسبوعي لمنتوجات الحرفيات – باتنة",
        slug="market",
        start_date=datetime.date(2024, 1, 20),
        end_date=TODAY + datetime.timedelta(days=400),
        venue="خيم ساحة الحرية",
        city="باتنة",
        region="DZ-05",
        intro="سوق أسبوعي في 30 خيمة للنساء الماكثات بالبيت.",
        weekdays=["SA"],
        start_time=datetime.time(9),
        end_time=datetime.time(16),
        latitude=Decimal("35.5559"),
        longitude=Decimal("6.1741"),
        key_figures=[("figure", {"number": 30, "prefix": "", "suffix": "", "label": "خيمة"})],
    )
    market.organisations = [EventOrganisation(organisation=ministry, role="organiser")]
    market.exhibitors = [EventExhibitor(artisan=profile, stand="12")]
    events.add_child(instance=market)
    translated(
        market,
        fr,
        title="Marché hebdomadaire des artisanes – Batna",
        city="Batna",
        intro="Un marché chaque semaine sous 30 tentes.",
    )
    past = events.add_child(
        instance=EventPage(
            title="الأسبوع الوطني للصناعة التقليدية – مراكش 2019",
            slug="week",
            start_date=datetime.date(2019, 2, 9),
            end_date=datetime.date(2019, 2, 17),
            venue="فضاء العرض",
            city="مراكش",
            intro="أول دورة خارج الرباط.",
        )
    )
    translated(past, fr, title="Semaine nationale de l’artisanat – Marrakech 2019", city="Marrakech")
    return live_home


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_news_events_pages_in_a_browser(page, content, live_server, lang):
    page.goto(f"{content}/{lang}/news/")
    page.select_option("select[name=region]", "MA-07")
    page.click(".filters button[type=submit]")
    assert "region=MA-07" in page.url
    assert page.locator(".news-card").count() == 2
    screenshot(page, f"news-index-filtered-{lang}")

    page.goto(f"{content}/{lang}/news/?craft=nope&year=2019")
    assert page.locator(".message--error").count() == 1
    screenshot(page, f"news-index-bad-filter-{lang}")

    page.goto(f"{content}/{lang}/events/market/")
    assert page.locator(".series-dates li").count() == 5
    assert page.locator(".exhibitors a").count() == 1
    assert page.locator(".event-map a[href^='https://www.openstreetmap.org/']").count() == 1
    screenshot(page, f"event-series-{lang}")

    page.goto(f"{content}/{lang}/events/")
    assert page.locator("#upcoming-heading").count() == 1 and page.locator("#past-heading").count() == 1
    screenshot(page, f"events-index-{lang}")

    assert foreign_requests(page, live_server) == []
    assert page.hirfa_errors == []
