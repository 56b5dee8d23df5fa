"""Events: weekly series, upcoming/past split, organisers and partners, exhibitors, map, validation."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal.events.models import EventExhibitor, EventIndexPage, EventOrganisation, EventPage, Organisation
from portal.news.models import NewsIndexPage
from tests.factories.artisans import make_profile

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


@pytest.fixture
def artisan_profile(site_home):
    return make_profile("Amira Khenatla", region="DZ-05")


@pytest.fixture
def events(site_home):
    return site_home.add_child(instance=EventIndexPage(title="الفعاليات", slug="events"))


def add_event(index, slug, start, end, **kwargs):
    kwargs.setdefault("venue", "ساحة الحرية")
    kwargs.setdefault("city", "باتنة")
    return index.add_child(
        instance=EventPage(
            title=kwargs.pop("title", slug), slug=slug, start_date=start, end_date=end, intro="…", **kwargs
        )
    )


def test_a_weekly_series_is_one_page_with_its_next_dates(client, events):
    market = add_event(
        events,
        "market",
        TODAY - datetime.timedelta(days=60),
        TODAY + datetime.timedelta(days=200),
        weekdays=["SA"],
        start_time=datetime.time(9),
        end_time=datetime.time(17),
    )
    market.refresh_from_db()

    dates = market.next_dates(TODAY, 5)
    body = client.get("/ar/events/market/").content.decode()

    assert market.weekdays == ["SA"]
    assert len(dates) == 5 and all(day.weekday() == 5 and day >= TODAY for day in dates)
    assert dates[1] - dates[0] == datetime.timedelta(days=7)
    for day in dates:
        assert f'datetime="{day:%Y-%m-%d}"' in body
    assert "السبت" in body and "09:00" in body


def test_a_series_stops_at_its_last_day(events):
    start = datetime.date(2024, 1, 1)  # a Monday
    series = add_event(events, "s", start, datetime.date(2024, 1, 20), weekdays=["MO", "TH"])

    assert series.next_dates(datetime.date(2024, 1, 10), 10) == [
        datetime.date(2024, 1, 11),
        datetime.date(2024, 1, 15),
        datetime.date(2024, 1, 18),
    ]
    assert series.next_date_from(datetime.date(2024, 1, 19)) is None


def test_the_index_shows_upcoming_and_past_editions_apart(client, events):
    add_event(events, "past-fair", datetime.date(2019, 2, 9), datetime.date(2019, 2, 17), title="معرض قديم")
    add_event(
        events,
        "next-fair",
        TODAY + datetime.timedelta(days=30),
        TODAY + datetime.timedelta(days=33),
        title="معرض قادم",
    )
    add_event(
        events,
        "running-market",
        datetime.date(2024, 1, 6),
        TODAY + datetime.timedelta(days=300),
        weekdays=["SA"],
        title="سوق أسبوعي",
    )
    add_event(
        events,
        "ended-market",
        datetime.date(2020, 1, 4),
        datetime.date(2020, 6, 27),
        weekdays=["SA"],
        title="سوق انتهى",
    )

    body = client.get("/ar/events/").content.decode()
    upcoming, past = body.split('id="past-heading"')

    assert "معرض قادم" in upcoming and "سوق أسبوعي" in upcoming
    assert "معرض قديم" in past and "سوق انتهى" in past
    assert upcoming.index("سوق أسبوعي") < upcoming.index("معرض قادم")  # the sooner first


def test_the_events_index_query_count_does_not_grow(client, events):
    def fill(n, start):
        for i in range(start, start + n):
            add_event(
                events,
                f"e{i}",
                datetime.date(2020, 1, 1) + datetime.timedelta(days=i),
                datetime.date(2030, 1, 1),
                weekdays=["SA"] if i % 2 else [],
            )

    fill(5, 0)
    client.get("/ar/events/")
    with CaptureQueriesContext(connection) as few:
        client.get("/ar/events/")
    fill(35, 5)
    with CaptureQueriesContext(connection) as many:
        client.get("/ar/events/")
    assert len(few) == len(many)


def test_organisers_partners_and_exhibitors_link_out(client, events, artisan_profile):
    ministry = Organisation.objects.create(name="وزارة الصناعة التقليدية", website="https://example.org/")
    house = Organisation.objects.create(name="دار الصانع")
    event = EventPage(
        title="أسبوع",
        slug="week",
        start_date=datetime.date(2019, 2, 9),
        end_date=datetime.date(2019, 2, 17),
        venue="v",
        city="مراكش",
        intro="…",
    )
    event.organisations = [
        EventOrganisation(organisation=ministry, role="organiser"),
        EventOrganisation(organisation=house, role="partner"),
    ]
    event.exhibitors = [EventExhibitor(artisan=artisan_profile, stand="12")]
    events.add_child(instance=event)

    body = client.get("/ar/events/week/").content.decode()
    organisers, partners = body.split("الشركاء", 1)

    assert '<a href="https://example.org/" rel="external">وزارة الصناعة التقليدية</a>' in organisers
    assert "دار الصانع" in partners
    assert f'href="/ar/shop/artisans/{artisan_profile.slug}/"' in body


def test_a_map_position_shows_coordinates_and_a_link_without_tiles(client, events, settings):
    settings.HIRFA_MAP_TILES_URL = ""
    add_event(
        events,
        "map",
        datetime.date(2024, 1, 1),
        datetime.date(2024, 1, 2),
        latitude=Decimal("35.555"),
        longitude=Decimal("6.174"),
    )

    body = client.get("/ar/events/map/").content.decode()

    assert "35.55500, 6.17400" in body
    assert "https://www.openstreetmap.org/?mlat=35.55500&amp;mlon=6.17400" in body
    assert '<img src="http' not in body.split('class="event-map"')[1].split("</section>")[0]


@pytest.mark.parametrize(
    ("fields", "error_field"),
    [
        ({"latitude": Decimal("35")}, "longitude"),
        ({"longitude": Decimal("6")}, "latitude"),
        ({"start_time": datetime.time(17), "end_time": datetime.time(9)}, "end_time"),
        ({"end_date": datetime.date(2023, 12, 1)}, "end_date"),
    ],
)
def test_bad_positions_times_and_dates_are_form_errors(fields, error_field):
    values = {
        "title": "x",
        "slug": "x",
        "start_date": datetime.date(2024, 1, 5),
        "end_date": datetime.date(2024, 1, 6),
        "venue": "v",
        "city": "c",
        "intro": ".",
    }
    values.update(fields)
    with pytest.raises(ValidationError) as error:
        EventPage(**values).clean()
    assert error_field in error.value.message_dict


def test_out_of_range_latitude_is_refused():
    event = EventPage(
        title="x",
        slug="x",
        start_date=datetime.date(2024, 1, 5),
        end_date=datetime.date(2024, 1, 6),
        venue="v",
        city="c",
        intro=".",
        latitude=Decimal("91"),
        longitude=Decimal("0"),
    )
    with pytest.raises(ValidationError) as error:
        event.full_clean(exclude=["path", "depth", "content_type", "translation_key", "locale"])
    assert "latitude" in error.value.message_dict


def test_page_types_are_creatable_only_under_their_parents(events, site_home):
    news = site_home.add_child(instance=NewsIndexPage(title="n", slug="n"))

    assert EventPage.allowed_parent_page_models() == [EventIndexPage]
    assert EventPage.can_create_at(events)
    assert not EventPage.can_create_at(site_home) and not EventPage.can_create_at(news)
    assert not EventIndexPage.can_create_at(site_home)  # one per home page: this one exists
