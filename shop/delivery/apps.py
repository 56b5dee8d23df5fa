from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class DeliveryConfig(AppConfig):
    name = "shop.delivery"
    label = "delivery"
    verbose_name = _("Delivery")

    def ready(self):
        from .defaults import ensure_defaults_after_migrate

        post_migrate.connect(ensure_defaults_after_migrate, sender=self)
