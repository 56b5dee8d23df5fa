"""Mounted under /<lang>/shop/artisans/ (portal/urls.py, before Oscar's shop/)."""

from django.urls import path

from . import views

app_name = "artisans"

urlpatterns = [
    path("", views.DirectoryView.as_view(), name="directory"),
    path("<slug:slug>/", views.StorefrontView.as_view(), name="storefront"),
    path("<slug:slug>/card/", views.PrintCardView.as_view(), name="card"),
    path("<slug:slug>/qr.svg", views.qr_code, name="qr"),
]
