"""Flags on every cookie a response sets, whoever set it.

Django's own cookies have settings (SESSION_COOKIE_*, CSRF_COOKIE_*,
LANGUAGE_COOKIE_*; the messages cookie follows the session's) and Oscar's basket
and recently-viewed cookies have ``OSCAR_*_COOKIE_SECURE``; production.py sets
them all. This middleware is the net under them: a cookie set without a flag
(Oscar sets no SameSite, a third-party app may set nothing) still leaves with
``SameSite=Lax``, ``HttpOnly`` unless JavaScript must read it
(``HIRFA_JS_READABLE_COOKIES``), and ``Secure`` where ``HIRFA_SECURE_COOKIES``
is on (production: the site is only served over HTTPS).
"""

from django.conf import settings


class CookieFlagsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        secure = getattr(settings, "HIRFA_SECURE_COOKIES", False)
        readable = set(getattr(settings, "HIRFA_JS_READABLE_COOKIES", ()))
        for name, morsel in response.cookies.items():
            if secure:
                morsel["secure"] = True
            if not morsel["samesite"]:
                morsel["samesite"] = "Lax"
            if name not in readable:
                morsel["httponly"] = True
        return response
