"""No page is published, submitted for moderation or approved while one of its images lacks alt text.

The check lives in the page form (``AltTextPageForm.clean``), so the editor
sees it in their own admin language next to the buttons, and it reads the
images from what was just posted: chooser fields (a hero image), image blocks
anywhere in a StreamField (inside structs and lists too) and inline panels.
It runs only for the actions that put a page in front of visitors:

- "Publish" (``action-publish``, with or without a go-live date),
- "Submit to Moderators approval" (``action-submit``),
- a moderator's "Approve" from the page editor (``action-workflow-action``
  with ``workflow-action-name`` ``approve`` or ``approve-with-comment``...).

Saving a draft and previewing always work. What it cannot see: an approval
from the dashboard's "Awaiting your review" list without opening the page,
and wagtail-localize's "Publish" of a synchronised translation (both publish
the revision as it was submitted, and that revision passed this check when it
was submitted).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.images.models import AbstractImage
from wagtail.models import Page, get_page_models

PUBLISHING_ACTIONS = ("action-publish", "action-submit")


def images_in(value):
    """Every image in a field's value: an image, a StreamField value, a struct, a list."""
    if isinstance(value, AbstractImage):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from images_in(child.value)
    elif isinstance(value, StructValue | dict):
        for item in value.values():
            yield from images_in(item)
    elif isinstance(value, ListValue | list | tuple):
        for item in value:
            yield from images_in(item)


def missing_alt_text(images):
    """The images among ``images`` without a description, each once, in order."""
    seen, missing = set(), []
    for image in images:
        if image.pk not in seen and not (image.description or "").strip():
            seen.add(image.pk)
            missing.append(image)
    return missing


def is_publishing(data):
    if any(data.get(name) for name in PUBLISHING_ACTIONS):
        return True
    return bool(data.get("action-workflow-action")) and data.get("workflow-action-name", "").startswith(
        "approve"
    )


class AltTextPageForm(WagtailAdminPageForm):
    """Wagtail's page form, refusing to publish a page whose images lack alt text."""

    def posted_images(self):
        for value in self.cleaned_data.values():
            yield from images_in(value)
        for formset in self.formsets.values():
            for form in formset.forms:
                if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE"):
                    for value in form.cleaned_data.values():
                        yield from images_in(value)

    def clean(self):
        cleaned_data = super().clean()
        if self.is_bound and is_publishing(self.data):
            missing = missing_alt_text(self.posted_images())
            if missing:
                titles = ", ".join(f"“{image.title}”" for image in missing)
                raise ValidationError(
                    ngettext(
                        "Add alt text to this image before publishing: %(titles)s. "
                        "Open Images, edit the image and fill in its description. "
                        "You can save a draft meanwhile.",
                        "Add alt text to these images before publishing: %(titles)s. "
                        "Open Images, edit each image and fill in its description. "
                        "You can save a draft meanwhile.",
                        len(missing),
                    )
                    % {"titles": titles},
                    code="alt_text_missing",
                )
        return cleaned_data


def install_page_form():
    """Give ``AltTextPageForm`` to every page type that uses Wagtail's default page form."""
    for model in get_page_models():
        if model is Page or model._meta.abstract or "edit_handler" in vars(model):
            continue
        if getattr(model, "base_form_class", None) in (None, WagtailAdminPageForm):
            model.base_form_class = AltTextPageForm
