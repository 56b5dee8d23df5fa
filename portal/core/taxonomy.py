"""The shared craft taxonomy: translatable snippets that pages (and later products) point to."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Craft(TranslatableMixin, index.Indexed, models.Model):
    """A craft (pottery, weaving, jewellery...): one row per locale, kept in step by wagtail-localize."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=True)
    description = models.TextField(_("short description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # wagtail-localize: the name and description are translated, the slug is shared.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("craft")
        verbose_name_plural = _("crafts")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PageCraft(Orderable):
    """A page's link to a craft (abstract: each page type has its own table).

    The link is synchronised to every translation of the page; templates show
    ``craft.localized``, the craft in the reader's locale.
    """

    craft = models.ForeignKey(Craft, on_delete=models.CASCADE, related_name="+", verbose_name=_("craft"))
    panels = [FieldPanel("craft")]

    class Meta(Orderable.Meta):
        abstract = True
