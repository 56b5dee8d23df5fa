from django.apps import AppConfig


class SecurityConfig(AppConfig):
    """Response headers (CSP, Permissions-Policy), cookie flags, request guards and deploy checks."""

    name = "portal.security"
    label = "hirfa_security"

    def ready(self):
        from . import checks  # noqa: F401  (registers the deploy checks)
