"""Who runs an event and who shows at it: organisations (a translatable snippet) and exhibitors.

An event links organisations as organiser or partner, and artisans'
storefronts (shop.artisans) as exhibitors. Both links are orderable inlines of
the event; wagtail-localize copies them to its translations, and the page
shows each organisation in the visitor's language (``Organisation.localized``).
"""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """A ministry, a chamber of crafts, a house of crafts, a sponsor..."""

    name = models.CharField(_("name"), max_length=255)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("logo"), FieldPanel("website")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("logo"), SynchronizedField("website")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class EventOrganisation(Orderable):
    """An organisation's role in one event."""

    class Role(models.TextChoices):
        ORGANISER = "organiser", _("Organiser")
        PARTNER = "partner", _("Partner")

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="organisations")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="event_links", verbose_name=_("organisation")
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.ORGANISER)

    panels = [FieldPanel("organisation"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("organiser or partner")
        verbose_name_plural = _("organisers and partners")


class EventExhibitor(Orderable):
    """An artisan (their storefront on the shop) exhibiting at an event."""

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="exhibitors")
    artisan = models.ForeignKey(
        "artisans.ArtisanProfile",
        on_delete=models.CASCADE,
        related_name="event_links",
        verbose_name=_("artisan's storefront"),
    )
    stand = models.CharField(_("stand"), max_length=40, blank=True, help_text=_("e.g. tent 12"))

    panels = [FieldPanel("artisan"), FieldPanel("stand")]

    class Meta(Orderable.Meta):
        verbose_name = _("exhibitor")
        verbose_name_plural = _("exhibitors")

    @property
    def storefront_url(self):
        return reverse("artisans:storefront", kwargs={"slug": self.artisan.slug})
