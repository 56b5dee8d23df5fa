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
