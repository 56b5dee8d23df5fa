from django.apps import apps
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal.feeds import calendar as feeds_calendar
from portal.sharing import views as sharing_views
from portal.sharing.sitemap import TranslatedPagesSitemap
from search import views as search_views

# Outside the language prefix: back offices, documents, language switching.
urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    # For search engines: every locale in one sitemap (hreflang alternates), and robots.txt.
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedPagesSitemap}}, name="sitemap"),
    path("robots.txt", sharing_views.robots_txt, name="robots_txt"),
]

if settings.SERVE_MEDIA:
    from portal.security.media import serve_media

    media_prefix = settings.MEDIA_URL.lstrip("/")
    media_root = {"document_root": settings.MEDIA_ROOT}
    urlpatterns += [re_path(rf"^{media_prefix}(?P<path>.*)$", serve_media, media_root)]

# Every public page lives under /<lang>/; Wagtail's catch-all comes last.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("feeds/", include("portal.feeds.urls")),
    path("", include("portal.crafts.urls")),
    path("shop/artisans/", include("shop.artisans.urls")),
    path("shop/apply/", include("shop.onboarding.urls")),
    path("shop/", include(apps.get_app_config("oscar").urls[0])),
    re_path(r"^(?P<path>(?:[\w\-]+/)+)calendar\.ics$", feeds_calendar.page_ics, name="page-ics"),
    path("", include("portal.training.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
