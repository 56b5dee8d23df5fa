"""The load run's settings (benchmarks/load/run.py): production, on loopback, with throwaway secrets.

Everything production does stays on (DEBUG off, secure cookies, HSTS,
whitenoise's manifest storage, SQLite in WAL mode); the load clients act as
the TLS proxy would (``X-Forwarded-Proto: https``). What differs, and why:

- a fixed test SECRET_KEY and ALLOWED_HOSTS=127.0.0.1 (set before production
  reads them; the runner's environment may override both);
- no TLS redirect: there is no TLS terminator on loopback;
- e-mail goes to files in the run's data directory, not to an SMTP server
  that is not there;
- the per-client and per-phone order limits are raised: every simulated
  customer comes from 127.0.0.1, and the run measures the server, not the
  limits (their own tests prove them).
"""

import os

os.environ.setdefault("SECRET_KEY", "load-test-only-" + "0" * 50)
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

from .production import *  # noqa: E402, F403

SECURE_SSL_REDIRECT = False

EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ.get("HIRFA_LOAD_MAIL_DIR", str(BASE_DIR / "test-artifacts" / "load-mail"))  # noqa: F405

# Limits on orders (issue 8, "Limits on the cost a client can impose"; portal/abuse where it is
# merged): still counted, as in production, but far above what the run places from 127.0.0.1.
HIRFA_RATE_LIMITS = {
    **globals().get("HIRFA_RATE_LIMITS", {}),
    "cod-order-client": "100000/h",
    "cod-order-phone": "100000/h",
}
