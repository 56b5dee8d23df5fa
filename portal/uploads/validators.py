"""``check_image``: the limits every uploaded image must meet, checked on its content.

In this order, so that nothing is decoded in full before the limits pass:

1. its size in bytes (``HIRFA_IMAGE_MAX_BYTES``), before Pillow reads anything;
2. Pillow opens it, trying only the JPEG (and MPO), PNG and WebP decoders: an SVG,
   an HTML page or a GIF, whatever their name, is "not a photo"; ``open``
   reads the header only (format, pixel size, number of frames), and its
   decompression-bomb warning is an error;
3. the longest side (``HIRFA_IMAGE_MAX_SIDE``), the pixels of one frame
   (``HIRFA_IMAGE_MAX_PIXELS``) and the frames of an animation
   (``HIRFA_IMAGE_MAX_FRAMES``). A WebP or an animation has a smaller pixel
   cap (``HIRFA_IMAGE_MAX_WEBP_PIXELS``): Pillow decodes a WebP through
   libwebp's animation decoder, which holds two more full canvases (a 12.5
   megapixel WebP costs about 200 MB to decode, a PNG or JPEG about 50), and a
   WebP's canvas and frames are read from its RIFF chunks (webp.py) before
   Pillow is given it;
4. ``verify``, which checks the structure without decoding the pixels.
"""

import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from PIL import Image

from .webp import webp_canvas

DECODERS = ("JPEG", "PNG", "WEBP")  # Pillow's JPEG decoder also opens MPO (a JPEG with more views)
EXTENSIONS = {"JPEG": ".jpg", "MPO": ".jpg", "PNG": ".png", "WEBP": ".webp"}
ACCEPT = "image/jpeg,image/png,image/webp"

NOT_A_PHOTO = _("This file is not a JPEG, PNG or WebP photo.")
TOO_HEAVY = _("This photo is %(size)s; the limit is %(limit)s. Please send a smaller photo.")
TOO_MANY_PIXELS = _(
    "This photo is %(width)s × %(height)s pixels; the limit is %(side)s pixels on its longest side"
    " and %(megapixels)s megapixels. Please send a smaller photo."
)
BOMB = _(
    "This photo has too many pixels; the limit is %(side)s pixels on its longest side"
    " and %(megapixels)s megapixels. Please send a smaller photo."
)
TOO_MANY_FRAMES = _(
    "This animation has %(frames)s frames; the limit is %(limit)s. Please send a shorter one."
)
HELP_TEXT = _(
    "JPEG, PNG or WebP, at most %(size)s, %(side)s pixels on its longest side and %(megapixels)s megapixels."
)


def limits():
    """The caps from the settings: bytes, longest side, pixels of a frame, frames."""
    return {
        "bytes": settings.HIRFA_IMAGE_MAX_BYTES,
        "side": settings.HIRFA_IMAGE_MAX_SIDE,
        "pixels": settings.HIRFA_IMAGE_MAX_PIXELS,
        "frames": settings.HIRFA_IMAGE_MAX_FRAMES,
        "webp_pixels": settings.HIRFA_IMAGE_MAX_WEBP_PIXELS,
    }


def _pixel_params(caps, pixels=None):
    return {"side": caps["side"], "megapixels": number_format((pixels or caps["pixels"]) / 1_000_000)}


def help_text():
    """The limits in words, in the reader's language (for a field's help text)."""
    caps = limits()
    return HELP_TEXT % {"size": filesizeformat(caps["bytes"]), **_pixel_params(caps)}


def check_image(value):
    """Return the Pillow format name of ``value`` (an uploaded file), or raise ValidationError.

    A file already stored (a committed ``FieldFile``) was checked when it was uploaded.
    """
    if value is None or (isinstance(value, FieldFile) and value._committed):
        return None
    caps = limits()
    size = getattr(value, "size", None)
    if size is not None and size > caps["bytes"]:
        raise ValidationError(
            TOO_HEAVY,
            code="image_too_heavy",
            params={"size": filesizeformat(size), "limit": filesizeformat(caps["bytes"])},
        )
    file = getattr(value, "file", value)
    file.seek(0)
    try:
        canvas = webp_canvas(file)
        if canvas is not None:
            _check_pixels(*canvas, caps, webp=True)
        file.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(file, formats=DECODERS) as image:
                image_format, (width, height) = image.format, image.size
                frames = getattr(image, "n_frames", 1)
                _check_pixels(width, height, frames, caps, webp=image_format == "WEBP")
                image.verify()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(BOMB, code="image_too_many_pixels", params=_pixel_params(caps)) from None
    except Exception:  # noqa: BLE001  (any failure to read the header or the pixels: not a photo)
        raise ValidationError(NOT_A_PHOTO, code="image_invalid") from None
    finally:
        file.seek(0)
    return image_format


def _check_pixels(width, height, frames, caps, webp=False):
    pixels = caps["webp_pixels"] if webp or frames > 1 else caps["pixels"]
    if max(width, height) > caps["side"] or width * height > pixels:
        raise ValidationError(
            TOO_MANY_PIXELS,
            code="image_too_many_pixels",
            params={"width": width, "height": height, **_pixel_params(caps, pixels)},
        )
    if frames > caps["frames"]:
        raise ValidationError(
            TOO_MANY_FRAMES, code="image_too_many_frames", params={"frames": frames, "limit": caps["frames"]}
        )
