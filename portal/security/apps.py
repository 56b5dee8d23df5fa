from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    """Response headers (CSP, Permissions-Policy), cookie flags, request guards and deploy checks."""

    name = "portal.security"
    label = "hirfa_security"
    verbose_name = _("Security")

    def ready(self):
        from . import checks  # noqa: F401  (registers the deploy checks)
