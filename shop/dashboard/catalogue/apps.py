"""Oscar's catalogue dashboard, forked: artisans may also add variants to their own products."""

from oscar.apps.dashboard.catalogue import apps
from oscar.core.loading import get_class


class CatalogueDashboardConfig(apps.CatalogueDashboardConfig):
    name = "shop.dashboard.catalogue"

    def configure_permissions(self):
        super().configure_permissions()
        DashboardPermission = get_class("dashboard.permissions", "DashboardPermission")
        self.permissions_map["catalogue-product-create-child"] = (
            DashboardPermission.get("catalogue", "view_product", "add_product"),
            DashboardPermission.partner_dashboard_access,
        )
