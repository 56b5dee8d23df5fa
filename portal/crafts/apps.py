from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CraftsConfig(AppConfig):
    name = "portal.crafts"
    label = "crafts"
    verbose_name = _("Craft registry")
