"""The registry exports of the active language's craft registry (404 when that language has none)."""

from django.http import Http404
from django.utils.translation import gettext as _
from wagtail.models import Locale

from .exports import csv_response, json_response
from .models import CraftIndexPage


def active_registry():
    index = CraftIndexPage.objects.live().public().filter(locale=Locale.get_active()).first()
    if index is None:
        raise Http404(_("There is no craft registry in this language yet."))
    return index


def registry_json(request):
    return json_response(active_registry(), request)


def registry_csv(request):
    return csv_response(active_registry(), request)
