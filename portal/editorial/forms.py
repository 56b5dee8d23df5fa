"""The image form of the Wagtail admin (``WAGTAILIMAGES_IMAGE_FORM_BASE``): alt text is required.

Wagtail's ``Image.description`` is what ``{% image %}`` writes into ``alt``
(``Image.default_alt_text``). The form requires it wherever the field is
shown: the add and edit pages, the chooser's upload tab and the multiple
uploader's second step. The multiple uploader's first step posts only the
file, title and collection, so there the field is left optional; the image is
then completed in the next step, and a page showing it cannot be published
before (alt_text.py).

The file also meets the shared image limits (portal/uploads: format by
content, pixels, frames), after Wagtail's own checks of bytes and extension;
the renditions pages use are made on save, again after a file is replaced
(Wagtail deletes the old renditions once the image is saved).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

from portal.uploads.fields import CheckedImagesMixin
from portal.uploads.renditions import make_renditions


class ImageForm(CheckedImagesMixin, BaseImageForm):
    checked_image_fields = ("file",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("description")
        if field is None:
            return
        uploading_file_only = self.is_bound and self.add_prefix("description") not in self.data
        field.required = not uploading_file_only
        field.label = _("Alt text (description)")
        field.help_text = _(
            "Describe the picture for visitors who cannot see it, in the language of the pages "
            "that show it. Required."
        )

    def save(self, commit=True):
        replaced = commit and "file" in self.changed_data and self.original_file
        image = super().save(commit=commit)
        if replaced:
            make_renditions(image)
        return image
