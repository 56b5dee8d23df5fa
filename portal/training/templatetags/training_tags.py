"""Template tags for other apps' templates: an artisan's certificates as badges on their storefront.

Used from the storefront template (``{% load training_tags %}``) so that the
marketplace app (shop/artisans) never imports this page app.
"""

from django import template
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import get_language

from ..certificates import Certificate
from ..pages import CoursePage

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
    # the course titles in the visitor's language, in one query whatever the number of badges
    keys = {certificate.course.translation_key for certificate in certificates}
    local = (
        {
            page.translation_key: page.title
            for page in CoursePage.objects.filter(
                translation_key__in=keys, locale__language_code=get_language()
            )
        }
        if keys
        else {}
    )
    for certificate in certificates:
        certificate.course_title = local.get(certificate.course.translation_key, certificate.course.title)
    return {"certificates": certificates}
