"""Load the demo once for a whole test module, inside a transaction rolled back at the module's end."""

import contextlib

from django.conf import settings
from django.db import transaction


@contextlib.contextmanager
def loaded_for_the_module(django_db_blocker, media_root, build):
    """Run ``build()`` with the database unblocked and uploads in ``media_root``; yield its result.

    Each test of the module runs inside this outer transaction (as a savepoint)
    and sees what ``build`` wrote; nothing is left once the module is done.
    """
    media, settings.MEDIA_ROOT = settings.MEDIA_ROOT, media_root
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield build()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            settings.MEDIA_ROOT = media


# --- One load of the demo for a whole test package ---------------------------------------------------
# Loading the demo costs about a minute (wagtail-localize translates 100+ pages), so the modules that
# only read the demo's pages share one load (tests/integration/demo_site/conftest.py). Each module
# registers what it counts with ``@snapshot(name)``; the load runs twice and records every count after
# each run, so that each module still proves that a second run changes nothing it looks at.

SNAPSHOTS = {}


def snapshot(name):
    """Register ``function`` (no arguments, returns a comparable value) under ``name``."""

    def register(function):
        SNAPSHOTS[name] = function
        return function

    return register


def load_demo(*args):
    from io import StringIO

    from django.core.management import call_command
    from django.test import TestCase

    # wagtail-localize publishes translations on commit: run those callbacks, as a real commit would.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo_content", "--image-size=16", *args, stdout=StringIO(), stderr=StringIO())


def load_twice_with_snapshots():
    """``{name: {"first": value after the first run, "second": after the second}}`` for every snapshot."""
    load_demo()
    first = {name: function() for name, function in SNAPSHOTS.items()}
    load_demo()
    return {name: {"first": first[name], "second": function()} for name, function in SNAPSHOTS.items()}
