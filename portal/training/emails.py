"""E-mails to registrants, written in the language they registered in."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation


def absolute(path):
    return settings.HIRFA_BASE_URL.rstrip("/") + path


def cancel_url(registration):
    with translation.override(registration.language):
        return absolute(reverse("training:cancel", kwargs={"token": registration.token}))


def _send(registration, template):
    with translation.override(registration.language):
        course = registration.course.specific
        from wagtail.models import Locale

        locale = Locale.objects.filter(language_code=registration.language).first()
        course = (course.get_translation_or_none(locale) if locale else None) or course
        context = {"registration": registration, "course": course, "cancel_url": cancel_url(registration)}
        subject = render_to_string(f"training/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"training/email/{template}.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [registration.email])


def send_confirmation(registration):
    _send(registration, "registered")


def send_promotion(registration):
    _send(registration, "promoted")
