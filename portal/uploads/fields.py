"""Form fields and a form mixin that apply ``check_image`` to an upload.

``ImageUploadField`` is Django's ``ImageField`` with ``check_image`` run
first (bytes, then the header), so that Django's own full ``verify`` never
sees a file beyond the limits, and every refusal has our message. The stored
name gets the extension of the format found in the content: a JPEG named
``.html`` is stored as ``.jpg`` and served as an image.
"""

from pathlib import PurePath

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import lazy

from .validators import ACCEPT, EXTENSIONS, NOT_A_PHOTO, check_image, help_text

limits_help_text = lazy(help_text, str)


class ImageUploadField(forms.ImageField):
    default_validators = []  # Django's extension check: the content decides (check_image)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("help_text", limits_help_text())
        super().__init__(*args, **kwargs)

    def to_python(self, data):
        if data in self.empty_values:
            return None
        image_format = check_image(data)
        try:
            result = super().to_python(data)
        except ValidationError:
            raise ValidationError(NOT_A_PHOTO, code="image_invalid") from None
        if image_format and getattr(result, "name", None):
            result.name = str(PurePath(result.name).with_suffix(EXTENSIONS[image_format]))
        return result

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs["accept"] = ACCEPT
        return attrs


class CheckedImagesMixin:
    """For a form whose image fields are not ``ImageUploadField`` (Wagtail's): ``check_image`` as a validator.

    ``checked_image_fields`` names them; the check runs after the field's own cleaning.
    """

    checked_image_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.checked_image_fields:
            field = self.fields.get(name)
            if field is not None:
                field.validators = [*field.validators, check_image]
