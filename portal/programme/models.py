"""The endangered-crafts programme: one page per edition (year), under an index per locale.

An edition covers crafts (the shared ``PageCraft`` links, ``craft_links``) in
regions (ISO 3166-2 codes), lists its actions and budget lines, and the
master artisans it honoured, each with the event where they were honoured
(e.g. the 8th meeting on preserving endangered crafts, Marrakech craft week).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.blocks import BodyBlock
from portal.taxonomy.regions import region_code_choices, region_name

from .blocks import ActionBlock, BudgetLineBlock

PAGE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("slug"),
]


class ProgrammeIndexPage(Page):
    """Lists the editions of the programme, the latest year first."""

    show_in_menus_default = True  # listed in the header's sections (portal/core/templatetags/hirfa_nav.py)
    template = "pages/programme_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["programme.ProgrammePage"]
    max_count_per_parent = 1

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = PAGE_FIELDS + [TranslatableField("intro")]

    class Meta:
        verbose_name = _("endangered-crafts programme index")
        verbose_name_plural = _("endangered-crafts programme indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["editions"] = ProgrammePage.objects.child_of(self).live().public().order_by("-year", "-pk")
        return context


class ProgrammePage(Page):
    """One edition of the programme, e.g. the 2018 programme."""

    template = "pages/programme_page.html"
    parent_page_types = ["programme.ProgrammeIndexPage"]
    subpage_types = []

    year = models.PositiveSmallIntegerField(_("year"))
    intro = models.TextField(_("introduction"), help_text=_("One or two sentences shown in lists."))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    actions = StreamField([("action", ActionBlock())], verbose_name=_("actions"), blank=True)
    budget = StreamField([("line", BudgetLineBlock())], verbose_name=_("budget lines"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("year"),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("craft_links", label=_("Crafts covered")),
        InlinePanel("regions", label=_("Regions")),
        FieldPanel("actions"),
        FieldPanel("budget"),
        InlinePanel("honoured_masters", label=_("Honoured master artisans")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    translatable_fields = PAGE_FIELDS + [
        SynchronizedField("year"),
        TranslatableField("intro"),
        TranslatableField("body"),
        TranslatableField("actions"),
        TranslatableField("budget"),
        SynchronizedField("craft_links"),
        SynchronizedField("regions"),
        TranslatableField("honoured_masters"),
    ]

    class Meta:
        verbose_name = _("programme edition")
        verbose_name_plural = _("programme editions")

    @property
    def og_description(self):
        return self.intro

    def region_names(self):
        return [region_name(region.code) for region in self.regions.all()]

    def honoured(self):
        """``(honour, master page, event page)`` in the reader's language, when translated."""
        rows = self.honoured_masters.select_related("master", "event")
        return [
            (row, row.master.localized, row.event.localized if row.event_id else None)
            for row in rows
            if row.master.live
        ]


class ProgrammeRegion(Orderable):
    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="regions")
    code = models.CharField(_("region or wilaya"), max_length=6, choices=region_code_choices)

    panels = [FieldPanel("code")]

    class Meta(Orderable.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class HonouredMaster(TranslatableMixin, Orderable):
    """A master artisan the edition honoured, where, and why."""

    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="honoured_masters")
    master = models.ForeignKey(
        "masters.MasterArtisanPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("master artisan"),
    )
    event = models.ForeignKey(
        "events.EventPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("honoured at"),
        help_text=_("The event where the master was honoured, e.g. a craft week."),
    )
    note = models.CharField(
        _("note"), max_length=255, blank=True, help_text=_("e.g. 8th meeting on endangered crafts.")
    )

    panels = [FieldPanel("master"), FieldPanel("event"), FieldPanel("note")]
    translatable_fields = [SynchronizedField("master"), SynchronizedField("event"), TranslatableField("note")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("honoured master artisan")
        verbose_name_plural = _("honoured master artisans")
