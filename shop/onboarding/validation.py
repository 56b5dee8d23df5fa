"""Checks on what an applicant sends: a mobile phone of the profile's country, a register number, a photo.

The photo is checked by its content, not its name: its size in bytes first,
then Pillow reads only the header (format and pixel size) before anything is
decoded, so a 20 MB upload, a decompression bomb or an HTML page named
``.jpg`` is refused with a form error, never a 500.
"""

import re

import phonenumbers
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

MAX_PHOTO_BYTES = 5 * 1024 * 1024
MAX_PHOTO_SIDE = 4000
PHOTO_FORMATS = {"JPEG", "PNG", "WEBP"}
PHOTO_ACCEPT = "image/jpeg,image/png,image/webp"

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


def check_photo(upload):
    """Refuse an upload that is too heavy, not a JPEG/PNG/WebP image, or too large in pixels."""
    if upload.size > MAX_PHOTO_BYTES:
        raise ValidationError(
            _("The photo weighs %(size)s; the limit is %(limit)s."),
            code="photo_too_heavy",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_PHOTO_BYTES)},
        )
    upload.seek(0)
    try:
        with Image.open(upload) as image:  # reads the header only
            image_format, (width, height) = image.format, image.size
            if image_format not in PHOTO_FORMATS:
                raise ValidationError(_("Send a photo in JPEG, PNG or WebP format."), code="photo_format")
            if width > MAX_PHOTO_SIDE or height > MAX_PHOTO_SIDE:
                raise ValidationError(
                    _("The photo is %(width)d×%(height)d pixels; the limit is %(limit)d×%(limit)d."),
                    code="photo_too_large",
                    params={"width": width, "height": height, "limit": MAX_PHOTO_SIDE},
                )
            image.verify()  # structure check, still without decoding the pixels
    except ValidationError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError):
        raise ValidationError(
            _("This file is not a photo we can read. Send a JPEG, PNG or WebP image."), code="photo_invalid"
        ) from None
    finally:
        upload.seek(0)
