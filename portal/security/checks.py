"""Deploy checks (``manage.py check --deploy``) for what Django's own do not cover."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Tags, Warning, register

MIDDLEWARE = {
    "portal.security.middleware.PathCSPMiddleware": "W001",
    "django_permissions_policy.PermissionsPolicyMiddleware": "W002",
    "portal.security.cookies.CookieFlagsMiddleware": "W003",
    "portal.security.middleware.RequestDataGuardMiddleware": "W004",
}


@register(Tags.security, deploy=True)
def check_security_middleware(app_configs, **kwargs):
    return [
        Warning(f"{path} is not in MIDDLEWARE.", id=f"hirfa_security.{code}")
        for path, code in MIDDLEWARE.items()
        if path not in settings.MIDDLEWARE
    ]


@register(Tags.security, deploy=True)
def check_cookies(app_configs, **kwargs):
    warnings = []
    if not getattr(settings, "HIRFA_SECURE_COOKIES", False):
        warnings.append(
            Warning("HIRFA_SECURE_COOKIES is off: cookies leave without Secure.", id="hirfa_security.W010")
        )
    for name in (
        "LANGUAGE_COOKIE_SECURE",
        "OSCAR_BASKET_COOKIE_SECURE",
        "OSCAR_RECENTLY_VIEWED_COOKIE_SECURE",
    ):
        if not getattr(settings, name, False):
            warnings.append(Warning(f"{name} is not True.", id="hirfa_security.W011"))
    return warnings


@register(Tags.security, deploy=True)
def check_base_url(app_configs, **kwargs):
    """E-mail links are built from HIRFA_BASE_URL, never from a request's Host: HTTPS, an allowed host."""
    url = urlsplit(getattr(settings, "HIRFA_BASE_URL", ""))
    warnings = []
    if url.scheme != "https":
        warnings.append(Warning("HIRFA_BASE_URL is not an https:// address.", id="hirfa_security.W020"))
    host = url.hostname or ""
    allowed = settings.ALLOWED_HOSTS
    if "*" in allowed or not any(host == a or (a.startswith(".") and host.endswith(a)) for a in allowed):
        warnings.append(
            Warning(
                "HIRFA_BASE_URL's host is not one of ALLOWED_HOSTS (or ALLOWED_HOSTS is '*').",
                id="hirfa_security.W021",
            )
        )
    return warnings


@register(Tags.security, deploy=True)
def check_misc(app_configs, **kwargs):
    warnings = []
    if getattr(settings, "WAGTAIL_ENABLE_UPDATE_CHECK", True):
        warnings.append(
            Warning(
                "WAGTAIL_ENABLE_UPDATE_CHECK is on: the admin calls releases.wagtail.org.",
                id="hirfa_security.W030",
            )
        )
    return warnings
