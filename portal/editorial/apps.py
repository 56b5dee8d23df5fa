from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """Admin rules for editors (alt text before publishing, new sections granted); see __init__.py."""

    name = "portal.editorial"
    label = "editorial"
    verbose_name = _("Editorial rules")

    def ready(self):
        from . import sections
        from .alt_text import install_page_form
        from .choosers import protect_localize_snippet_api

        install_page_form()
        sections.connect()
        protect_localize_snippet_api()
