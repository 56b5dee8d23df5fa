from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .taxonomy import Craft


class CraftViewSet(SnippetViewSet):
    model = Craft
    icon = "tag"
    menu_label = _("Crafts")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


register_snippet(CraftViewSet)
