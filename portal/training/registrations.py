"""A person's place on a course: confirmed, on the waiting list, or cancelled."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(24)


class Registration(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    course = models.ForeignKey(
        "training.CoursePage",
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("course"),
    )
    name = models.CharField(_("full name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=32)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="course_registrations",
        verbose_name=_("account"),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.CONFIRMED)
    attended = models.BooleanField(_("attended"), default=False)
    completed_at = models.DateTimeField(_("completed on"), null=True, blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("registered on"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled on"), null=True, blank=True)

    class Meta:
        verbose_name = _("course registration")
        verbose_name_plural = _("course registrations")
        ordering = ["course", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "course",
                condition=~models.Q(status="cancelled"),
                name="training_one_live_registration_per_email",
            )
        ]
        permissions = [("mark_completion", _("Can mark attendance and completion, and issue certificates"))]

    def __str__(self):
        return f"{self.name} — {self.course.title}"
