"""Checks on what an applicant sends: a mobile phone of the profile's country, a register number.

The photo meets the shared image limits (portal/uploads/validators.py).
"""

import re

import phonenumbers
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MOBILE_EXAMPLES = {"MA": "06 12 34 56 78", "DZ": "05 51 23 45 67"}
MOBILE_ERRORS = {
    "MA": _("Enter a Moroccan mobile number, for example %(example)s."),
    "DZ": _("Enter an Algerian mobile number, for example %(example)s."),
}
MOBILE_TYPES = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}


def normalise_mobile(value, country=None):
    """``value`` in E.164 (``+212612345678``) if a mobile number of ``country``, else ValidationError."""
    country = country or settings.HIRFA_PROFILE["country"]
    message = MOBILE_ERRORS[country] % {"example": MOBILE_EXAMPLES[country]}
    try:
        parsed = phonenumbers.parse(value, country)
    except phonenumbers.NumberParseException:
        raise ValidationError(message, code="invalid_phone") from None
    if not phonenumbers.is_valid_number(parsed) or phonenumbers.region_code_for_number(parsed) != country:
        raise ValidationError(message, code="wrong_country")
    if phonenumbers.number_type(parsed) not in MOBILE_TYPES:
        raise ValidationError(
            _("This is a fixed line. Enter a mobile number: we send you text messages."), code="not_mobile"
        )
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def register_key(value):
    """The register number as duplicates are compared: letters and digits only, upper case."""
    return re.sub(r"[\W_]+", "", value).upper()
