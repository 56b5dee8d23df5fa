"""Fixtures shared by the whole suite.

The real PostgreSQL and Redis servers are not started here but in
``tests/plugins/services.py`` (a ``-p`` plugin), because Django's settings are
read before any conftest.py is imported.
"""

import pytest


def make_site_home(title="Hirfa", slug="hirfa-home"):
    """A ``home.HomePage`` as the default Site's root, whatever the database holds.

    A migrated test database has Wagtail's root page and a "Welcome" page as the
    Site root, but no HomePage; after a transactional test's flush it has no
    page, locale or site at all. Both cases end with the same tree.
    """
    from django.conf import settings
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    home = HomePage.objects.filter(depth=2, locale=locale).first()
    if home is None:
        home = root.add_child(instance=HomePage(title=title, slug=slug, locale=locale))
    Site.objects.filter(is_default_site=False, hostname="localhost", port=80).delete()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page, site.site_name = "localhost", 80, home, "Hirfa"
    site.save()
    return home


@pytest.fixture
def site_home(db):
    """The site's HomePage (``home.HomePage``), root of the default Site."""
    return make_site_home()
