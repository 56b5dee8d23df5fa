"""An artisan's photo meets the shared image caps (portal/uploads), refused in the user's language."""

import io

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from shop.artisans.models import ArtisanProfile
from tests.factories.artisans import tiny_image


class PhotoForm(forms.ModelForm):
    class Meta:
        model = ArtisanProfile
        fields = ["photo"]


def errors_for(upload, lang="fr"):
    with translation.override(lang):
        form = PhotoForm(data={}, files={"photo": upload}, instance=ArtisanProfile(name="x"))
        form.is_valid()
        return [str(message) for message in form.errors.get("photo", [])]


def test_a_small_jpeg_is_accepted():
    assert errors_for(tiny_image()) == []


def test_a_20_mb_file_is_refused_before_it_is_read_as_a_picture():
    big = SimpleUploadedFile(
        "big.jpg", b"\xff\xd8\xff" + b"0" * (20 * 1024 * 1024), content_type="image/jpeg"
    )
    errors = errors_for(big)
    assert len(errors) == 1 and "20,0\xa0Mio" in errors[0] and "10,0\xa0Mio" in errors[0]
    assert "الحد الأقصى" in errors_for(big, "ar")[0]


def test_an_html_file_named_jpg_is_refused():
    fake = SimpleUploadedFile(
        "photo.jpg", b"<html><script>alert(1)</script></html>", content_type="image/jpeg"
    )
    assert errors_for(fake) == ["Ce fichier n'est pas une photo JPEG, PNG ou WebP."]
    assert errors_for(fake, "ar") == ["هذا الملف ليس صورة بصيغة JPEG أو PNG أو WebP."]


def test_a_10000_by_10000_png_is_refused_for_its_pixels(settings):
    out = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(out, "PNG")  # a few kB on disk, 100 megapixels decoded
    assert out.tell() < settings.HIRFA_IMAGE_MAX_BYTES
    bomb = SimpleUploadedFile("bomb.png", out.getvalue(), content_type="image/png")
    errors = errors_for(bomb)
    assert errors == [
        "Cette photo a trop de pixels ; la limite est de 6000 pixels pour son plus grand côté"
        " et de 12,5 mégapixels. Envoyez une photo plus petite."
    ]


def test_the_model_field_validates_too(db):
    from django.core.exceptions import ValidationError

    from shop.artisans.photos import validate_photo

    fake = SimpleUploadedFile("photo.jpg", b"GIF89a not really", content_type="image/jpeg")
    with pytest.raises(ValidationError):
        validate_photo(fake)
    gif = io.BytesIO()
    Image.new("RGB", (4, 4)).save(gif, "GIF")  # a real picture, but not a format we accept
    with pytest.raises(ValidationError):
        validate_photo(SimpleUploadedFile("x.gif", gif.getvalue(), content_type="image/gif"))
