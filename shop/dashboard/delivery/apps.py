"""Delivery rates in the dashboard: staff only (the rates themselves live in shop.delivery)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig
from oscar.core.loading import get_class


class DeliveryDashboardConfig(OscarDashboardConfig):
    label = "delivery_dashboard"
    name = "shop.dashboard.delivery"
    verbose_name = _("Delivery dashboard")

    default_permissions = ["is_staff"]

    def ready(self):
        self.rate_list_view = get_class("dashboard.delivery.views", "RegionRateListView")

    def get_urls(self):
        urls = [path("", self.rate_list_view.as_view(), name="delivery-rate-list")]
        return self.post_process_urls(urls)
