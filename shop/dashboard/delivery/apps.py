"""Delivery in the dashboard, staff only: rates per region and method, stop-desk points, free thresholds.

The rows themselves live in shop.delivery.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig
from oscar.core.loading import get_class


class DeliveryDashboardConfig(OscarDashboardConfig):
    label = "delivery_dashboard"
    name = "shop.dashboard.delivery"
    verbose_name = _("Delivery dashboard")

    default_permissions = ["is_staff"]

    VIEWS = {
        "rate_list_view": "RegionRateListView",
        "stop_desk_list_view": "StopDeskListView",
        "stop_desk_create_view": "StopDeskCreateView",
        "stop_desk_update_view": "StopDeskUpdateView",
        "stop_desk_deactivate_view": "StopDeskDeactivateView",
        "threshold_list_view": "ThresholdListView",
        "threshold_edit_view": "ThresholdEditView",
    }

    def ready(self):
        for attribute, class_name in self.VIEWS.items():
            setattr(self, attribute, get_class("dashboard.delivery.views", class_name))

    def get_urls(self):
        urls = [
            path("", self.rate_list_view.as_view(), name="delivery-rate-list"),
            path(
                "stop-desk-rates/",
                self.rate_list_view.as_view(method="stop-desk"),
                name="delivery-stop-desk-rate-list",
            ),
            path("stop-desks/", self.stop_desk_list_view.as_view(), name="delivery-stop-desk-list"),
            path("stop-desks/new/", self.stop_desk_create_view.as_view(), name="delivery-stop-desk-create"),
            path(
                "stop-desks/<int:pk>/", self.stop_desk_update_view.as_view(), name="delivery-stop-desk-update"
            ),
            path(
                "stop-desks/<int:pk>/deactivate/",
                self.stop_desk_deactivate_view.as_view(),
                name="delivery-stop-desk-deactivate",
            ),
            path("free-delivery/", self.threshold_list_view.as_view(), name="delivery-threshold-list"),
            path(
                "free-delivery/<int:partner_pk>/",
                self.threshold_edit_view.as_view(),
                name="delivery-threshold-edit",
            ),
        ]
        return self.post_process_urls(urls)
