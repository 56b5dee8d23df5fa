"""Course pages: where they may be created, rendering in every locale, dates, listing, calendar, JSON-LD."""

import datetime

import icalendar
import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from portal.events.models import EventIndexPage
from portal.training.models import CourseIndexPage, CoursePage
from tests.factories.training import make_course, make_index, translate_to

pytestmark = pytest.mark.django_db
LANGS = [("ar", "rtl"), ("fr", "ltr"), ("en", "ltr"), ("zgh", "ltr"), ("kab", "ltr")]


class TestParentRules(WagtailPageTestCase):
    def test_courses_live_under_the_index_which_lives_under_the_home_page(self):
        self.assertCanCreateAt(HomePage, CourseIndexPage)
        self.assertCanCreateAt(CourseIndexPage, CoursePage)
        self.assertCanNotCreateAt(HomePage, CoursePage)
        self.assertCanNotCreateAt(EventIndexPage, CoursePage)
        self.assertCanNotCreateAt(CoursePage, CoursePage)
        self.assertCanNotCreateAt(CourseIndexPage, CourseIndexPage)


def test_a_course_ending_before_it_starts_is_refused_with_a_clear_error(site_home):
    index = make_index(site_home)
    course = CoursePage(
        title="x",
        slug="x",
        intro="x",
        organiser="o",
        venue="v",
        language="ar",
        capacity=5,
        start_date=datetime.date(2024, 1, 10),
        end_date=datetime.date(2024, 1, 9),
    )
    with translation.override("fr"):
        with pytest.raises(ValidationError) as error:
            index.add_child(instance=course)
        assert error.value.message_dict["end_date"] == ["Le dernier jour ne peut pas précéder le premier."]


def test_a_paid_course_needs_a_price(site_home):
    course = make_course(make_index(site_home))
    course.is_free = False
    with pytest.raises(ValidationError) as error:
        course.full_clean()
    assert "price" in error.value.message_dict


@pytest.mark.parametrize(("code", "direction"), LANGS)
def test_index_and_course_render_in_every_language(client, site_home, code, direction):
    index = make_index(site_home)
    course = make_course(index, title="دورة التسويق الإلكتروني", is_free=False, price="1500.00")
    if code != "ar":
        index = translate_to(index, code, {"الدورات التكوينية": f"Courses-{code}"})
        course = translate_to(course, code, {"دورة التسويق الإلكتروني": f"E-marketing-{code}"})
    listing = client.get(index.url)
    page = client.get(course.url)
    assert listing.status_code == page.status_code == 200
    for response in (listing, page):
        html = response.content.decode()
        assert f'lang="{code}" dir="{direction}"' in html
    assert course.title in listing.content.decode()
    assert 'name="email"' in page.content.decode()
    assert "1" in page.content.decode() and "500" in page.content.decode()


def test_the_index_lists_upcoming_then_past_courses(client, site_home):
    index = make_index(site_home)
    make_course(index, title="دورة قادمة", start_in=5)
    make_course(index, title="دورة سابقة", start_in=-30)
    html = client.get("/ar/courses/").content.decode()
    assert html.index("دورة قادمة") < html.index("Past courses" if "Past courses" in html else "دورة سابقة")
    assert html.index("دورة قادمة") < html.index("دورة سابقة")


def test_the_index_query_count_does_not_grow_with_courses(client, site_home):
    index = make_index(site_home)

    def count(total):
        while CoursePage.objects.child_of(index).count() < total:
            make_course(index, start_in=CoursePage.objects.count() - 20)
        client.get("/ar/courses/")  # warm the per-process caches (site root, locales, menus)
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/ar/courses/").status_code == 200
        return len(queries)

    assert count(5) == count(40)


def test_ical_events_is_one_all_day_event_over_the_course(rf, site_home):
    course = make_course(make_index(site_home), start_in=3, days=2)
    (event,) = course.ical_events(rf.get("/"))
    assert isinstance(event, icalendar.Event)
    assert event.decoded("dtstart") == course.start_date
    assert event.decoded("dtend") == course.end_date + datetime.timedelta(days=1)
    assert str(event["summary"]) == course.title
    assert "باتنة" in str(event["location"])
    calendar = icalendar.Calendar()
    calendar.add_component(event)
    assert icalendar.Calendar.from_ical(calendar.to_ical()).walk("VEVENT")[0]["uid"] == event["uid"]


def test_structured_data_is_a_schema_org_course_with_an_instance(rf, site_home):
    course = make_course(make_index(site_home), trainer="Nadia")
    data = course.structured_data(rf.get("/"))
    assert data["@type"] == "Course"
    assert data["provider"]["name"] == course.organiser
    (instance,) = data["hasCourseInstance"]
    assert instance["@type"] == "CourseInstance"
    assert instance["startDate"] == course.start_date.isoformat()
    assert instance["instructor"]["name"] == "Nadia"
    assert data["offers"]["price"] == "0"
