"""The forked catalogue: products and categories tied to the shared craft taxonomy (portal.taxonomy).

``Product.crafts`` and ``Product.materials`` are what facets and craft pages
read. Oscar's categories stay the shop's browsing tree; each is tied to the
craft it shows (``Category.craft``), so no second craft vocabulary exists.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.abstract_models import AbstractCategory, AbstractProduct


class Product(AbstractProduct):
    crafts = models.ManyToManyField(
        "taxonomy.Craft", blank=True, related_name="products", verbose_name=_("crafts")
    )
    materials = models.ManyToManyField(
        "taxonomy.Material", blank=True, related_name="products", verbose_name=_("materials")
    )


class Category(AbstractCategory):
    craft = models.ForeignKey(
        "taxonomy.Craft",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="categories",
        verbose_name=_("craft"),
        help_text=_("The craft this branch of the shop shows."),
    )


from oscar.apps.catalogue.models import *  # noqa: E402, F403
