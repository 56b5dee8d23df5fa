from django.urls import path

from .views import ApplyView, StatusView

app_name = "onboarding"
urlpatterns = [
    path("", ApplyView.as_view(), name="apply"),
    path("status/<str:token>/", StatusView.as_view(), name="status"),
]
