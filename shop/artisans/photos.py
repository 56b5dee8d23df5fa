"""Limits on an artisan's photo, checked on the file's content, not its name.

The byte size is checked first (before Pillow reads anything), then Pillow
must recognise and verify the picture, then its pixel size is checked from
the header. A file named .jpg that holds HTML, a 20 MB upload or a
10000 x 10000 picture (a "decompression bomb" for whoever resizes it) is
refused with a message in the user's language.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS_SIDE = 4000
FORMATS = {"JPEG", "PNG", "WEBP"}


def validate_photo(value):
    """Refuse a file that is too large, not a JPEG/PNG/WebP picture, or too many pixels wide or high."""
    if value is None:
        return
    size = getattr(value, "size", None)
    if size is not None and size > MAX_BYTES:
        raise ValidationError(
            _("This photo is %(size)s; the limit is %(limit)s. Please send a smaller photo."),
            code="photo_too_large",
            params={"size": filesizeformat(size), "limit": filesizeformat(MAX_BYTES)},
        )
    if isinstance(value, FieldFile) and value._committed:
        return  # already stored: it was checked when it was uploaded
    file = getattr(value, "file", value)
    try:
        if hasattr(file, "seek"):
            file.seek(0)
        with Image.open(file) as image:
            width, height = image.size
            image_format = image.format
            image.verify()
    except Image.DecompressionBombError:
        width = height = MAX_PIXELS_SIDE + 1
        image_format = None
    except Exception:  # noqa: BLE001  (any decoding failure means "not a picture")
        raise ValidationError(
            _("This file is not a JPEG, PNG or WebP photo."), code="photo_invalid"
        ) from None
    finally:
        if hasattr(file, "seek"):
            file.seek(0)
    if width > MAX_PIXELS_SIDE or height > MAX_PIXELS_SIDE:
        raise ValidationError(
            _(
                "This photo is %(width)s × %(height)s pixels; the limit is %(limit)s × %(limit)s."
                " Please send a smaller photo."
            ),
            code="photo_too_many_pixels",
            params={"width": width, "height": height, "limit": MAX_PIXELS_SIDE},
        )
    if image_format not in FORMATS:
        raise ValidationError(_("This file is not a JPEG, PNG or WebP photo."), code="photo_invalid")


class PhotoFormField(forms.ImageField):
    """Django's ImageField, with the byte limit checked before Pillow opens the file."""

    default_validators = []

    def to_python(self, data):
        if data in self.empty_values:
            return None
        size = getattr(data, "size", None)
        if size is not None and size > MAX_BYTES:
            validate_photo(data)  # raises the "too large" message
        try:
            result = super().to_python(data)
        except ValidationError:
            raise ValidationError(
                _("This file is not a JPEG, PNG or WebP photo."), code="photo_invalid"
            ) from None
        validate_photo(result)
        return result

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs["accept"] = "image/jpeg,image/png,image/webp"
        return attrs


class PhotoField(models.ImageField):
    """An ImageField whose form field and model validation apply the photo limits."""

    default_validators = [validate_photo]

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": PhotoFormField, **kwargs})
