"""Organisations in the admin's Snippets menu (searchable, translatable with wagtail-localize)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .organisations import Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "website"]
    search_fields = ["name"]


register_snippet(OrganisationViewSet)
