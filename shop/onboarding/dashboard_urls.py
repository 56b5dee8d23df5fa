"""The staff review screens. ``urls`` is what the forked dashboard mounts (under ``applications/``).

Until then portal/urls.py mounts them at /<lang>/shop/dashboard/applications/
(namespace ``onboarding-dashboard``).
"""

from django.urls import path

from .dashboard_views import (
    ApplicationDetailView,
    ApplicationListView,
    ApproveView,
    RejectView,
    RequestMoreView,
)

app_name = "onboarding-dashboard"
urls = [
    path("", ApplicationListView.as_view(), name="application-list"),
    path("<int:pk>/", ApplicationDetailView.as_view(), name="application-detail"),
    path("<int:pk>/approve/", ApproveView.as_view(), name="application-approve"),
    path("<int:pk>/reject/", RejectView.as_view(), name="application-reject"),
    path("<int:pk>/more/", RequestMoreView.as_view(), name="application-more"),
]
urlpatterns = urls
