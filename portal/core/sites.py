"""The django.contrib.sites row that Oscar's order e-mails link from and sign with.

Django creates it as "example.com": order e-mails then pointed customers to
http://example.com/... and were signed "The example.com team". After every
migrate (and test flush) a site still named example.com takes the host of
``WAGTAILADMIN_BASE_URL`` and the name "Hirfa"; a site renamed by staff is left alone.
"""

from urllib.parse import urlsplit

from django.conf import settings

PLACEHOLDER = "example.com"


def name_the_site_after_migrate(sender, using="default", **kwargs):
    from django.contrib.sites.models import Site

    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc or "127.0.0.1:8000"
    sites = Site.objects.using(using)
    # Created here when this runs before django.contrib.sites' own handler (a flushed test database).
    sites.get_or_create(pk=settings.SITE_ID, defaults={"domain": host, "name": "Hirfa"})
    sites.filter(pk=settings.SITE_ID, domain=PLACEHOLDER).update(domain=host, name="Hirfa")
