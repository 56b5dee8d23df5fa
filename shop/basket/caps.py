"""How many units of one product a single cash-on-delivery order may reserve.

An order's stock is held from the moment it is placed until the phone call
that confirms it (or ``expire_unconfirmed_orders``): without a cap, one guest
could hold a product's whole stock with one order. ``HIRFA_COD_MAX_UNITS_PER_PRODUCT``
is checked when the basket changes (``shop.basket.forms``) and again just
before the order is placed (``shop.checkout.views``), for a basket filled another way.
"""

from django.conf import settings
from django.utils.translation import ngettext


def max_units():
    return settings.HIRFA_COD_MAX_UNITS_PER_PRODUCT


def cap_message():
    cap = max_units()
    return ngettext(
        "One order can hold at most %(cap)d unit of a product.",
        "One order can hold at most %(cap)d units of a product.",
        cap,
    ) % {"cap": cap}


def over_cap(basket):
    """The products of ``basket`` of which it holds more units than one order may reserve."""
    totals = {}
    for line in basket.all_lines():
        totals[line.product] = totals.get(line.product, 0) + line.quantity
    return [product for product, quantity in totals.items() if quantity > max_units()]
