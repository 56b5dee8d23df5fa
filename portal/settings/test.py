"""Test settings: fast hashing, local memory e-mail; the database comes from the test setup."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Faults and recovery (issue 8): tests/integration/test_mail_queue.py switches to the queue
# (mailer.backend.DbBackend); its sender's lock file is this process's own.
MAILER_LOCK_PATH = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"hirfa-mailer-test-{os.getpid()}")  # noqa: S108
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / ".test-media"))  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_AUTOREFRESH = True

# A file, not :memory:, so that tests with several threads (the last-unit
# concurrency test) share one SQLite database, as two workers would.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    import tempfile

    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.environ.get(
            "TEST_SQLITE_PATH", str(Path(tempfile.gettempdir()) / f"hirfa-test-{os.getpid()}.sqlite3")
        )
    }

# Wagtail caches renditions by image id in the "renditions" cache when there is one. Tests roll their
# images back, and SQLite hands the next image the same id: tests/conftest.py empties this cache
# before each test, so that no test is served another test's picture.
CACHES["renditions"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}  # noqa: F405
