"""Artisan applications in the dashboard, staff only (the applications and approval: shop.onboarding)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig
from oscar.core.loading import get_class


class ApplicationsDashboardConfig(OscarDashboardConfig):
    label = "applications_dashboard"
    name = "shop.dashboard.applications"
    verbose_name = _("Applications dashboard")

    # Artisans hold partner.dashboard_access, not is_staff: they get a 403 here, anonymous visitors the login.
    default_permissions = ["is_staff"]

    def ready(self):
        views = "dashboard.applications.views"
        self.list_view = get_class(views, "ApplicationListView")
        self.detail_view = get_class(views, "ApplicationDetailView")
        self.approve_view = get_class(views, "ApproveView")
        self.reject_view = get_class(views, "RejectView")
        self.more_view = get_class(views, "RequestMoreView")

    def get_urls(self):
        urls = [
            path("", self.list_view.as_view(), name="application-list"),
            path("<int:pk>/", self.detail_view.as_view(), name="application-detail"),
            path("<int:pk>/approve/", self.approve_view.as_view(), name="application-approve"),
            path("<int:pk>/reject/", self.reject_view.as_view(), name="application-reject"),
            path("<int:pk>/more/", self.more_view.as_view(), name="application-more"),
        ]
        return self.post_process_urls(urls)
