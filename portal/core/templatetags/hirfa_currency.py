"""Oscar's ``currency`` filter, formatted for the language and the country.

Oscar formats with the bare language (``ar``), whose CLDR data uses
Arabic-Indic digits; people in Morocco and Algeria read Latin digits, which
CLDR's ``ar_MA``/``ar_DZ`` use. Registered in place of Oscar's
``currency_filters`` library (TEMPLATES OPTIONS "libraries").
"""

from decimal import Decimal, InvalidOperation

from django import template
from django.conf import settings

from portal.core.money import format_price

register = template.Library()


@register.filter(name="currency")
def currency(value, currency_code=None):
    try:
        value = Decimal(value)
    except (TypeError, ValueError, InvalidOperation):
        return ""
    return format_price(value, currency_code or settings.OSCAR_DEFAULT_CURRENCY)
