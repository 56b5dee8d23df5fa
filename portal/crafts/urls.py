"""Open-data exports of the craft registry, per language: /<lang>/crafts-registry.json and .csv."""

from django.urls import path

from . import views

urlpatterns = [
    path("crafts-registry.json", views.registry_json, name="crafts_registry_json"),
    path("crafts-registry.csv", views.registry_csv, name="crafts_registry_csv"),
]
