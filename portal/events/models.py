"""Events: craft weeks and fairs, with their dates, venue, key figures and programme."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.core.blocks import BodyBlock, KeyFigureBlock, ProgrammeItemBlock


class EventIndexPage(Page):
    """Lists the events of its locale, the latest first."""

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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["events"] = self.events()
        return context


class EventPage(Page):
    """A craft week, a fair or an exhibition."""

    template = "pages/event_page.html"
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    # --- When and where
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    venue = models.CharField(_("venue"), max_length=200)
    city = models.CharField(_("city"), max_length=120)
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)

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
                FieldPanel("city"),
                FieldPanel("organiser"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("intro"),
        FieldPanel("key_figures"),
        FieldPanel("programme"),
        FieldPanel("body"),
        InlinePanel("craft_links", label=_("Crafts")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day cannot be before the first day.")})

