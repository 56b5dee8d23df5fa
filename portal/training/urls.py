from django.urls import path

from . import views

app_name = "training"
urlpatterns = [
    path("registrations/cancel/<str:token>/", views.cancel_registration, name="cancel"),
    path("certificates/<str:code>/", views.verify, name="verify"),
    path("certificates/<str:code>/pdf/", views.certificate_pdf, name="certificate_pdf"),
]
