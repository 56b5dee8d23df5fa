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
