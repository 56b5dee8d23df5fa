"""CSV import and export of an artisan's own products (the rules: importer.py, the columns: columns.py).

Artisans (``partner.dashboard_access``) work on their own partners' products
only (views.py narrows to ``request.user.partners``); staff choose the partner.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig
from oscar.core.loading import get_class


class ProductCsvDashboardConfig(OscarDashboardConfig):
    label = "product_csv_dashboard"
    name = "shop.dashboard.product_csv"
    verbose_name = _("Product import and export")

    default_permissions = ["is_staff"]
    permissions_map = {
        "product-csv": (["is_staff"], ["partner.dashboard_access"]),
        "product-csv-export": (["is_staff"], ["partner.dashboard_access"]),
        "product-csv-report": (["is_staff"], ["partner.dashboard_access"]),
    }

    def ready(self):
        views = "dashboard.product_csv.views"
        self.import_view = get_class(views, "ProductImportView")
        self.export_view = get_class(views, "ProductExportView")
        self.report_view = get_class(views, "ErrorReportView")

    def get_urls(self):
        urls = [
            path("", self.import_view.as_view(), name="product-csv"),
            path("export/", self.export_view.as_view(), name="product-csv-export"),
            path("errors/", self.report_view.as_view(), name="product-csv-report"),
        ]
        return self.post_process_urls(urls)
