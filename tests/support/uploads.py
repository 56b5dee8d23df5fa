"""Files an attacker (or a careless phone) uploads as images, each built in memory."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def upload(name, data, content_type="image/png"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def encoded(image, image_format, **options):
    out = io.BytesIO()
    image.save(out, image_format, **options)
    return out.getvalue()


def jpeg(name="photo.jpg", size=(640, 480)):
    return upload(name, encoded(Image.new("RGB", size, (180, 83, 42)), "JPEG"), "image/jpeg")


def bomb_png(name="bomb.png", side=12_000):
    """A 12,000 × 12,000 PNG of a few kB: 144 megapixels (432 MB in RGB) once decoded."""
    return upload(name, encoded(Image.new("1", (side, side)), "PNG"))


def too_wide_png(name="wide.png"):
    return upload(name, encoded(Image.new("1", (6001, 10)), "PNG"))


def svg_named_png(name="logo.png"):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'
    return upload(name, svg)


def html_named_jpg(name="photo.jpg"):
    return upload(name, b"<!doctype html><script>alert(document.cookie)</script>", "image/jpeg")


def gif_named_png(name="anim.png"):
    return upload(name, encoded(Image.new("RGB", (10, 10)), "GIF"))


def animated_webp(frames, name="anim.webp", size=(16, 16)):
    images = [Image.new("RGB", size, (8 * i % 256, 40, 90)) for i in range(frames)]
    data = encoded(images[0], "WEBP", save_all=True, append_images=images[1:], lossless=True)
    return upload(name, data, "image/webp")


def heavy_jpeg(megabytes=11, name="heavy.jpg"):
    return upload(name, b"\xff\xd8\xff\xe0" + b"\0" * (megabytes * 1024 * 1024), "image/jpeg")


# (id, file maker, the French message, the Arabic message): every refusal of the shared check.
REFUSALS = [
    ("bomb", bomb_png, "Cette photo a trop de pixels", "في هذه الصورة بكسلات كثيرة جدًا"),
    ("6001 px wide", too_wide_png, "Cette photo fait 6001 × 10 pixels", "أبعاد هذه الصورة 6001 × 10 بكسل"),
    ("SVG named .png", svg_named_png, "n'est pas une photo JPEG, PNG ou WebP", "ليس صورة بصيغة JPEG"),
    ("HTML named .jpg", html_named_jpg, "n'est pas une photo JPEG, PNG ou WebP", "ليس صورة بصيغة JPEG"),
    ("GIF named .png", gif_named_png, "n'est pas une photo JPEG, PNG ou WebP", "ليس صورة بصيغة JPEG"),
    (
        "31 frames",
        lambda: animated_webp(31),
        "Cette animation a 31 images",
        "في هذه الصورة المتحركة 31 إطارًا",
    ),
    ("11 MB", heavy_jpeg, "Cette photo pèse 11,0\xa0Mio", "حجم هذه الصورة 11,0"),
]
