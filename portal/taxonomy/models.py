"""Crafts, materials and their regions: one row each, named in every language.

One row per craft (not one per locale, as the former wagtail-localize snippet
had): its names and descriptions live in per-language columns
(django-modeltranslation, see translation.py), its slug is shared. A page in
any locale, a facet and a product therefore all point at the same row.
"""

from django.conf import settings
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from .regions import region_code_choices, region_name

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def per_language(field, label):
    """One panel per language for a translated ``field``, Arabic first (settings.LANGUAGES order)."""
    return [
        FieldPanel(f"{field}_{code}", heading=format_lazy("{} ({})", label, LANGUAGE_NAMES[code]))
        for code in settings.MODELTRANSLATION_LANGUAGES
    ]


class Craft(ClusterableModel):
    """A craft (pottery, weaving, jewellery...), with the regions where it is practised."""

    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        help_text=_("Shared by every language, e.g. pottery-ceramics."),
    )
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("short description"), blank=True)

    panels = [
        FieldPanel("slug"),
        MultiFieldPanel(per_language("name", _("name")), heading=_("Name")),
        MultiFieldPanel(per_language("description", _("short description")), heading=_("Short description")),
        InlinePanel("regions", label=_("Regions where it is practised")),
    ]

    class Meta:
        verbose_name = _("craft")
        verbose_name_plural = _("crafts")
        ordering = ["slug"]

    def __str__(self):
        return self.name or self.slug

    def region_codes(self):
        return [region.code for region in self.regions.all()]


class CraftRegion(Orderable):
    """A region or wilaya where a craft is practised, stored as its ISO 3166-2 code."""

    craft = ParentalKey(Craft, on_delete=models.CASCADE, related_name="regions")
    code = models.CharField(_("region or wilaya"), max_length=6, choices=region_code_choices, db_index=True)

    panels = [FieldPanel("code")]

    class Meta(Orderable.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = [models.UniqueConstraint(fields=["craft", "code"], name="taxonomy_craft_region_once")]

    def __str__(self):
        return region_name(self.code)


class Material(models.Model):
    """A material a product is made of (clay, silver, wool, argan oil...)."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name"), max_length=120)

    panels = [FieldPanel("slug"), MultiFieldPanel(per_language("name", _("name")), heading=_("Name"))]

    class Meta:
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        ordering = ["slug"]

    def __str__(self):
        return self.name or self.slug


class PageCraft(Orderable):
    """A page's link to a craft, for every page type (one table, a ParentalKey to wagtailcore.Page).

    Not translatable: wagtail-localize synchronises the link to every
    translation of the page, and templates show ``craft.name`` in the reader's
    language.
    """

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="craft_links")
    craft = models.ForeignKey(
        Craft, on_delete=models.CASCADE, related_name="page_links", verbose_name=_("craft")
    )

    panels = [FieldPanel("craft")]

    class Meta(Orderable.Meta):
        verbose_name = _("page craft")
        verbose_name_plural = _("page crafts")

    def __str__(self):
        return str(self.craft)
