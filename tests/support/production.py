"""Requests under production's own security settings (portal/settings/production.py), not test.py's.

``production_settings()`` loads production.py with a documented environment and
overrides the test settings with its security-related values (hosts, HTTPS,
cookies, headers, base URL); ``production_client()`` talks to it over HTTPS with
the allowed Host, as the TLS proxy would.
"""

import importlib
import os
import sys
from unittest import mock

from django.test import Client, override_settings

HOST = "hirfa.example"
ENVIRONMENT = {
    "SECRET_KEY": "production-like-test-key-" + "x" * 40,
    "ALLOWED_HOSTS": HOST,
    "CSRF_TRUSTED_ORIGINS": f"https://{HOST}",
    "HIRFA_BASE_URL": f"https://{HOST}",
    "WAGTAILADMIN_BASE_URL": f"https://{HOST}",
}
NAMES = {
    "DEBUG",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "X_FRAME_OPTIONS",
    "HIRFA_SECURE_COOKIES",
    "HIRFA_BASE_URL",
}


def _wanted(name):
    return name in NAMES or name.startswith("SECURE_") or "_COOKIE_" in name


def production_values():
    with mock.patch.dict(os.environ, ENVIRONMENT):
        sys.modules.pop("portal.settings.production", None)
        module = importlib.import_module("portal.settings.production")
        sys.modules.pop("portal.settings.production", None)
    return {name: getattr(module, name) for name in dir(module) if name.isupper() and _wanted(name)}


def production_settings(**extra):
    """``override_settings`` with production's security values (usable as a decorator or a with-block)."""
    return override_settings(**{**production_values(), **extra})


def production_client(**defaults):
    """A test client that arrives as the TLS proxy forwards a visitor: HTTPS, the allowed Host."""
    client = Client(**{"HTTP_HOST": HOST, **defaults})
    client.defaults["wsgi.url_scheme"] = "https"
    client.defaults["HTTP_X_FORWARDED_PROTO"] = "https"
    return client
