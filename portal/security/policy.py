"""Which Content-Security-Policy a response gets, chosen by its path.

Public pages get the strict policy of ``CONTENT_SECURITY_POLICY`` (settings):
scripts from our own host, inline ones only with the request's nonce. The back
offices (Wagtail's admin, Django's admin, Oscar's dashboard) run third-party
code that writes inline scripts and styles (Wagtail's page editor, Oscar's
dashboard widgets), so they get the looser ``BACKOFFICE_DIRECTIVES`` below: still
nothing from another host, no plugins, no framing by other sites.
"""

import re

from csp.constants import NONE, SELF, UNSAFE_INLINE

BACKOFFICE_PATH = re.compile(r"^/(?:admin|django-admin)/|^/[\w-]+/shop/dashboard/")

BACKOFFICE_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    # Wagtail's live preview shows the page in an iframe of the admin itself.
    "frame-src": [SELF],
    "frame-ancestors": [SELF],
    "form-action": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
}


def is_backoffice(path):
    return BACKOFFICE_PATH.match(path) is not None
