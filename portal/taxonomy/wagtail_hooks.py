"""Crafts and materials in the Wagtail admin, as snippets under one "Taxonomy" menu."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Craft, Material

NAME_FIELDS = [f"name_{code}" for code in settings.MODELTRANSLATION_LANGUAGES]


class CraftViewSet(SnippetViewSet):
    model = Craft
    icon = "tag"
    menu_label = _("Crafts")
    list_display = ["name", "slug"]
    search_fields = [*NAME_FIELDS, "slug"]
    search_backend_name = None  # the ORM, over every language's name


class MaterialViewSet(SnippetViewSet):
    model = Material
    icon = "pick"
    menu_label = _("Materials")
    list_display = ["name", "slug"]
    search_fields = [*NAME_FIELDS, "slug"]
    search_backend_name = None


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (CraftViewSet, MaterialViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomy")
    menu_name = "taxonomy"
    menu_order = 200


register_snippet(TaxonomyViewSetGroup)
