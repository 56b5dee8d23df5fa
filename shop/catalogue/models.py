"""The forked catalogue: products and categories tied to the shared craft taxonomy (portal.taxonomy).

``Product.crafts`` and ``Product.materials`` are what facets and craft pages
read. ``dimensions`` and ``lead_time_days`` (made to order: days until the
piece is ready) show on the product page. ``maker`` is the partner who listed
the product: it keeps a product with no stock record of its own yet (a parent
waiting for its variants) reachable by that artisan (shop/dashboard/access.py).
Oscar's categories stay the shop's browsing tree; each is tied to the
craft it shows (``Category.craft``), so no second craft vocabulary exists.
"""

from django.core.validators import MinValueValidator
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
    dimensions = models.CharField(
        _("Dimensions"), max_length=80, blank=True, help_text=_("For example: 120 × 80 cm.")
    )
    lead_time_days = models.PositiveSmallIntegerField(
        _("Lead time (days)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Made to order: how many days you need to make the piece."),
    )
    maker = models.ForeignKey(
        "partner.Partner",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="listed_products",
        verbose_name=_("Listed by"),
    )

    @property
    def made_to_order(self):
        product_class = self.get_product_class()
        return product_class is not None and not product_class.track_stock

    def get_lead_time_days(self):
        """The variant's lead time, else its parent's."""
        if self.lead_time_days is None and self.parent_id:
            return self.parent.lead_time_days
        return self.lead_time_days

    def get_dimensions(self):
        if not self.dimensions and self.parent_id:
            return self.parent.dimensions
        return self.dimensions


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
