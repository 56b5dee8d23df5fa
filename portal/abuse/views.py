"""The pages a client sees once past a limit: HTTP 429, in their language, saying how long to wait."""

import math

from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from django.db.models import Max, Q
from django.shortcuts import render
from django.utils import timezone

from .ip import client_ip


def too_many_requests(request, exceeded):
    """A rate limit reached (``limits.Exceeded``): nothing was done, try again later."""
    context = {"minutes": exceeded.minutes_left, "limit_name": exceeded.limit.name}
    response = render(request, "abuse/429.html", context, status=429)
    response["Retry-After"] = str(max(1, exceeded.seconds_left))
    return response


def lockout_seconds_left(request, credentials=None):
    """Seconds until the account or the address that is locked out may try again."""
    cool_off = get_cool_off(request)
    username = get_client_username(request, credentials)
    matches = Q(ip_address=client_ip(request)) | (Q(username=username) if username else Q())
    since = timezone.now() - cool_off
    last = AccessAttempt.objects.filter(matches, attempt_time__gte=since).aggregate(last=Max("attempt_time"))
    if last["last"] is None:
        return int(cool_off.total_seconds())
    return max(1, int((last["last"] + cool_off - timezone.now()).total_seconds()))


def locked_out(request, original_response=None, credentials=None):
    """django-axes' lockout response (``AXES_LOCKOUT_CALLABLE``): the sign-in was refused."""
    seconds = lockout_seconds_left(request, credentials)
    context = {
        "minutes": max(1, math.ceil(seconds / 60)),
        "failure_limit": get_failure_limit(request, credentials),
    }
    response = render(request, "abuse/locked_out.html", context, status=429)
    response["Retry-After"] = str(seconds)
    return response
