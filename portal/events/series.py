"""Recurring series: one event page with a weekly schedule (the weekly market in 30 tents).

A series is an event whose ``weekdays`` are set: it takes place on those days
of every week from its first day to its last day, between its start and end
times. Occurrences are computed with dateutil.rrule, never stored.
"""

import datetime

from dateutil import rrule
from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

# iCalendar / schema.org day codes, Monday first (dateutil's order).
WEEKDAYS = [
    ("MO", _("Monday")),
    ("TU", _("Tuesday")),
    ("WE", _("Wednesday")),
    ("TH", _("Thursday")),
    ("FR", _("Friday")),
    ("SA", _("Saturday")),
    ("SU", _("Sunday")),
]
CODES = [code for code, _label in WEEKDAYS]
SCHEMA_DAYS = dict(
    zip(CODES, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], strict=True)
)


class WeekdaysField(models.CharField):
    """Days of the week stored as "MO,SA"; a list of codes in Python, check boxes in forms."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return [code for code in CODES if code in value]
        return [code for code in CODES if code in (value or "").split(",")]

    def get_prep_value(self, value):
        return ",".join(self.to_python(value))

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        unknown = set(value or []) - set(CODES)
        if unknown:
            raise forms.ValidationError(_("Unknown day of the week."))

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=WEEKDAYS,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


def occurrence_rule(event):
    """The dateutil rrule of a series (``None`` for a one-off event)."""
    if not event.weekdays:
        return None
    start = datetime.datetime.combine(event.start_date, event.start_time or datetime.time(0, 0))
    until = datetime.datetime.combine(event.end_date, datetime.time(23, 59, 59))
    days = [getattr(rrule, code) for code in event.weekdays]
    return rrule.rrule(rrule.WEEKLY, byweekday=days, dtstart=start, until=until)


def next_occurrences(event, today, count=5):
    """The next ``count`` dates of a series from ``today`` on (today included)."""
    rule = occurrence_rule(event)
    if rule is None:
        return []
    after = datetime.datetime.combine(today, datetime.time(0, 0))
    dates = []
    for moment in rule.xafter(after, count=count, inc=True):
        dates.append(moment.date())
    return dates
