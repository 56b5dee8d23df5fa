"""Delivery zones and what an order's delivery is made of.

- ``RegionRate``: what one method (home delivery, stop-desk pickup) costs per
  artisan shipment to a region (Morocco) or wilaya (Algeria), found by the
  region's ISO 3166-2 code, the value addresses store;
- ``StopDesk``: a pickup point of a region, where the customer collects the parcel;
- ``FreeDeliveryThreshold``: from which subtotal an artisan's shipment travels free;
- ``Shipment``: one artisan's part of a placed order (shop/delivery/shipments.py).
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.country import region_name

HOME = "home"
STOP_DESK = "stop-desk"
METHOD_CHOICES = [(HOME, _("Home delivery")), (STOP_DESK, _("Stop-desk pickup"))]


def money_field(verbose_name, **kwargs):
    return models.DecimalField(
        verbose_name,
        max_digits=10,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.00"))],
        **kwargs,
    )


class RegionRateQuerySet(models.QuerySet):
    def for_profile(self, method=None):
        """The rates of the deployment's country profile, in the profile's region order."""
        rates = self.filter(country=settings.HIRFA_PROFILE["country"])
        if method is not None:
            rates = rates.filter(method=method)
        return rates.order_by("region_code", "method")

    def charge_for(self, region_code, method=HOME):
        """The active rate of a method to a region of the profile's country, or None."""
        return self.for_profile(method).filter(region_code=region_code, is_active=True).first()

    def delivered_region_codes(self):
        """Codes of the profile's regions with a method: a home rate, or a stop-desk rate and point."""
        active = self.for_profile().filter(is_active=True)
        home = set(active.filter(method=HOME).values_list("region_code", flat=True))
        points = StopDesk.objects.for_profile().active().values_list("region_code", flat=True)
        pickup = set(
            active.filter(method=STOP_DESK, region_code__in=points).values_list("region_code", flat=True)
        )
        return home | pickup


class RegionRate(models.Model):
    """What one delivery method to one region or wilaya costs per artisan shipment (staff edit it)."""

    country = models.CharField(_("country"), max_length=2, help_text=_("ISO 3166-1 code: MA or DZ."))
    region_code = models.CharField(_("region code"), max_length=6, help_text=_("ISO 3166-2, e.g. MA-07."))
    method = models.CharField(_("delivery method"), max_length=16, choices=METHOD_CHOICES, default=HOME)
    charge = money_field(
        _("delivery charge"), help_text=_("Flat rate per artisan shipment, in the shop's currency.")
    )
    is_active = models.BooleanField(
        _("delivery offered"), default=True, help_text=_("Untick to stop delivering to this region.")
    )

    objects = RegionRateQuerySet.as_manager()

    class Meta:
        verbose_name = _("delivery rate")
        verbose_name_plural = _("delivery rates")
        ordering = ["country", "region_code", "method"]
        constraints = [
            models.UniqueConstraint(
                fields=["country", "region_code", "method"], name="delivery_one_rate_per_region_and_method"
            )
        ]

    def __str__(self):
        return f"{self.region_name} ({self.region_code}, {self.get_method_display()})"

    @property
    def region_name(self):
        """The region's or wilaya's name in the active language."""
        return region_name(self.region_code)


class StopDeskQuerySet(models.QuerySet):
    def for_profile(self):
        return self.filter(country=settings.HIRFA_PROFILE["country"]).order_by("region_code", "name", "pk")

    def active(self):
        return self.filter(is_active=True)


class StopDesk(models.Model):
    """A pickup point (a courier's desk) where customers of its region collect their parcels."""

    country = models.CharField(_("country"), max_length=2, editable=False)
    region_code = models.CharField(_("region or wilaya"), max_length=6)
    name = models.CharField(_("name"), max_length=120)
    address = models.CharField(_("address"), max_length=255)
    town = models.CharField(_("town"), max_length=120)
    opening_hours = models.CharField(_("opening hours"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    is_active = models.BooleanField(
        _("open for pickups"), default=True, help_text=_("Untick to stop offering this point at checkout.")
    )

    objects = StopDeskQuerySet.as_manager()

    class Meta:
        verbose_name = _("stop-desk point")
        verbose_name_plural = _("stop-desk points")
        ordering = ["country", "region_code", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.country = self.region_code.split("-")[0]
        super().save(*args, **kwargs)

    @property
    def region_name(self):
        return region_name(self.region_code)

    @property
    def full_address(self):
        """Street and town, as the checkout and the order pages print it."""
        return ", ".join(part for part in (self.address, self.town) if part)


class FreeDeliveryThreshold(models.Model):
    """An artisan's shipment is delivered free when their part of the basket reaches ``amount``."""

    partner = models.OneToOneField(
        "partner.Partner", on_delete=models.CASCADE, related_name="free_delivery", verbose_name=_("artisan")
    )
    amount = money_field(
        _("free delivery from"), help_text=_("Subtotal of this artisan's products, tax included.")
    )

    class Meta:
        verbose_name = _("free-delivery threshold")
        verbose_name_plural = _("free-delivery thresholds")

    def __str__(self):
        return f"{self.partner} ≥ {self.amount}"


class Shipment(models.Model):
    """One artisan's parcel of an order: their lines, the delivery method and what it costs."""

    order = models.ForeignKey("order.Order", on_delete=models.CASCADE, related_name="shipments")
    partner = models.ForeignKey(
        "partner.Partner", null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("artisan")
    )
    partner_name = models.CharField(_("artisan"), max_length=128)
    method_code = models.CharField(_("delivery method code"), max_length=64)
    method_name = models.CharField(_("delivery method"), max_length=255)
    stop_desk = models.ForeignKey(
        StopDesk,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("stop-desk point"),
    )
    charge = money_field(_("delivery charge"))

    class Meta:
        verbose_name = _("shipment")
        verbose_name_plural = _("shipments")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["order", "partner"], name="delivery_one_shipment_per_artisan")
        ]

    def __str__(self):
        return f"{self.order.number} · {self.partner_name}"
