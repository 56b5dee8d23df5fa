from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SetupConfig(AppConfig):
    """What every Hirfa site needs before anyone uses it (``manage.py setup_site``)."""

    name = "portal.setup"
    label = "site_setup"
    verbose_name = _("Site setup")
