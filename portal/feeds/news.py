"""RSS 2.0 and Atom feeds of the news of one locale (django.contrib.syndication)."""

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from portal.news.models import NewsIndexPage, NewsPage

from .locales import request_locale

ITEMS = 30


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request):
        self.request = request
        return request_locale()

    def title(self, locale):
        return _("Hirfa – news")

    def link(self, locale):
        index = NewsIndexPage.objects.live().filter(locale=locale).first()
        return index.get_url(self.request) if index else f"/{locale.language_code}/"

    def description(self, locale):
        return _("Craft news from Hirfa")

    def items(self, locale):
        return (
            NewsPage.objects.live()
            .public()
            .filter(locale=locale)
            .select_related("hero_image")
            .order_by("-date", "-pk")[:ITEMS]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        # Noon local time: the dateline's day in any reader's time zone.
        return timezone.make_aware(
            timezone.datetime.combine(item.date, timezone.datetime.min.time().replace(hour=12))
        )

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.source or None

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]

    def item_enclosure_url(self, item):
        if item.hero_image:
            return self.request.build_absolute_uri(item.hero_image.get_rendition("width-960|format-jpeg").url)
        return None

    def item_enclosure_length(self, item):
        rendition = item.hero_image.get_rendition("width-960|format-jpeg")
        return rendition.file.size

    item_enclosure_mime_type = "image/jpeg"


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
