"""Certificates issued on completion: a public code anyone can verify, revocable with a reason."""

import secrets

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud or typed from paper


def new_code():
    return "-".join("".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(3))


class Certificate(models.Model):
    registration = models.OneToOneField(
        "training.Registration",
        on_delete=models.PROTECT,
        related_name="certificate",
        verbose_name=_("registration"),
    )
    course = models.ForeignKey(
        "training.CoursePage", on_delete=models.PROTECT, related_name="certificates", verbose_name=_("course")
    )
    code = models.CharField(
        _("verification code"), max_length=20, unique=True, default=new_code, editable=False
    )
    holder_name = models.CharField(_("holder"), max_length=200)
    issued_on = models.DateField(_("issued on"))
    language = models.CharField(_("language"), max_length=8)
    revoked = models.BooleanField(_("revoked"), default=False)
    revoked_reason = models.CharField(_("reason for revocation"), max_length=255, blank=True)
    revoked_at = models.DateTimeField(_("revoked on"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_on", "-pk"]
        permissions = [("revoke_certificate", _("Can revoke certificates"))]

    def __str__(self):
        return f"{self.code} — {self.holder_name}"

    def get_absolute_url(self):
        return reverse("training:verify", kwargs={"code": self.code})

    def pdf_url(self):
        return reverse("training:certificate_pdf", kwargs={"code": self.code})

    def course_in_language(self, language=None):
        """The course page in the certificate's language when translated, else the original."""
        from wagtail.models import Locale

        locale = Locale.objects.filter(language_code=language or self.language).first()
        page = self.course.get_translation_or_none(locale) if locale else None
        return (page or self.course).specific
