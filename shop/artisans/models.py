"""The artisan's public profile (storefront) and the messages visitors send through it.

One profile per Oscar ``Partner`` (a OneToOne, not a fork of the partner
app: the partner stays Oscar's, stock and orders keep pointing at it).
The story is translated per language with django-modeltranslation
(``story_ar`` ... ``story_kab``, see translation.py), like product texts.
"""

from anyascii import anyascii
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from portal.country import PROFILES, region_choices, region_name

from .photos import PhotoField

Partner = get_model("partner", "Partner")

SLUG_MAX_LENGTH = 80


def all_region_choices(language=None):
    """Regions and wilayas of every country profile, by ISO 3166-2 code."""
    return [choice for country in PROFILES for choice in region_choices(country, language)]


def region_codes():
    return {code for country in PROFILES for code, _name in PROFILES[country]["regions"]}


def validate_region_code(value):
    if value and value not in region_codes():
        raise ValidationError(_("Choose a region or wilaya from the list."), code="invalid_region")


class ArtisanProfileQuerySet(models.QuerySet):
    def public(self):
        """Profiles the public may see: switched on, for a partner that still exists."""
        return self.filter(is_active=True)


class ArtisanProfile(models.Model):
    class Kind(models.TextChoices):
        INDIVIDUAL = "individual", _("Individual artisan")
        COOPERATIVE = "cooperative", _("Cooperative")
        WOMENS_HOUSE = "womens_house", _("Women's craft house")

    partner = models.OneToOneField(
        Partner, on_delete=models.CASCADE, related_name="artisan_profile", verbose_name=_("Partner")
    )
    # --- Identity -------------------------------------------------------------
    name = models.CharField(_("Public name"), max_length=120)
    slug = models.SlugField(
        _("Address of the storefront"),
        max_length=SLUG_MAX_LENGTH,
        unique=True,
        allow_unicode=False,
        blank=True,
        help_text=_("Made from the name when left empty."),
    )
    language = models.CharField(
        _("My language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("Your back office shows the fields of this language first."),
    )
    kind = models.CharField(_("Kind"), max_length=20, choices=Kind.choices, default=Kind.INDIVIDUAL)
    workshop = models.CharField(_("Workshop or cooperative name"), max_length=150, blank=True)
    region = models.CharField(
        _("Region or wilaya"),
        max_length=8,
        blank=True,
        db_index=True,
        help_text=_("ISO 3166-2 code."),
        validators=[validate_region_code],
    )
    crafts = models.ManyToManyField(
        "taxonomy.Craft",
        blank=True,
        related_name="artisan_profiles",
        verbose_name=_("Crafts"),
        help_text=_("When empty, the storefront shows the crafts of the artisan's products."),
    )
    # --- Storefront -------------------------------------------------------------
    photo = PhotoField(_("Photo"), upload_to="artisans/photos/", blank=True)
    story = models.TextField(_("Short story"), max_length=2000, blank=True)
    is_active = models.BooleanField(_("Storefront online"), default=True)
    # --- Contact (for the platform; shown only when the artisan opts in) ------
    phone = models.CharField(_("Phone"), max_length=32, blank=True)
    email = models.EmailField(_("E-mail"), blank=True)
    show_phone = models.BooleanField(_("Show my phone on my storefront"), default=False)
    show_email = models.BooleanField(_("Show my e-mail on my storefront"), default=False)

    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = ArtisanProfileQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("Artisan's storefront")
        verbose_name_plural = _("Artisans' storefronts")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.name:
            self.name = self.partner.name
        if not self.slug:
            self.slug = self.unique_slug(self.name)
        super().save(*args, **kwargs)

    def unique_slug(self, text):
        """An ASCII slug of ``text`` (Arabic and Tifinagh transliterated), unique among profiles."""
        base = slugify(anyascii(text or ""))[: SLUG_MAX_LENGTH - 6].strip("-") or "artisan"
        others = ArtisanProfile.objects.exclude(pk=self.pk)
        slug, n = base, 1
        while others.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        return slug

    def get_absolute_url(self):
        return reverse("artisans:storefront", kwargs={"slug": self.slug})

    @property
    def region_name(self):
        return region_name(self.region) if self.region else ""

    @property
    def public_phone(self):
        return self.phone if self.show_phone else ""

    @property
    def public_email(self):
        return self.email if self.show_email else ""

    def contact_address(self):
        """Where visitors' messages are sent: the profile's e-mail, else the partner's first login's."""
        if self.email:
            return self.email
        user = self.partner.users.exclude(email="").order_by("pk").first()
        return user.email if user else ""


class ArtisanMessage(models.Model):
    """A visitor's message to an artisan, kept for the artisan (and staff) to read and answer."""

    profile = models.ForeignKey(
        ArtisanProfile, on_delete=models.CASCADE, related_name="messages", verbose_name=_("Artisan")
    )
    name = models.CharField(_("Your name"), max_length=120)
    email = models.EmailField(_("Your e-mail"), blank=True)
    phone = models.CharField(_("Your phone"), max_length=32, blank=True)
    message = models.TextField(_("Message"), max_length=2000)
    language = models.CharField(_("Language"), max_length=8, blank=True)
    created = models.DateTimeField(_("Sent"), auto_now_add=True)
    is_read = models.BooleanField(_("Read"), default=False)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("Message to an artisan")
        verbose_name_plural = _("Messages to artisans")

    def __str__(self):
        return f"{self.name} → {self.profile}"
