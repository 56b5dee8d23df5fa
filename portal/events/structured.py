"""An event as schema.org JSON-LD (Event, with an eventSchedule for a series) and as iCalendar VEVENTs."""

import datetime

import icalendar
from django.conf import settings
from django.utils import timezone

from .series import SCHEMA_DAYS


def region_country(code):
    return code.split("-")[0] if code else ""


class EventStructuredDataMixin:
    @property
    def og_image(self):
        return None

    @property
    def og_description(self):
        return self.intro

    # --- schema.org -------------------------------------------------------------------------------------
    def structured_data(self, request):
        address = {"@type": "PostalAddress", "addressLocality": self.city}
        if self.region:
            address["addressRegion"] = self.region
            address["addressCountry"] = region_country(self.region)
        place = {"@type": "Place", "name": self.venue, "address": address}
        if self.has_position:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        organisers, partners = self.organisations_by_role()
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.intro,
            "startDate": self.start_date.isoformat(),
            "endDate": self.end_date.isoformat(),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
            "location": place,
        }
        organizer = [
            {"@type": "Organization", "name": org.name, **({"url": org.website} if org.website else {})}
            for org in organisers
        ]
        if not organizer and self.organiser:
            organizer = [{"@type": "Organization", "name": self.organiser}]
        if organizer:
            data["organizer"] = organizer
        if partners:
            data["sponsor"] = [{"@type": "Organization", "name": org.name} for org in partners]
        if self.is_series:
            schedule = {
                "@type": "Schedule",
                "repeatFrequency": "P1W",
                "byDay": [f"https://schema.org/{SCHEMA_DAYS[code]}" for code in self.weekdays],
                "startDate": self.start_date.isoformat(),
                "endDate": self.end_date.isoformat(),
                "scheduleTimezone": settings.TIME_ZONE,
            }
            if self.start_time:
                schedule["startTime"] = self.start_time.isoformat("minutes")
            if self.end_time:
                schedule["endTime"] = self.end_time.isoformat("minutes")
            data["eventSchedule"] = schedule
        return data

    # --- iCalendar (the shared calendar interface) ---------------------------------------------------------
    def ical_events(self, request):
        """One VEVENT; a series is one VEVENT with a weekly RRULE until its last day."""
        event = icalendar.Event()
        host = request.get_host().split(":")[0] if request is not None else "hirfa"
        event.add("uid", f"event-{self.translation_key}-{self.locale.language_code}@{host}")
        event.add("summary", self.title)
        event.add("description", self.intro)
        event.add("location", ", ".join(part for part in (self.venue, self.city) if part))
        event.add("url", self.get_full_url(request))
        event.add("dtstamp", self.last_published_at or timezone.now())
        if self.has_position:
            event.add("geo", (float(self.latitude), float(self.longitude)))
        if self.is_series:
            tz = timezone.get_default_timezone()
            start_time = self.start_time or datetime.time(0, 0)
            start = datetime.datetime.combine(self.start_date, start_time, tzinfo=tz)
            if self.end_time:
                end = datetime.datetime.combine(self.start_date, self.end_time, tzinfo=tz)
            else:
                end = start + datetime.timedelta(hours=1)
            until = datetime.datetime.combine(self.end_date, datetime.time(23, 59, 59), tzinfo=tz)
            event.add("dtstart", start)
            event.add("dtend", end)
            event.add("rrule", {"freq": "weekly", "byday": list(self.weekdays), "until": until})
        else:
            event.add("dtstart", self.start_date)
            event.add("dtend", self.end_date + datetime.timedelta(days=1))  # DTEND of a date is exclusive
        return [event]
