"""Course pages: an index of upcoming and past courses, and one page per course with its sign-up form."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

LANGUAGE_CHOICES = [(code, name) for code, name in settings.LANGUAGES]


class CourseIndexPage(Page):
    """Lists the courses of its locale: upcoming first (soonest first), then past ones (latest first)."""

    show_in_menus_default = True  # listed in the header's sections (portal/core/templatetags/hirfa_nav.py)
    template = "pages/course_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["training.CoursePage"]
    max_count_per_parent = 1

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = [TranslatableField("title"), TranslatableField("slug"), TranslatableField("intro")]

    class Meta:
        verbose_name = _("courses index")
        verbose_name_plural = _("courses indexes")

    def courses(self):
        return CoursePage.objects.child_of(self).live().public()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        courses = self.courses()
        context["upcoming_courses"] = courses.filter(end_date__gte=today).order_by("start_date", "pk")
        context["past_courses"] = courses.filter(end_date__lt=today).order_by("-start_date", "-pk")
        return context


class CoursePage(Page):
    """One training course: when, where, who teaches, what it costs, and online registration."""

    template = "pages/course_page.html"
    parent_page_types = ["training.CourseIndexPage"]
    subpage_types = []

    # --- What
    intro = models.TextField(_("introduction"), help_text=_("One or two sentences shown in lists."))
    description = RichTextField(_("description"), blank=True)
    trainer = models.CharField(_("trainer"), max_length=200, blank=True)
    organiser = models.CharField(
        _("organiser"), max_length=255, help_text=_("For example the chamber of crafts' training school.")
    )
    language = models.CharField(_("language of instruction"), max_length=8, choices=LANGUAGE_CHOICES)
    certificate_offered = models.BooleanField(_("certificate on completion"), default=True)

    # --- When and where
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    venue = models.CharField(_("venue"), max_length=255)
    city = models.CharField(_("city"), max_length=120, blank=True)

    # --- Places and price
    capacity = models.PositiveIntegerField(
        _("places"),
        validators=[MinValueValidator(1)],
        help_text=_("Registrations past this go to the waiting list."),
    )
    is_free = models.BooleanField(_("free of charge"), default=True)
    price = models.DecimalField(
        _("price"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("In the country's currency; leave empty for a free course."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("venue"),
                FieldPanel("city"),
            ],
            heading=_("When and where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("trainer"),
                FieldPanel("organiser"),
                FieldPanel("language"),
                FieldPanel("certificate_offered"),
            ],
            heading=_("Teaching"),
        ),
        MultiFieldPanel(
            [FieldPanel("capacity"), FieldRowPanel([FieldPanel("is_free"), FieldPanel("price")])],
            heading=_("Places and price"),
        ),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        TranslatableField("description"),
        TranslatableField("trainer"),
        TranslatableField("organiser"),
        TranslatableField("venue"),
        TranslatableField("city"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("language"),
        SynchronizedField("certificate_offered"),
        SynchronizedField("capacity"),
        SynchronizedField("is_free"),
        SynchronizedField("price"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("description")]

    class Meta:
        verbose_name = _("training course")
        verbose_name_plural = _("training courses")

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last day cannot be before the first day.")
        if not self.is_free and not self.price:
            errors["price"] = _("Give a price, or tick “free of charge”.")
        if errors:
            raise ValidationError(errors)

    # --- Registration

    @property
    def source_course(self):
        """The course registrations belong to: the original page, whichever translation a visitor used."""
        if not self.pk:
            return self
        first = CoursePage.objects.filter(translation_key=self.translation_key).order_by("pk").first()
        return first or self

    @property
    def registration_open(self):
        return timezone.localdate() <= self.start_date

    def places_left(self):
        from .registrations import Registration

        taken = Registration.objects.filter(
            course=self.source_course, status=Registration.Status.CONFIRMED
        ).count()
        return max(self.capacity - taken, 0)

    def price_display(self):
        from portal.core.money import format_price

        return "" if self.is_free or self.price is None else format_price(self.price)

    def language_name(self):
        from django.utils.translation import get_language_info

        return get_language_info(self.language)["name_translated"]

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            from .views import register_from_page

            return register_from_page(self, request)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from .forms import RegistrationForm

        context = super().get_context(request, *args, **kwargs)
        context.setdefault("form", kwargs.get("form") or RegistrationForm())
        context["places_left"] = self.places_left()
        return context

    # --- Calendar and structured data (shared interfaces)

    def ical_events(self, request):
        """One all-day iCalendar event spanning the course (DTEND is exclusive, as RFC 5545 says)."""
        import icalendar

        event = icalendar.Event()
        event.add("uid", f"course-{self.translation_key}-{self.locale.language_code}@hirfa")
        event.add("summary", self.title)
        event.add("dtstart", self.start_date)
        event.add("dtend", self.end_date + datetime.timedelta(days=1))
        event.add("dtstamp", self.last_published_at or timezone.now())
        event.add("location", ", ".join(part for part in (self.venue, self.city) if part))
        event.add("description", self.intro)
        url = self.get_full_url(request)
        if url:
            event.add("url", url)
        if self.organiser:
            event.add("organizer", "mailto:noreply@hirfa.invalid", parameters={"cn": self.organiser})
        return [event]

    def structured_data(self, request):
        """schema.org Course with one CourseInstance (dates, place, trainer) and its offer."""
        instance = {
            "@type": "CourseInstance",
            "courseMode": "onsite",
            "startDate": self.start_date.isoformat(),
            "endDate": self.end_date.isoformat(),
            "location": {"@type": "Place", "name": self.venue, "address": self.city or self.venue},
        }
        if self.trainer:
            instance["instructor"] = {"@type": "Person", "name": self.trainer}
        data = {
            "@context": "https://schema.org",
            "@type": "Course",
            "name": self.title,
            "description": self.intro,
            "url": self.get_full_url(request),
            "inLanguage": self.language,
            "provider": {"@type": "Organization", "name": self.organiser},
            "hasCourseInstance": [instance],
            "offers": {
                "@type": "Offer",
                "price": "0" if self.is_free or self.price is None else str(self.price),
                "priceCurrency": settings.HIRFA_PROFILE["currency"],
                "category": "Free" if self.is_free else "Paid",
            },
        }
        if self.certificate_offered:
            data["educationalCredentialAwarded"] = str(_("Certificate"))
        return data
