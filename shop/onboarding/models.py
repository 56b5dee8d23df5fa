"""An artisan's (or cooperative's) application to sell on Hirfa, and where staff's review left it."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


def new_token():
    """The secret part of the status page's address (about 256 bits)."""
    return secrets.token_urlsafe(32)


class Application(models.Model):
    class Kind(models.TextChoices):
        INDIVIDUAL = "individual", _("Individual artisan")
        COOPERATIVE = "cooperative", _("Cooperative")
        CRAFT_HOUSE = "craft_house", _("Women's craft house")

    class State(models.TextChoices):
        SUBMITTED = "submitted", pgettext_lazy("application state", "Submitted")
        MORE_INFO = "more_info", pgettext_lazy("application state", "More information requested")
        APPROVED = "approved", pgettext_lazy("application state", "Approved")
        REJECTED = "rejected", pgettext_lazy("application state", "Rejected")

    # States staff can still act on (approve, reject, ask for more).
    OPEN_STATES = (State.SUBMITTED, State.MORE_INFO)

    # --- What the applicant says ---------------------------------------------
    name = models.CharField(_("Full name"), max_length=120)
    kind = models.CharField(_("You are"), max_length=20, choices=Kind.choices, default=Kind.INDIVIDUAL)
    workshop_name = models.CharField(_("Workshop or cooperative name"), max_length=120, blank=True)
    # The shared craft taxonomy (portal.taxonomy), the same crafts as pages, products and storefronts.
    crafts = models.ManyToManyField(
        "taxonomy.Craft", verbose_name=_("Crafts"), blank=True, related_name="applications"
    )
    other_craft = models.CharField(_("Another craft"), max_length=120, blank=True)
    region_code = models.CharField(_("Region or wilaya"), max_length=8)
    phone = models.CharField(_("Mobile phone"), max_length=20, help_text=_("E.164, e.g. +212612345678."))
    email = models.EmailField(_("E-mail"), blank=True)
    register_number = models.CharField(_("Artisan card or register number"), max_length=40)
    # The register number without spaces, dots or dashes, upper case: what duplicates are matched on.
    register_key = models.CharField(max_length=40, editable=False)
    photo = models.ImageField(_("Photo"), upload_to="applications/%Y/%m/", blank=True)
    story = models.TextField(_("Your story"), max_length=1500, blank=True)
    language = models.CharField(_("Language"), max_length=8, choices=settings.LANGUAGES)

    # --- Review ---------------------------------------------------------------
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    state = models.CharField(_("State"), max_length=20, choices=State.choices, default=State.SUBMITTED)
    staff_message = models.TextField(_("Message from the Hirfa team"), blank=True)
    applicant_note = models.TextField(_("Applicant's answer"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="artisan_applications",
    )
    partner = models.ForeignKey(
        "partner.Partner", null=True, blank=True, on_delete=models.SET_NULL, related_name="applications"
    )
    created_at = models.DateTimeField(_("Submitted on"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Artisan application")
        verbose_name_plural = _("Artisan applications")
        constraints = [
            # Two live applications never share a phone or a register number, even when two
            # submissions race: the database refuses the second. A rejected one frees them.
            models.UniqueConstraint(
                fields=["phone"], condition=~Q(state="rejected"), name="onboarding_unique_live_phone"
            ),
            models.UniqueConstraint(
                fields=["register_key"],
                condition=~Q(state="rejected"),
                name="onboarding_unique_live_register",
            ),
        ]
        indexes = [models.Index(fields=["state", "created_at"])]

    def __str__(self):
        return f"{self.name} ({self.get_state_display()})"

    @property
    def is_open(self):
        return self.state in self.OPEN_STATES

    @property
    def is_cooperative(self):
        return self.kind in (self.Kind.COOPERATIVE, self.Kind.CRAFT_HOUSE)
