"""Price formatting for the active language and the deployment's country."""

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency, format_decimal
from django.conf import settings
from django.utils.translation import get_language, to_locale


def babel_locale(language=None):
    """The CLDR locale for a language in this deployment's country (ar -> ar_MA)."""
    language = to_locale(language or get_language() or settings.LANGUAGE_CODE)
    country = settings.HIRFA_PROFILE["country"]
    for candidate in (f"{language}_{country}", language, "fr"):
        try:
            Locale.parse(candidate)
        except (ValueError, UnknownLocaleError):
            continue
        return candidate
    return "en"


def format_price(amount, currency=None, language=None):
    return format_currency(
        amount, currency or settings.OSCAR_DEFAULT_CURRENCY, locale=babel_locale(language)
    )


def format_number(value, language=None):
    """A whole number grouped the way the reader's locale groups it (305 358, 305,358, 305.358)."""
    return format_decimal(value, locale=babel_locale(language))
