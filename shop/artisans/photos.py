"""An artisan's photo: the shared image limits (portal/uploads/validators.py), on the model and its form.

``PhotoField`` stays here because migration 0001 names it; its form field is
``ImageUploadField`` and its model validator ``check_image``, so a storefront
photo meets the same caps as every other image upload.
"""

from django.db import models

from portal.uploads.fields import ImageUploadField
from portal.uploads.validators import check_image


def validate_photo(value):
    """Refuse a photo beyond the shared caps (bytes, format by content, pixels, frames)."""
    check_image(value)


class PhotoField(models.ImageField):
    """An ImageField whose form field and model validation apply the shared image limits."""

    default_validators = [validate_photo]

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": ImageUploadField, **kwargs})
