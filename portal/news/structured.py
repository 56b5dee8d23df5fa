"""schema.org NewsArticle JSON-LD and sharing metadata of a news article (the shared interface)."""

from django.conf import settings


def absolute(request, url):
    return request.build_absolute_uri(url) if request is not None else url


class NewsStructuredDataMixin:
    @property
    def og_image(self):
        return self.hero_image

    @property
    def og_description(self):
        return self.intro

    def structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.intro,
            "datePublished": self.date.isoformat(),
            "inLanguage": self.locale.language_code,
            "mainEntityOfPage": self.get_full_url(request),
            "publisher": {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME},
            "author": {"@type": "Organization", "name": self.source or settings.WAGTAIL_SITE_NAME},
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.hero_image:
            data["image"] = [absolute(request, self.hero_image.get_rendition("width-1200").url)]
        if self.place:
            data["dateline"] = self.place
        return data
