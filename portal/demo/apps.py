from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo content (``manage.py load_demo_content``): it only adds content to a set-up site."""

    name = "portal.demo"
    label = "demo"
    verbose_name = _("Demo content")
