"""Delivery zones: a flat home-delivery rate per region (Morocco) or wilaya (Algeria).

A rate is found by the region's ISO 3166-2 code, the value addresses store;
its name comes from the country module in the reader's language.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.country import region_name


class RegionRateQuerySet(models.QuerySet):
    def for_profile(self):
        """The rates of the deployment's country profile, in the profile's region order."""
        return self.filter(country=settings.HIRFA_PROFILE["country"]).order_by("region_code")

    def charge_for(self, region_code):
        """The active rate of a region of the profile's country, or None."""
        return self.for_profile().filter(region_code=region_code, is_active=True).first()


class RegionRate(models.Model):
    """What home delivery to one region or wilaya costs, edited by staff in the shop dashboard."""

    country = models.CharField(_("country"), max_length=2, help_text=_("ISO 3166-1 code: MA or DZ."))
    region_code = models.CharField(_("region code"), max_length=6, help_text=_("ISO 3166-2, e.g. MA-07."))
    charge = models.DecimalField(
        _("delivery charge"),
        max_digits=10,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.00"))],
        help_text=_("Flat rate per order, in the shop's currency."),
    )
    is_active = models.BooleanField(
        _("delivery offered"), default=True, help_text=_("Untick to stop delivering to this region.")
    )

    objects = RegionRateQuerySet.as_manager()

    class Meta:
        verbose_name = _("delivery rate")
        verbose_name_plural = _("delivery rates")
        ordering = ["country", "region_code"]
        constraints = [
            models.UniqueConstraint(fields=["country", "region_code"], name="delivery_one_rate_per_region")
        ]

    def __str__(self):
        return f"{self.region_name} ({self.region_code})"

    @property
    def region_name(self):
        """The region's or wilaya's name in the active language."""
        return region_name(self.region_code)
