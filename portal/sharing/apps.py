from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SharingConfig(AppConfig):
    """What search engines and link previews read: sitemap, robots.txt, Open Graph, JSON-LD."""

    name = "portal.sharing"
    label = "sharing"
    verbose_name = _("Sharing and search engines")
