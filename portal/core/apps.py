from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"
    verbose_name = _("Hirfa core")

    def ready(self):
        from django.apps import apps

        from .sites import name_the_site_after_migrate

        # Sent for django.contrib.sites: post_migrate skips apps without models, as this one now is.
        post_migrate.connect(name_the_site_after_migrate, sender=apps.get_app_config("sites"))
