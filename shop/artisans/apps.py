from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArtisansConfig(AppConfig):
    name = "shop.artisans"
    label = "artisans"
    verbose_name = _("Artisans' storefronts")
