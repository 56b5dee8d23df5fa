"""The CSP middleware that picks the back-office policy by path, and the request-data guard."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.template import loader

from .policy import BACKOFFICE_DIRECTIVES, is_backoffice


class PathCSPMiddleware(CSPMiddleware):
    """django-csp's middleware; back-office paths get ``BACKOFFICE_DIRECTIVES``, not the public policy."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_backoffice(request.path_info):
            return PolicyParts(BACKOFFICE_DIRECTIVES, parts.update, parts.replace, parts.nonce)
        return parts


def bad_request_response(request):
    from django.http import HttpResponseBadRequest

    return HttpResponseBadRequest(loader.render_to_string("400.html"))


def _has_nul(querydict):
    return any("\x00" in key or any("\x00" in value for value in values) for key, values in querydict.lists())


class RequestDataGuardMiddleware:
    """A NUL byte in a query string or form field answers 400.

    No database we run stores NUL in text (SQLite ends the string there,
    PostgreSQL refuses it), so such a value could only end in a server error
    further down.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_nul(request.GET) or (request.method == "POST" and _has_nul(request.POST)):
            return bad_request_response(request)
        return self.get_response(request)
