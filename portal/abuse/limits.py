"""What one client may cost: each limit names what it counts, per what, and how often.

The rates are in ``settings.HIRFA_RATE_LIMITS`` (e.g. ``"3/h"``); the counts
live in the ``ratelimit`` cache (Redis, or the database's atomic cache table),
through django-ratelimit. ``request_limits`` says which limits a POST to a
URL is counted against; the checkout counts its own (``check``, ``count``).
"""

import math
from dataclasses import dataclass

import phonenumbers
from django.conf import settings
from django_ratelimit.core import get_usage

from .ip import client_ip


def by_client(request):
    return client_ip(request) or None


def by_email(request):
    email = request.POST.get("email", "").strip().casefold()
    return email or None


@dataclass(frozen=True)
class Limit:
    name: str  # its rate's key in HIRFA_RATE_LIMITS
    key: object  # request -> the value counted ("203.0.113.7", an e-mail...), or None: not counted

    def usage(self, request, value=None, increment=True):
        value = value if value is not None else self.key(request)
        if not value:
            return None
        rate = settings.HIRFA_RATE_LIMITS[self.name]
        return get_usage(
            request, group=f"hirfa:{self.name}", key=lambda _g, _r: value, rate=rate, increment=increment
        )


@dataclass(frozen=True)
class Exceeded:
    """A limit reached: which one, and in how many minutes its window ends."""

    limit: Limit
    seconds_left: int

    @property
    def minutes_left(self):
        return max(1, math.ceil(self.seconds_left / 60))


def _exceeded(limit, usage):
    if usage is not None and usage["should_limit"]:
        return Exceeded(limit, max(0, int(usage["time_left"])))
    return None


def _registration(request):
    # Oscar's sign-in page holds the registration form too (its button is "registration_submit").
    return "registration_submit" in request.POST


PASSWORD_RESET = (Limit("password-reset-email", by_email), Limit("password-reset-client", by_client))
REGISTRATION = (Limit("registration-client", by_client),)
APPLICATION = (Limit("application-client", by_client),)
COD_ORDER_CLIENT = Limit("cod-order-client", by_client)
COD_ORDER_PHONE = Limit("cod-order-phone", lambda request: None)

# URL name -> (does this POST count?, its limits)
REQUEST_LIMITS = {
    "password-reset": (None, PASSWORD_RESET),  # Oscar's (Django's) password reset
    "wagtailadmin_password_reset": (None, PASSWORD_RESET),
    "customer:register": (None, REGISTRATION),
    "customer:login": (_registration, REGISTRATION),
    "onboarding:apply": (None, APPLICATION),
}


def request_limits(request, view_name):
    applies, limits = REQUEST_LIMITS.get(view_name, (None, ()))
    if request.method != "POST" or (applies is not None and not applies(request)):
        return ()
    return limits


def count_request(request, limits):
    """Count this request against each of ``limits``; the first one it goes beyond, or None."""
    reached = [_exceeded(limit, limit.usage(request)) for limit in limits]
    return next((exceeded for exceeded in reached if exceeded), None)


def phone_key(phone_number):
    """One phone, however it was typed: E.164 ("+212612345678")."""
    if not phone_number:
        return None
    if isinstance(phone_number, str):
        try:
            phone_number = phonenumbers.parse(phone_number, settings.PHONENUMBER_DEFAULT_REGION)
        except phonenumbers.NumberParseException:
            return phone_number.strip() or None
    return phonenumbers.format_number(phone_number, phonenumbers.PhoneNumberFormat.E164)


def check_order(request, phone_number):
    """Would one more cash-on-delivery order go beyond a limit? (Counts nothing.)"""
    pairs = ((COD_ORDER_CLIENT, None), (COD_ORDER_PHONE, phone_key(phone_number)))
    for limit, value in pairs:
        usage = limit.usage(request, value=value or limit.key(request), increment=False)
        if usage is not None and usage["count"] >= usage["limit"]:
            return Exceeded(limit, max(0, int(usage["time_left"])))
    return None


def count_order(request, phone_number):
    """Count an order that was placed."""
    COD_ORDER_CLIENT.usage(request)
    COD_ORDER_PHONE.usage(request, value=phone_key(phone_number))
