"""Master artisans (maâlem) and their apprentices: one profile page each, with the lineage between them.

Lineage rows (``Apprenticeship``) belong to the master's page and point at the
apprentice's page; both profiles show them (the apprentice's as "apprentice
of"). The links are synchronised to every translation, so they point at the
source-language pages: templates show ``.localized`` (the reader's language).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.blocks import BodyBlock
from portal.taxonomy.regions import region_code_choices, region_name

from .structured import person


class MasterIndexPage(Page):
    """Lists the master artisans and apprentices of its locale."""

    show_in_menus_default = True  # listed in the header's sections (portal/core/templatetags/hirfa_nav.py)
    template = "pages/master_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["masters.MasterArtisanPage"]
    max_count_per_parent = 1

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("slug"),
        TranslatableField("intro"),
    ]

    class Meta:
        verbose_name = _("master artisans index")
        verbose_name_plural = _("master artisans indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        people = (
            MasterArtisanPage.objects.child_of(self)
            .live()
            .public()
            .select_related("craft", "portrait")
            .order_by("rank", "title")
        )
        context["people"] = people
        return context


class MasterArtisanPage(Page):
    """A master artisan's (or an apprentice's) profile."""

    class Rank(models.TextChoices):
        MASTER = "master", _("Master artisan (maâlem)")
        APPRENTICE = "apprentice", _("Apprentice")

    template = "pages/master_artisan_page.html"
    parent_page_types = ["masters.MasterIndexPage"]
    subpage_types = []

    # --- Who
    rank = models.CharField(_("rank"), max_length=12, choices=Rank.choices, default=Rank.MASTER)
    portrait = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("portrait"),
    )
    craft = models.ForeignKey(
        "taxonomy.Craft", on_delete=models.PROTECT, related_name="masters", verbose_name=_("craft")
    )
    region = models.CharField(_("region or wilaya"), max_length=6, choices=region_code_choices, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    summary = models.TextField(_("summary"), blank=True, help_text=_("One sentence shown in lists."))
    biography = StreamField(BodyBlock(), verbose_name=_("biography"), blank=True)

    # --- Honour
    year_honoured = models.PositiveSmallIntegerField(_("year honoured"), null=True, blank=True)
    programme = models.ForeignKey(
        "programme.ProgrammePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("programme of honour"),
    )

    # --- Shop
    storefront = models.ForeignKey(
        "artisans.ArtisanProfile",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("storefront"),
        help_text=_("When the artisan sells on Hirfa: their storefront."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("rank"),
                FieldPanel("portrait"),
                FieldPanel("craft"),
                FieldRowPanel([FieldPanel("region"), FieldPanel("city")]),
            ],
            heading=_("Who"),
        ),
        FieldPanel("summary"),
        FieldPanel("biography"),
        MultiFieldPanel([FieldPanel("year_honoured"), FieldPanel("programme")], heading=_("Honour")),
        FieldPanel("storefront"),
        InlinePanel("apprentice_links", label=_("Apprentices")),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("biography")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("slug"),
        SynchronizedField("rank"),
        SynchronizedField("portrait"),
        SynchronizedField("craft"),
        SynchronizedField("region"),
        TranslatableField("city"),
        TranslatableField("summary"),
        TranslatableField("biography"),
        SynchronizedField("year_honoured"),
        SynchronizedField("programme"),
        SynchronizedField("storefront"),
        SynchronizedField("apprentice_links"),
    ]

    class Meta:
        verbose_name = _("master artisan")
        verbose_name_plural = _("master artisans")

    @property
    def region_name(self):
        return region_name(self.region) if self.region else ""

    def apprentices(self):
        """The apprentices' profiles, in the reader's language when translated."""
        links = self.apprentice_links.select_related("apprentice")
        return [(link, link.apprentice.localized) for link in links if link.apprentice.live]

    def masters(self):
        """The profiles of whom this artisan is an apprentice (a link names any translation of this page)."""
        links = Apprenticeship.objects.filter(
            apprentice__translation_key=self.translation_key
        ).select_related("master")
        seen, result = set(), []
        for link in links.order_by("master__locale_id", "sort_order"):
            if link.master.translation_key not in seen and link.master.live:
                seen.add(link.master.translation_key)
                result.append((link, link.master.localized))
        return result

    def craft_page(self):
        """The craft's registry page in this profile's language, if there is one."""
        return self.craft.registry_pages.live().filter(locale_id=self.locale_id).first()

    def storefront_url(self):
        if self.storefront_id and self.storefront.is_active:
            return self.storefront.get_absolute_url()
        return ""

    @property
    def og_image(self):
        return self.portrait

    @property
    def og_description(self):
        return self.summary

    def structured_data(self, request):
        return person(self, request)


class Apprenticeship(Orderable):
    """Lineage: the master (this page) trained the apprentice (another profile)."""

    master = ParentalKey(MasterArtisanPage, on_delete=models.CASCADE, related_name="apprentice_links")
    apprentice = models.ForeignKey(
        MasterArtisanPage, on_delete=models.CASCADE, related_name="master_links", verbose_name=_("apprentice")
    )
    since = models.PositiveSmallIntegerField(_("apprentice since (year)"), null=True, blank=True)

    panels = [FieldPanel("apprentice"), FieldPanel("since")]

    class Meta(Orderable.Meta):
        verbose_name = _("apprentice")
        verbose_name_plural = _("apprentices")
        constraints = [
            models.UniqueConstraint(fields=["master", "apprentice"], name="masters_apprentice_once")
        ]
