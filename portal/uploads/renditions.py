"""The thumbnails and renditions our templates and feeds ask for, made when an image is saved.

Keep these lists in step with the templates (``{% oscar_thumbnail … %}`` and
``{% image … %}``; tests/integration/test_uploads_renditions.py greps them): a
size missing here is made on a visitor's first request instead.
"""

import logging

from oscar.core.thumbnails import get_thumbnailer

logger = logging.getLogger(__name__)

# (geometry, options) of {% oscar_thumbnail image.original … %}: ours and Oscar's public templates.
PRODUCT_THUMBNAILS = [
    ("440x400", {"upscale": False}),  # oscar/catalogue/partials/gallery.html
    ("65x55", {"crop": "center"}),  # gallery.html, its carousel
    ("x155", {"upscale": False}),  # catalogue/partials/product.html, reviews
    ("320x320", {"crop": "center"}),  # components/product_card.html, artisans/partials/product_card.html
    ("200x200", {"upscale": False}),  # basket, checkout, thank-you, wishlists
    ("100x100", {"upscale": False}),  # basket quick view, dashboard product form
    ("70x70", {"upscale": False}),  # dashboard product list
]
# {% oscar_thumbnail profile.photo … %}: artisans/partials/artisan_card.html, artisans/storefront.html.
ARTISAN_THUMBNAILS = [("320x320", {"crop": "center"}), ("480x480", {"crop": "center"})]

# Filter specs of {% image %} in portal/templates and of get_rendition() in code.
WAGTAIL_RENDITIONS = [
    "height-96|format-webp",  # components/organisations.html
    "width-960|format-webp",  # blocks/image_block.html, pages/news_page.html
    "fill-480x360",  # pages/craft_page.html
    "fill-400x300",  # pages/craft_index_page.html
    "fill-640x400",  # pages/home_page.html
    "fill-320x320",  # pages/master_artisan_page.html, master_index_page.html
    "width-960|format-jpeg",  # feeds/news.py
    "width-1200",  # news/structured.py
    "fill-400x400",  # masters/structured.py
    "fill-1200x630",  # sharing/templatetags/hirfa_sharing.py (OG_IMAGE_SPEC)
    "max-165x165",  # the admin's image listing and chooser
]


def make_thumbnails(file, sizes):
    """Make (or find) each thumbnail of ``file``; a failure is logged, never raised to the uploader."""
    if not file:
        return
    thumbnailer = get_thumbnailer()
    for size, options in sizes:
        try:
            thumbnailer.generate_thumbnail(file, size=size, **options)
        except Exception:  # noqa: BLE001  (the page would then show no thumbnail, as Oscar does)
            logger.exception("Could not make the %s thumbnail of %s", size, file.name)


def make_renditions(image):
    """Make (or find) every rendition of a Wagtail image that a page or feed asks for."""
    if not image.file:
        return
    try:
        image.get_renditions(*WAGTAIL_RENDITIONS)
    except Exception:  # noqa: BLE001
        logger.exception("Could not make the renditions of image %s", image.pk)
