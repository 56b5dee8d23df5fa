"""Helpers for the onboarding tests: photos made in memory and a valid application's fields."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def photo(name="atelier.jpg", size=(64, 48), image_format="JPEG"):
    buffer = io.BytesIO()
    Image.new("RGB", size, (180, 83, 42)).save(buffer, image_format)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{image_format.lower()}")


def application_data(**overrides):
    data = {
        "name": "Fatima Zahra Alaoui",
        "kind": "individual",
        "workshop_name": "Atelier Safi",
        "crafts": ["pottery-ceramics"],
        "other_craft": "",
        "region_code": "MA-07",
        "phone": "06 12 34 56 78",
        "email": "fatima@example.test",
        "register_number": "AR-2024-0042",
        "story": "J'ai appris la poterie avec ma mère.",
    }
    data.update(overrides)
    return data


def make_craft(slug, names):
    """A craft of the shared taxonomy, named per language (``names["ar"]`` is required)."""
    from portal.taxonomy.models import Craft

    return Craft.objects.create(
        slug=slug, name=names["ar"], **{f"name_{lang}": n for lang, n in names.items()}
    )
