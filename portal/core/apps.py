from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"
    verbose_name = _("Hirfa core")

    def ready(self):
        from .sites import name_the_site_after_migrate

        post_migrate.connect(name_the_site_after_migrate, sender=self)
