"""Counts the POSTs that cost something (password resets, sign-ups, applications) before their view runs.

Placed after the locale middleware, so that the 429 page is in the visitor's
language. Nothing of the view runs beyond a limit: no e-mail, no account, no
application.
"""

from . import limits
from .views import too_many_requests


class AbuseLimitsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        to_count = limits.request_limits(request, match.view_name if match else "")
        exceeded = limits.count_request(request, to_count) if to_count else None
        return too_many_requests(request, exceeded) if exceeded else None
