"""Events: craft weeks and fairs, with their dates, venue, key figures and programme.

An event may be a recurring series (``weekdays`` set: see series.py), have a
map position, organisers and partners, and exhibitors (organisations.py).
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.core.blocks import BodyBlock, KeyFigureBlock, ProgrammeItemBlock
from portal.taxonomy.regions import region_code_choices

from .display import EventDisplayMixin
from .organisations import EventExhibitor, EventOrganisation, Organisation  # noqa: F401  (models of this app)
from .series import WeekdaysField, next_occurrences
from .structured import EventStructuredDataMixin


class EventIndexPage(Page):
    """Lists the events of its locale: upcoming ones (soonest first), then past editions (latest first)."""

    show_in_menus_default = True  # listed in the header's sections (portal/core/templatetags/hirfa_nav.py)
    template = "pages/event_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("events index")
        verbose_name_plural = _("events indexes")

    def events(self):
        return EventPage.objects.child_of(self).live().public().order_by("-start_date", "-pk")

    def split_events(self, today=None):
        """``(upcoming, past)``: a series counts as upcoming while it has an occurrence left."""
        today = today or timezone.localdate()
        upcoming, past = [], []
        for event in self.events():
            event.next_date = event.next_date_from(today)
            (upcoming if event.next_date else past).append(event)
        upcoming.sort(key=lambda event: (event.next_date, event.pk))
        return upcoming, past

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["upcoming"], context["past"] = self.split_events()
        return context


class EventPage(EventDisplayMixin, EventStructuredDataMixin, Page):
    """A craft week, a fair, an exhibition, or a recurring series such as a weekly market."""

    template = "pages/event_page.html"
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    # --- When and where
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"), help_text=_("For a series: the last day it may take place."))
    venue = models.CharField(_("venue"), max_length=200)
    city = models.CharField(_("city"), max_length=120)
    region = models.CharField(
        _("region or wilaya"), max_length=6, blank=True, choices=region_code_choices, db_index=True
    )
    organiser = models.CharField(
        _("organiser"), max_length=255, blank=True, help_text=_("Free text; prefer the organisers below.")
    )

    # --- Recurring series
    weekdays = WeekdaysField(
        _("repeats every week on"), help_text=_("Leave empty for an event that is not a series.")
    )
    start_time = models.TimeField(_("starts at"), null=True, blank=True)
    end_time = models.TimeField(_("ends at"), null=True, blank=True)

    # --- Map position (shown as coordinates and a link; no outside map tiles by default)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-90)), MaxValueValidator(Decimal(90))],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-180)), MaxValueValidator(Decimal(180))],
    )

    # --- Content
    intro = models.TextField(_("introduction"), help_text=_("One or two sentences shown in lists."))
    key_figures = StreamField(
        [("figure", KeyFigureBlock())], verbose_name=_("key figures"), blank=True, max_num=8
    )
    programme = StreamField([("item", ProgrammeItemBlock())], verbose_name=_("programme"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("venue"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("region")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("When and where"),
        ),
        MultiFieldPanel(
            [FieldPanel("weekdays"), FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")])],
            heading=_("Recurring series"),
            classname="collapsed",
        ),
        FieldPanel("intro"),
        FieldPanel("key_figures"),
        FieldPanel("programme"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                InlinePanel("organisations", label=_("Organisers and partners")),
                InlinePanel("exhibitors", label=_("Exhibitors")),
            ],
            heading=_("Organisers, partners and exhibitors"),
        ),
        InlinePanel("craft_links", label=_("Crafts")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    override_translatable_fields = [SynchronizedField("weekdays")]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last day cannot be before the first day.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude" if self.longitude is None else "latitude"] = _(
                "Give both the latitude and the longitude, or neither."
            )
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = _("The end time must be after the start time.")
        if errors:
            raise ValidationError(errors)

    # --- Dates
    @property
    def is_series(self):
        return bool(self.weekdays)

    def next_dates(self, today=None, count=5):
        return next_occurrences(self, today or timezone.localdate(), count)

    def next_date_from(self, today):
        """The next day it takes place from ``today`` on (a one-off event: today while it runs), or None."""
        if self.is_series:
            dates = next_occurrences(self, today, 1)
            return dates[0] if dates else None
        if self.end_date >= today:
            return max(self.start_date, today)
        return None

    @property
    def has_position(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def ics_url(self):
        """``<page url>calendar.ics`` (portal.feeds.calendar.page_ics: Wagtail routes only slashed paths)."""
        return f"{self.url}calendar.ics"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        context["next_dates"] = self.next_dates(today) if self.is_series else []
        context["organisers"], context["partners"] = self.organisations_by_role()
        context["exhibitor_links"] = [
            link for link in self.exhibitors.select_related("artisan") if link.artisan.is_active
        ]
        context["map"] = self.map_context() if self.has_position else None
        return context
