import oscar.apps.catalogue.apps as apps
from django.db.models.signals import pre_save


class CatalogueConfig(apps.CatalogueConfig):
    name = "shop.catalogue"

    def ready(self):
        super().ready()
        from .models import Category, Product
        from .sanitize import sanitize_category, sanitize_product

        pre_save.connect(sanitize_product, sender=Product, dispatch_uid="hirfa_sanitize_product")
        pre_save.connect(sanitize_category, sender=Category, dispatch_uid="hirfa_sanitize_category")
