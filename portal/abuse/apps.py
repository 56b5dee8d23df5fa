from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AbuseConfig(AppConfig):
    """Sign-in lockouts (django-axes) and the limits on what one client may cost (django-ratelimit)."""

    name = "portal.abuse"
    label = "abuse"
    verbose_name = _("Logins and abuse limits")
