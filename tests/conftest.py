"""Fixtures shared by the whole suite.

The real PostgreSQL and Redis servers are not started here but in
``tests/plugins/services.py`` (a ``-p`` plugin), because Django's settings are
read before any conftest.py is imported.
"""

import pytest


def make_site_home():
    """Run the real site setup (``setup_site``) and return the default Site's root, a ``home.HomePage``.

    The test database is set up once per run (``django_db_setup`` below), so
    this is a cheap no-op check; after a transactional test's flush (no page,
    locale or site left) it builds the site again, as a deploy would.
    """
    from django.test import TestCase
    from wagtail.models import Site

    from portal.setup.steps import setup_site

    # wagtail-localize publishes translations on commit: run those callbacks inside a test's transaction.
    with TestCase.captureOnCommitCallbacks(execute=True):
        setup_site()
    return Site.objects.get(is_default_site=True).root_page.specific


def _flushed_sqlite_test_database():
    """True when the reused SQLite test database lost what migrations wrote.

    A transactional test ends with a flush, which empties every table (Wagtail's
    root page, its Editors group...); with ``--reuse-db`` the next run would
    start from that. Such a database is migrated again from scratch instead.
    """
    import contextlib
    import sqlite3
    from pathlib import Path

    from django.conf import settings

    database = settings.DATABASES["default"]
    path = Path(database.get("TEST", {}).get("NAME") or "")
    if database["ENGINE"] != "django.db.backends.sqlite3" or not path.is_file():
        return False
    with contextlib.closing(sqlite3.connect(path)) as connection:
        try:
            query = "SELECT COUNT(*) FROM auth_group WHERE name = 'Editors'"
            (editors,) = connection.execute(query).fetchone()
        except sqlite3.DatabaseError:
            return False  # not migrated yet: Django migrates it anyway
    return editors == 0


@pytest.fixture(scope="session")
def django_db_createdb(request):
    """``--create-db``, or a reused test database that a transactional test flushed."""
    return request.config.getvalue("create_db") or _flushed_sqlite_test_database()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database as a deploy leaves it: ``migrate``, then ``setup_site`` (committed, once)."""
    with django_db_blocker.unblock():
        make_site_home()


@pytest.fixture
def site_home(db):
    """The site's HomePage (``home.HomePage``), root of the default Site."""
    return make_site_home()


@pytest.fixture(autouse=True)
def _fresh_rendition_cache():
    """No test sees renditions cached by another test's image of the same id (see settings/test.py)."""
    from django.core.cache import caches

    caches["renditions"].clear()


def _uses_database(request):
    markers = request.node.get_closest_marker("django_db") is not None
    return markers or bool({"db", "transactional_db", "django_db_setup"} & set(request.fixturenames))


@pytest.fixture(autouse=True)
def _fresh_abuse_limits(request):
    """Every test starts with no rate-limit count and no failed sign-in (portal/abuse).

    The test client always comes from 127.0.0.1: without this, one test's
    orders or password resets would count against the next. The counts are
    in Redis (``--redis``) or in the database's cache table, which a
    transactional test's flush does not empty; sign-in failures are rows of
    django-axes, rolled back or flushed with the rest.
    """
    from django.core.cache import caches

    cache = caches["ratelimit"]
    if hasattr(cache, "delete_pattern"):  # django-redis: only our prefix, not the sessions
        cache.delete_pattern("*")
    elif _uses_database(request):
        request.getfixturevalue("django_db_setup")
        with request.getfixturevalue("django_db_blocker").unblock():
            cache.clear()
