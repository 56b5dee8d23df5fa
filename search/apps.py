from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteSearchConfig(AppConfig):
    """Our site search. Labelled ``site_search``: Oscar's search app owns ``search``."""

    name = "search"
    label = "site_search"
    verbose_name = _("Site search")
