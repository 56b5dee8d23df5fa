"""Country profiles: one deployment serves one country.

``HIRFA_COUNTRY`` (environment variable, default ``MA``) picks the profile;
it drives the currency, the list of regions or wilayas offered at checkout,
phone-number validation and the delivery zones. Regions are listed by their
ISO 3166-2 code; their names in every language are in ``regions_ma`` and
``regions_dz`` (``names.region_name`` looks them up).
"""

from .regions_dz import REGIONS as ALGERIA
from .regions_ma import REGIONS as MOROCCO

# (code, official name) pairs, in the official order.
MOROCCO_REGIONS = [(code, names["fr"]) for code, names in MOROCCO.items()]
ALGERIA_WILAYAS = [(code, names["fr"]) for code, names in ALGERIA.items()]

PROFILES = {
    "MA": {
        "country": "MA",
        "currency": "MAD",
        "phone_prefix": "+212",
        "regions": MOROCCO_REGIONS,
        "default_delivery_rate": "35.00",
        "default_stop_desk_rate": "25.00",
    },
    "DZ": {
        "country": "DZ",
        "currency": "DZD",
        "phone_prefix": "+213",
        "regions": ALGERIA_WILAYAS,
        "default_delivery_rate": "400.00",
        "default_stop_desk_rate": "250.00",
    },
}


def get_profile(code):
    try:
        return PROFILES[code.upper()]
    except KeyError:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(
            f"HIRFA_COUNTRY must be one of {', '.join(PROFILES)}, not {code!r}."
        ) from None


# Kept importable from here (callers written when names lived in this module).
from .names import region_choices, region_name  # noqa: E402, F401
