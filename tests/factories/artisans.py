"""Artisans' storefront profiles (shop.artisans) on top of the shop factories."""

from shop.artisans.models import ArtisanProfile

from .shop import PartnerFactory


def make_profile(name="Khadija Amrani", partner_name=None, **fields):
    """An active storefront for a partner named ``partner_name`` (default: the public name)."""
    partner = PartnerFactory(name=partner_name or name)
    defaults = {
        "kind": ArtisanProfile.Kind.INDIVIDUAL,
        "workshop": f"Atelier {name}",
        "region": "MA-07",
        "story_ar": "حكاية الحرفية",
        "story_fr": "L'histoire de l'artisane",
        "email": "artisan@example.test",
    }
    return ArtisanProfile.objects.create(partner=partner, name=name, **{**defaults, **fields})


def made_to_order_class(name="Made to order"):
    """A product class that does not track stock: its products can always be ordered."""
    from oscar.core.loading import get_model

    ProductClass = get_model("catalogue", "ProductClass")
    product_class, _created = ProductClass.objects.get_or_create(name=name, defaults={"track_stock": False})
    if product_class.track_stock:
        product_class.track_stock = False
        product_class.save()
    return product_class


def tiny_image(name="p.jpg", size=(12, 12), colour="#b4532a", image_format="JPEG"):
    """A small real picture as an uploaded file."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, image_format)
    content_type = {"JPEG": "image/jpeg", "PNG": "image/png"}[image_format]
    return SimpleUploadedFile(name, out.getvalue(), content_type=content_type)


def make_craft(slug, **names):
    """A craft of the shared taxonomy, named per language: ``make_craft("pottery", ar=..., fr=...)``."""
    from portal.taxonomy.models import Craft

    fields = {f"name_{lang}": name for lang, name in names.items()}
    fields.setdefault("name_ar", slug)
    craft, _created = Craft.objects.get_or_create(slug=slug, defaults=fields)
    return craft
