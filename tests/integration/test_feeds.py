"""Feeds and open data: RSS/Atom per locale (feedparser), iCal (icalendar), key figures, JSON-LD."""

import csv
import datetime
import io
import json

import feedparser
import icalendar
import pytest
from django.utils import timezone
from wagtail.models import Locale

from portal.events.models import EventIndexPage, EventPage
from portal.news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


@pytest.fixture
def fr(site_home):
    return Locale.objects.get_or_create(language_code="fr")[0]


@pytest.fixture
def news(site_home, fr):
    index = site_home.add_child(instance=NewsIndexPage(title="الأخبار", slug="news"))
    article = NewsPage(
        title="خبر عربي", slug="ar-news", date=datetime.date(2024, 1, 10), intro="مقدمة", source="وأج"
    )
    article.tags.add("يناير")
    index.add_child(instance=article)
    fr_index = index.copy_for_translation(fr)
    fr_index.save_revision().publish()
    fr_article = article.copy_for_translation(fr)
    fr_article.title = "Une nouvelle en français"
    fr_article.save_revision().publish()
    return index


@pytest.fixture
def events(site_home):
    index = site_home.add_child(instance=EventIndexPage(title="الفعاليات", slug="events"))
    index.add_child(
        instance=EventPage(
            title="أسبوع مراكش",
            slug="week",
            start_date=datetime.date(2019, 2, 9),
            end_date=datetime.date(2019, 2, 17),
            venue="فضاء العرض",
            city="مراكش",
            intro="…",
            region="MA-07",
            key_figures=[
                ("figure", {"number": 305358, "prefix": "", "suffix": "", "label": "زائرا"}),
                ("figure", {"number": 1300, "prefix": "", "suffix": "+", "label": "عارضا"}),
            ],
        )
    )
    index.add_child(
        instance=EventPage(
            title="سوق أسبوعي",
            slug="market",
            start_date=datetime.date(2024, 1, 6),
            end_date=TODAY + datetime.timedelta(days=100),
            venue="ساحة الحرية",
            city="باتنة",
            intro="…",
            weekdays=["SA"],
            start_time=datetime.time(9),
            end_time=datetime.time(17),
        )
    )
    return index


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_news_feeds_are_valid_and_hold_only_their_locale(client, news, kind):
    ar = feedparser.parse(client.get(f"/ar/feeds/news/{kind}/").content)
    fr = feedparser.parse(client.get(f"/fr/feeds/news/{kind}/").content)

    assert ar.bozo == 0 and fr.bozo == 0
    assert [entry.title for entry in ar.entries] == ["خبر عربي"]
    assert [entry.title for entry in fr.entries] == ["Une nouvelle en français"]
    assert ar.entries[0].link.endswith("/ar/news/ar-news/")
    assert ar.entries[0].published_parsed[:3] == (2024, 1, 10)
    assert ar.feed.title == "حرفة – الأخبار"


def test_unknown_locales_are_404(client, news, events):
    for url in ("/xx/feeds/news/rss/", "/xx/feeds/calendar.ics", "/xx/feeds/key-figures.json"):
        assert client.get(url, follow=True).status_code == 404


def test_the_calendar_feed_has_every_event_and_the_series_as_one_rrule(client, events):
    response = client.get("/ar/feeds/calendar.ics")
    calendar = icalendar.Calendar.from_ical(response.content)
    vevents = {str(e["summary"]): e for e in calendar.walk("VEVENT")}

    assert response["Content-Type"].startswith("text/calendar")
    assert set(vevents) == {"أسبوع مراكش", "سوق أسبوعي"}
    week, market = vevents["أسبوع مراكش"], vevents["سوق أسبوعي"]
    assert week.decoded("dtstart") == datetime.date(2019, 2, 9)
    assert week.decoded("dtend") == datetime.date(2019, 2, 18)
    assert market["rrule"]["FREQ"] == ["WEEKLY"] and market["rrule"]["BYDAY"] == ["SA"]
    assert market.decoded("dtstart").time() == datetime.time(9)
    assert calendar.walk("VTIMEZONE")


def test_each_event_has_its_own_ics_download(client, events):
    response = client.get("/ar/events/market/calendar.ics")
    calendar = icalendar.Calendar.from_ical(response.content)

    assert response.status_code == 200
    assert [str(e["summary"]) for e in calendar.walk("VEVENT")] == ["سوق أسبوعي"]
    assert 'href="/ar/events/market/calendar.ics"' in client.get("/ar/events/market/").content.decode()


def test_key_figures_json_and_csv(client, events):
    data = client.get("/ar/feeds/key-figures.json").json()
    rows = list(
        csv.DictReader(io.StringIO(client.get("/ar/feeds/key-figures.csv").content.decode("utf-8-sig")))
    )

    assert data["locale"] == "ar"
    week = next(e for e in data["events"] if e["slug"] == "week")
    assert week["key_figures"][1] == {"label": "عارضا", "number": 1300, "prefix": "", "suffix": "+"}
    assert week["start_date"] == "2019-02-09" and week["city"] == "مراكش"
    assert [(r["event_slug"], r["number"], r["suffix"]) for r in rows] == [
        ("week", "305358", ""),
        ("week", "1300", "+"),
    ]


def test_structured_data_of_an_article_and_a_series(client, news, events, rf):
    request = rf.get("/ar/")
    article = NewsPage.objects.get(slug="ar-news", locale__language_code="ar")
    market = EventPage.objects.get(slug="market", locale__language_code="ar")
    week = EventPage.objects.get(slug="week", locale__language_code="ar")

    news_data = article.structured_data(request)
    market_data = market.structured_data(request)
    week_data = week.structured_data(request)
    json.dumps([news_data, market_data, week_data])  # serialisable

    assert news_data["@type"] == "NewsArticle" and news_data["datePublished"] == "2024-01-10"
    assert news_data["author"]["name"] == "وأج"
    assert market_data["@type"] == "Event" and market_data["eventSchedule"]["byDay"] == [
        "https://schema.org/Saturday"
    ]
    assert market_data["eventSchedule"]["startTime"] == "09:00"
    assert week_data["location"]["address"]["addressCountry"] == "MA"
    assert "eventSchedule" not in week_data


def test_base_template_links_the_feeds(client, news):
    body = client.get("/ar/news/").content.decode()
    assert 'type="application/rss+xml"' in body and 'href="/ar/feeds/news/rss/"' in body
    assert 'href="/ar/feeds/calendar.ics"' in body


def test_ics_of_a_translated_event_and_404s(client, events, fr):
    market = EventPage.objects.get(slug="market", locale__language_code="ar")
    events.copy_for_translation(fr).save_revision().publish()
    fr_market = market.copy_for_translation(fr)
    fr_market.title = "Marché hebdomadaire"
    fr_market.save_revision().publish()

    calendar = icalendar.Calendar.from_ical(client.get("/fr/events/market/calendar.ics").content)

    assert [str(e["summary"]) for e in calendar.walk("VEVENT")] == ["Marché hebdomadaire"]
    assert client.get("/ar/events/no-such-event/calendar.ics").status_code == 404
    assert client.get("/ar/events/calendar.ics").status_code == 404  # an index is not in CALENDAR_MODELS
