"""Oscar's dashboard, forked: Hirfa's sub-apps join Oscar's.

Delivery rates, artisan applications, the artisan's own storefront and the
CSV import and export of their products.

They are mounted under /shop/dashboard/ like Oscar's own.
"""

from django.apps import apps as django_apps
from django.urls import include, path
from oscar.apps.dashboard import apps


class DashboardConfig(apps.DashboardConfig):
    name = "shop.dashboard"

    def ready(self):
        super().ready()
        self.delivery_app = django_apps.get_app_config("delivery_dashboard")
        self.applications_app = django_apps.get_app_config("applications_dashboard")
        self.storefront_app = django_apps.get_app_config("storefront_dashboard")
        self.product_csv_app = django_apps.get_app_config("product_csv_dashboard")

    def get_urls(self):
        urls = super().get_urls()
        urls.append(path("delivery/", include(self.delivery_app.urls[0])))
        urls.append(path("applications/", include(self.applications_app.urls[0])))
        urls.append(path("storefront/", include(self.storefront_app.urls[0])))
        urls.append(path("products-csv/", include(self.product_csv_app.urls[0])))
        return urls
