"""Rules the Wagtail admin enforces for every editor: alt text on images before anything is published.

- forms.py: the image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``) requires the
  image's description, which Wagtail renders as its ``alt`` text;
- alt_text.py: publishing a page, submitting it for moderation or approving
  it from the page editor is refused while an image it shows (a chooser field,
  an image block in a StreamField, an image in an inline panel) has no
  description; saving a draft is always allowed. apps.py gives that form to
  every page type that has not chosen its own base form.

The roles, collections and workflow themselves are created by ``setup_site``
(portal/setup/editorial.py).
"""
