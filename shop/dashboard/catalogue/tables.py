"""Oscar's product table, with product type names shown translated (portal/setup stores them in English)."""

from django.utils.translation import gettext
from oscar.apps.dashboard.catalogue import tables


class ProductTable(tables.ProductTable):
    def render_product_class(self, value, record):
        product_class = record.get_product_class()
        return gettext(product_class.name) if product_class else "—"

    class Meta(tables.ProductTable.Meta):
        # django-tables2 does not inherit Meta: without this the table loses Oscar's classes and column order.
        pass
