"""E-mails to the applicant, written in the application's language (not the staff member's)."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from oscar.apps.customer.utils import get_password_reset_url


def site_base_url(request=None):
    """The configured address (HIRFA_BASE_URL), never the request's Host header: e-mails outlive requests."""
    return settings.HIRFA_BASE_URL.rstrip("/")


def status_path(application):
    with translation.override(application.language):
        return reverse("onboarding:status", args=[application.token])


def storefront_path(application):
    """The address of the storefront approval created, in the application's language, or None."""
    profile = getattr(application.partner, "artisan_profile", None) if application.partner_id else None
    if profile is None:
        return None
    with translation.override(application.language):
        return profile.get_absolute_url()


def set_password_path(application):
    """A one-time link to choose a password (Django's password-reset token), or None.

    The token dies once the password is set, so the link is only offered while
    the new account has no usable password.
    """
    user = application.user
    if user is None or user.has_usable_password():
        return None
    with translation.override(application.language):
        return get_password_reset_url(user)


def notify_applicant(application, request=None):
    """Tell the applicant where their application stands, if they gave an e-mail address."""
    if not application.email:
        return 0
    base = site_base_url(request)
    set_password = set_password_path(application)
    storefront = storefront_path(application)
    context = {
        "application": application,
        "status_url": base + status_path(application),
        "set_password_url": base + set_password if set_password else None,
        "dashboard_url": base + _dashboard_path(application),
        "storefront_url": base + storefront if storefront else None,
    }
    with translation.override(application.language):
        subject = render_to_string(f"onboarding/emails/{application.state}_subject.txt", context)
        body = render_to_string(f"onboarding/emails/{application.state}_body.txt", context)
    return send_mail(" ".join(subject.split()), body, settings.DEFAULT_FROM_EMAIL, [application.email])


def _dashboard_path(application):
    with translation.override(application.language):
        return reverse("dashboard:index")
