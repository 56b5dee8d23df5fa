"""The artisan's own storefront in the dashboard (the profile itself lives in shop.artisans).

Artisans (``partner.dashboard_access``) reach it for their own partners only
(views.py narrows to ``request.user.partners``); staff reach every storefront.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig
from oscar.core.loading import get_class


class StorefrontDashboardConfig(OscarDashboardConfig):
    label = "storefront_dashboard"
    name = "shop.dashboard.storefront"
    verbose_name = _("Storefront dashboard")

    default_permissions = ["is_staff"]
    permissions_map = {
        "storefront-edit": (["is_staff"], ["partner.dashboard_access"]),
        "storefront-partner-edit": (["is_staff"], ["partner.dashboard_access"]),
    }

    def ready(self):
        self.chooser_view = get_class("dashboard.storefront.views", "StorefrontChooserView")
        self.edit_view = get_class("dashboard.storefront.views", "StorefrontEditView")

    def get_urls(self):
        urls = [
            path("", self.chooser_view.as_view(), name="storefront-edit"),
            path("<int:partner_pk>/", self.edit_view.as_view(), name="storefront-partner-edit"),
        ]
        return self.post_process_urls(urls)
