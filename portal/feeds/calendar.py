"""iCalendar: the events (and, at merge, courses) of one locale, and one event's .ics download.

Every model in ``CALENDAR_MODELS`` is a page class that defines
``ical_events(self, request) -> list[icalendar.Event]``; a recurring series is
one VEVENT with an RRULE.
"""

import icalendar
from django.apps import apps
from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _
from wagtail.models import Site

from .locales import request_locale

CALENDAR_MODELS = ["events.EventPage", "training.CoursePage"]


def build_calendar(request, pages, name):
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Hirfa//Calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for page in pages:
        for event in page.ical_events(request):
            calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def calendar_response(request, pages, filename, name=None):
    calendar = build_calendar(request, pages, name or _("Hirfa – events"))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def calendar_pages(locale):
    pages = []
    for label in CALENDAR_MODELS:
        model = apps.get_model(label)
        pages.extend(model.objects.live().public().filter(locale=locale).order_by("pk"))
    return pages


def calendar_feed(request):
    locale = request_locale()
    return calendar_response(request, calendar_pages(locale), filename=f"hirfa-{locale.language_code}.ics")


def page_ics(request, path):
    """``<page url>calendar.ics``: the .ics of the page at ``path``, when its model is in CALENDAR_MODELS."""
    site = Site.find_for_request(request)
    locale = request_locale()
    if site is None:
        raise Http404
    root = site.root_page.localized
    if root.locale_id != locale.pk:
        raise Http404
    components = [part for part in path.split("/") if part]
    page = root.specific.route(request, components).page.specific
    if page._meta.label not in CALENDAR_MODELS or not page.live or page.get_view_restrictions():
        raise Http404
    return calendar_response(request, [page], filename=f"{page.slug}.ics")
