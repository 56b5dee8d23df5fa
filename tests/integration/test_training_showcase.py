"""Courses beyond their own pages: on the home page while they are upcoming, and in the calendar feed."""

import pytest
from icalendar import Calendar

from tests.factories.training import make_course, make_index

pytestmark = pytest.mark.django_db


def test_the_home_page_lists_upcoming_courses_and_never_past_ones(client, site_home):
    index = make_index(site_home)
    make_course(index, title="دورة قادمة", slug="upcoming", start_in=5)
    make_course(index, title="دورة منتهية", slug="past", start_in=-30)
    html = client.get("/ar/").content.decode()
    assert "دورة قادمة" in html
    assert "دورة منتهية" not in html


def test_the_calendar_feed_holds_courses_next_to_events(client, site_home):
    make_course(make_index(site_home), title="دورة التسويق الإلكتروني", slug="e-marketing", start_in=5)
    response = client.get("/ar/feeds/calendar.ics")
    assert response.status_code == 200
    summaries = [str(event["SUMMARY"]) for event in Calendar.from_ical(response.content).walk("VEVENT")]
    assert "دورة التسويق الإلكتروني" in summaries
