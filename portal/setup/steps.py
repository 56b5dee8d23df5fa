"""The setup steps in order, and one function that runs them all in one transaction."""

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .catalogue import ensure_product_classes
from .collections import ensure_collections
from .delivery import ensure_delivery_zones
from .editorial import ensure_editorial_groups
from .groups import ensure_groups
from .home import ensure_home, ensure_home_translations
from .locales import ensure_locales
from .page_permissions import ensure_page_permissions
from .workflow import ensure_moderation_workflow


def _home():
    _page, created = ensure_home()
    return [settings.LANGUAGE_CODE] if created else []


def _home_translations():
    home, _created = ensure_home()
    return ensure_home_translations(home)


# (label, step): each step returns what it created (a list of names, or a count of rows).
STEPS = [
    (_("Languages"), ensure_locales),
    (_("Home page"), _home),
    (_("Home page translations"), _home_translations),
    (_("Roles and permissions"), ensure_groups),
    (_("Editorial roles"), ensure_editorial_groups),
    (_("Editorial sections"), ensure_page_permissions),
    (_("Image and document collections"), ensure_collections),
    (_("Moderation workflow"), ensure_moderation_workflow),
    (_("Delivery zones"), ensure_delivery_zones),
    (_("Product types"), ensure_product_classes),
]


def setup_site():
    """Run every step in one transaction; return ``[(label, created), ...]``.

    Content is written in the site's default language (the home page's
    source), whatever language the caller runs in.
    """
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        return [(label, step()) for label, step in STEPS]
