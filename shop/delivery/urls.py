from django.urls import path

from .views import RegionRateListView

app_name = "delivery-dashboard"
urlpatterns = [path("", RegionRateListView.as_view(), name="rate-list")]
