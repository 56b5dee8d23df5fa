"""The craft registry: an index per locale and one page per taxonomy craft under it.

A ``CraftPage`` points at the ONE craft taxonomy (``portal.taxonomy.Craft``):
its regions are the craft's ``CraftRegion`` rows, its name the craft's name in
the reader's language. A craft has one registry page per locale (the
translations of a page share its craft); ``clean`` refuses a second one.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.blocks import BodyBlock

from .risk import RiskStatus


class CraftIndexPage(Page):
    """The registry: the craft pages of its locale, filterable by risk status and region, exportable."""

    show_in_menus_default = True  # listed in the header's sections (portal/core/templatetags/hirfa_nav.py)
    template = "pages/craft_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["crafts.CraftPage"]
    max_count_per_parent = 1
    per_page = 12

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
        verbose_name = _("craft registry")
        verbose_name_plural = _("craft registries")

    def crafts(self):
        from .listing import registry_pages

        return registry_pages(self)

    def get_context(self, request, *args, **kwargs):
        from .listing import registry_context

        context = super().get_context(request, *args, **kwargs)
        context.update(registry_context(self, request))
        return context


class CraftPage(Page):
    """One craft of the registry: what it is, how it is made, where, how much at risk, who keeps it."""

    template = "pages/craft_page.html"
    parent_page_types = ["crafts.CraftIndexPage"]
    subpage_types = []

    # --- The craft
    craft = models.ForeignKey(
        "taxonomy.Craft",
        on_delete=models.PROTECT,
        related_name="registry_pages",
        verbose_name=_("craft"),
        help_text=_("The craft of the taxonomy this page describes (one page per craft and language)."),
    )
    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences shown in lists."))
    description = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    techniques = StreamField(BodyBlock(), verbose_name=_("techniques"), blank=True)
    materials = ParentalManyToManyField("taxonomy.Material", blank=True, verbose_name=_("materials"))

    # --- Risk
    risk_status = models.CharField(
        _("risk status"), max_length=24, choices=RiskStatus.choices, default=RiskStatus.ACTIVE, db_index=True
    )
    risk_year = models.PositiveSmallIntegerField(_("year assessed"), null=True, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("craft"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("risk_status"), FieldPanel("risk_year")])], heading=_("Risk")
        ),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("techniques"),
        FieldPanel("materials"),
        InlinePanel("gallery_images", label=_("Photos")),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("description")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("slug"),
        SynchronizedField("craft"),
        SynchronizedField("risk_status"),
        SynchronizedField("risk_year"),
        SynchronizedField("materials"),
        TranslatableField("summary"),
        TranslatableField("description"),
        TranslatableField("techniques"),
        TranslatableField("gallery_images"),
    ]

    class Meta:
        verbose_name = _("craft page")
        verbose_name_plural = _("craft pages")

    def clean(self):
        super().clean()
        if not self.craft_id or not self.locale_id:
            return
        others = CraftPage.objects.filter(craft_id=self.craft_id, locale_id=self.locale_id)
        if self.pk:
            others = others.exclude(pk=self.pk)
        if others.exists():
            raise ValidationError(
                {"craft": _("This craft already has a page in this language's registry: edit that page.")}
            )

    @property
    def risk_label(self):
        return self.get_risk_status_display()

    def first_photo(self):
        photos = list(self.gallery_images.all())
        return photos[0] if photos else None

    @property
    def og_image(self):
        photo = self.first_photo()
        return photo.image if photo else None

    @property
    def og_description(self):
        return self.summary

    def get_context(self, request, *args, **kwargs):
        from .listing import craft_context

        context = super().get_context(request, *args, **kwargs)
        context.update(craft_context(self))
        return context


class CraftPhoto(TranslatableMixin, Orderable):
    """A photo of the craft's gallery, with its caption."""

    page = ParentalKey(CraftPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.CASCADE, related_name="+", verbose_name=_("image")
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]
    translatable_fields = [SynchronizedField("image"), TranslatableField("caption")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
