"""django-axes' backend, first of ``AUTHENTICATION_BACKENDS``: a locked-out account or address stops here.

Every sign-in form of the site (Wagtail's, the shop's, the dashboard's,
Django admin's) authenticates with its request, so every one is checked.
Only code that has no request (the test client's ``login()``, a shell) skips
the check, instead of failing as django-axes' own backend would: it can
neither be locked out nor count a failure without a client to count it by.
"""

from axes.backends import AxesStandaloneBackend


class LockoutBackend(AxesStandaloneBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
