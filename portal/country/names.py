"""Names of countries, regions and wilayas in the reader's language, looked up by code.

Addresses store the ISO 3166-2 code of their region (``MA-07``); whoever shows
an address asks here for its name in the language of the page or e-mail.
Country names are CLDR's, through Babel (المغرب, Maroc, ⵍⵎⵖⵔⵉⴱ, Lmerruk).
"""

import unicodedata
from functools import cache

import babel

from .regions_dz import REGIONS as ALGERIA
from .regions_ma import REGIONS as MOROCCO

NAMES = {**MOROCCO, **ALGERIA}
FALLBACK_LANGUAGE = "fr"  # the official names: what couriers read


def _language(language):
    if language is None:
        from django.utils.translation import get_language

        language = get_language() or "ar"
    return language.replace("_", "-").split("-")[0].lower()


def region_name(code, language=None):
    """How region or wilaya ``code`` (ISO 3166-2, e.g. "MA-07") is named in ``language``.

    ``language`` defaults to the active one; a language without names of its
    own gets the official (French) name. Anything that is not a known code
    (an address typed before codes were stored) comes back as it is.
    """
    names = NAMES.get(code)
    if names is None:
        return code
    return names.get(_language(language)) or names[FALLBACK_LANGUAGE]


def region_choices(country, language=None):
    """``(code, name)`` pairs of a country profile's regions or wilayas, named in ``language``."""
    from .profiles import get_profile  # profiles re-exports this module's functions

    return [(code, region_name(code, language)) for code, _official in get_profile(country)["regions"]]


def _key(text):
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


@cache
def _codes_by_name():
    index = {}
    for code, names in NAMES.items():
        index[_key(code)] = code
        for name in names.values():
            index.setdefault(_key(name), code)
    return index


def region_code(text):
    """The code of the region or wilaya ``text`` names, in any language or as a code; or None.

    Case, accents, spaces and dashes do not count ("marrakech safi" is MA-07).
    Used to read addresses stored before codes were, and free-text entries.
    """
    if not text:
        return None
    return _codes_by_name().get(_key(text))


@cache
def _territories(language):
    try:
        return babel.Locale.parse(language).territories
    except (babel.UnknownLocaleError, ValueError):
        return babel.Locale.parse(FALLBACK_LANGUAGE).territories


def country_name(code, language=None):
    """The name of country ``code`` (ISO 3166-1, "MA") in ``language`` (default: the active one)."""
    return _territories(_language(language)).get(code.upper(), code) if code else ""
