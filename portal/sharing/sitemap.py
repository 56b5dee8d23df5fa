"""sitemap.xml: every live public page of every locale once, with its hreflang alternates.

Wagtail's own ``Sitemap`` lists the descendants of the site's root page only,
i.e. one locale. Here the items are the pages under every translation of the
root page, fetched in one query; a page's alternates are the other items that
share its ``translation_key``, so they cost no query either (a draft or
private translation is not an item, hence never an alternate).
"""

import functools
import operator
from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class TranslatedPagesSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        homes = list(site.root_page.get_translations(inclusive=True).live().only("path"))
        under_a_home = functools.reduce(operator.or_, (Q(path__startswith=home.path) for home in homes))
        return list(
            Page.objects.filter(under_a_home)
            .live()
            .public()
            .select_related("locale")
            .only(
                "path",
                "url_path",
                "translation_key",
                "locale__language_code",
                "last_published_at",
                "latest_revision_created_at",
            )
            .order_by("path")
        )

    @functools.cached_property
    def _locations(self):
        """``{translation_key: {language_code: absolute URL}}`` for every item."""
        by_key = defaultdict(dict)
        for page in self.paginator.object_list:
            url = page.get_full_url(self.request)
            if url:
                by_key[page.translation_key][page.locale.language_code] = url
        return by_key

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            versions = self._locations.get(item.translation_key, {})
            location = versions.get(item.locale.language_code)
            if location is None:  # not routable (outside every site)
                continue
            alternates = [{"lang_code": code, "location": url} for code, url in sorted(versions.items())]
            if settings.LANGUAGE_CODE in versions:
                alternates.append({"lang_code": "x-default", "location": versions[settings.LANGUAGE_CODE]})
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates if len(versions) > 1 else [],
                }
            )
        lastmods = {url["lastmod"] for url in urls}
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
