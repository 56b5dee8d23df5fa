"""Template tags for other apps' templates: an artisan's certificates as badges on their storefront.

Used from the storefront template (``{% load training_tags %}``) so that the
marketplace app (shop/artisans) never imports this page app.
"""

from django import template
from django.db.models import Q
from django.db.models.functions import Lower

from ..certificates import Certificate

register = template.Library()


def certificates_for_partner(partner, public_email=""):
    """Valid certificates whose registration was made by one of the partner's logins, or with their e-mail."""
    users = partner.users.all()
    emails = users.exclude(email="").annotate(lower=Lower("email")).values("lower")
    match = Q(registration__user__in=users) | Q(holder_email__in=emails)
    if public_email:
        match |= Q(holder_email=public_email.lower())
    certificates = Certificate.objects.annotate(holder_email=Lower("registration__email"))
    return certificates.filter(match, revoked=False).select_related("course").order_by("-issued_on", "pk")


@register.inclusion_tag("training/partials/badges.html")
def certificate_badges(profile):
    certificates = list(certificates_for_partner(profile.partner, profile.public_email))
    for certificate in certificates:
        certificate.course_title = certificate.course_in_language().title
    return {"certificates": certificates}
