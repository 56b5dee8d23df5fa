"""Settings shared by every environment. Secrets never live here."""

import os
from pathlib import Path

import dj_database_url
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from oscar.defaults import *  # noqa: F403  (Oscar's OSCAR_* defaults)

from portal.country.profiles import get_profile

from .languages import LANGUAGE_CODES, LANGUAGES  # noqa: F401  (registers zgh)

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "portal"


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Country profile --------------------------------------------------------
HIRFA_COUNTRY = os.environ.get("HIRFA_COUNTRY", "MA").upper()
HIRFA_PROFILE = get_profile(HIRFA_COUNTRY)

# --- Applications -----------------------------------------------------------
INSTALLED_APPS = [
    "modeltranslation",  # must precede the apps whose models it translates
    "haystack",  # before Wagtail, or wagtail's update_index shadows haystack's
    # Hirfa
    "portal.core",
    "portal.setup",
    "portal.editorial",
    "portal.taxonomy",
    "portal.demo",
    "portal.news",
    "portal.events",
    "portal.feeds",
    "portal.sharing",
    "portal.training",
    "portal.crafts",
    "portal.masters",
    "portal.programme",
    "portal.uploads",
    "home",
    "search.apps.SiteSearchConfig",
    "shop.delivery.apps.DeliveryConfig",
    "shop.artisans.apps.ArtisansConfig",
    "shop.onboarding.apps.OnboardingConfig",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Django + Oscar (Oscar's list already holds the contrib apps it needs)
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.flatpages",
    "django.contrib.humanize",
    "django.contrib.sitemaps",  # its sitemap.xml template (alternates) for wagtail.contrib.sitemaps
    "oscar.config.Shop",
    "oscar.apps.analytics.apps.AnalyticsConfig",
    "shop.checkout.apps.CheckoutConfig",
    "shop.address.apps.AddressConfig",
    "shop.shipping.apps.ShippingConfig",
    "shop.catalogue.apps.CatalogueConfig",
    "oscar.apps.catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "shop.partner.apps.PartnerConfig",
    "shop.basket.apps.BasketConfig",
    "oscar.apps.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "shop.order.apps.OrderConfig",
    "oscar.apps.customer.apps.CustomerConfig",
    "oscar.apps.search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "shop.dashboard.apps.DashboardConfig",
    "oscar.apps.dashboard.reports.apps.ReportsDashboardConfig",
    "oscar.apps.dashboard.users.apps.UsersDashboardConfig",
    "shop.dashboard.orders.apps.OrdersDashboardConfig",
    "shop.dashboard.catalogue.apps.CatalogueDashboardConfig",
    "shop.dashboard.delivery.apps.DeliveryDashboardConfig",
    "shop.dashboard.applications.apps.ApplicationsDashboardConfig",

    "shop.dashboard.storefront.apps.StorefrontDashboardConfig",
    "shop.dashboard.product_csv.apps.ProductCsvDashboardConfig",
    "oscar.apps.dashboard.offers.apps.OffersDashboardConfig",
    "oscar.apps.dashboard.partners.apps.PartnersDashboardConfig",
    "oscar.apps.dashboard.pages.apps.PagesDashboardConfig",
    "oscar.apps.dashboard.ranges.apps.RangesDashboardConfig",
    "oscar.apps.dashboard.reviews.apps.ReviewsDashboardConfig",
    "oscar.apps.dashboard.vouchers.apps.VouchersDashboardConfig",
    "oscar.apps.dashboard.communications.apps.CommunicationsDashboardConfig",
    "oscar.apps.dashboard.shipping.apps.ShippingDashboardConfig",
    "widget_tweaks",
    "treebeard",
    "django_tables2",
    "sorl.thumbnail",  # Oscar uses it without declaring it
]

SITE_ID = 1
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"  # matches Oscar's migrations

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "oscar.apps.basket.middleware.BasketMiddleware",
    "django.contrib.flatpages.middleware.FlatpageFallbackMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # Our overrides come first; Oscar's templates after them, so that
        # `{% extends "oscar/..." %}` reaches the originals.
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "oscar.apps.search.context_processors.search_form",
                "oscar.apps.checkout.context_processors.checkout",
                "oscar.core.context_processors.metadata",
                "portal.core.context_processors.hirfa",
            ],
            # Prices are formatted for the language *and* the country profile
            # (ar_MA, fr_DZ...), not the bare language Oscar's filter uses.
            "libraries": {"currency_filters": "portal.core.templatetags.hirfa_currency"},
        },
    },
]

# --- Database -----------------------------------------------------------------
# SQLite is the embedded default. WAL + IMMEDIATE transactions + a busy
# timeout keep two workers from failing with "database is locked".
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}


def database_from_env(default_sqlite_path):
    url = os.environ.get("DATABASE_URL")
    if url:
        config = dj_database_url.parse(url, conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")))
        if config["ENGINE"] == "django.db.backends.sqlite3":
            config["OPTIONS"] = dict(SQLITE_OPTIONS)
        return config
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": default_sqlite_path,
        "OPTIONS": dict(SQLITE_OPTIONS),
    }


DATABASES = {"default": database_from_env(os.environ.get("SQLITE_PATH", BASE_DIR / "db.sqlite3"))}

# --- Cache and sessions -------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "hirfa",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Auth ---------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "oscar.apps.customer.auth_backends.EmailBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Reversed at redirect time, under the active language: signing in from /fr/ lands on /fr/.
LOGIN_REDIRECT_URL = reverse_lazy("wagtail_serve", args=[""])

# --- Internationalisation ----------------------------------------------------
LANGUAGE_CODE = "ar"
TIME_ZONE = os.environ.get("TIME_ZONE", "Africa/Casablanca" if HIRFA_COUNTRY == "MA" else "Africa/Algiers")
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = True

# Product text lives in per-language columns (title_ar, title_fr...).
MODELTRANSLATION_DEFAULT_LANGUAGE = "ar"
MODELTRANSLATION_LANGUAGES = tuple(LANGUAGE_CODES)
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("ar", "fr", "en"),
    "kab": ("fr", "ar"),
    "zgh": ("ar", "fr"),
}

# --- Static and media ---------------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail ------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Hirfa"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Editors' admin languages (Wagtail has no zgh or kab catalogue); each picks one in Account → Preferences.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ar", "العربية"), ("fr", "Français"), ("en", "English")]
# No avatars from gravatar.com: the admin loads nothing from another host (initials/default avatar instead).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Alt text (the image's description) is required: portal/editorial/forms.py.
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.editorial.forms.ImageForm"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

# --- Uploads (issue 8 [D], portal/uploads): every image upload, Wagtail's included ------------
HIRFA_IMAGE_MAX_BYTES = int(os.environ.get("HIRFA_IMAGE_MAX_BYTES", 10 * 1024 * 1024))
HIRFA_IMAGE_MAX_SIDE = 6000  # pixels, the longest side
HIRFA_IMAGE_MAX_PIXELS = 12_500_000  # of one frame; also Pillow's MAX_IMAGE_PIXELS (apps.py)
HIRFA_IMAGE_MAX_FRAMES = 30  # an animated WebP or PNG
HIRFA_IMAGE_MAX_WEBP_PIXELS = 4_000_000  # a WebP's or an animation's frame (WebP decoding costs 4x more)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = HIRFA_IMAGE_MAX_BYTES
WAGTAILIMAGES_MAX_IMAGE_PIXELS = HIRFA_IMAGE_MAX_PIXELS * HIRFA_IMAGE_MAX_FRAMES  # Wagtail counts every frame
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]  # no SVG, no GIF/AVIF/HEIC

# --- Oscar --------------------------------------------------------------------
OSCAR_SHOP_NAME = _("Hirfa")  # lazy: the checkout header reads حرفة in Arabic
OSCAR_DEFAULT_CURRENCY = HIRFA_PROFILE["currency"]
# "Home" in Oscar's breadcrumbs goes to the portal home in the current language.
OSCAR_HOMEPAGE = reverse_lazy("wagtail_serve", args=[""])
OSCAR_ALLOW_ANON_CHECKOUT = True
OSCAR_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "shop@hirfa.localhost")
DEFAULT_FROM_EMAIL = OSCAR_FROM_EMAIL
OSCAR_REQUIRED_ADDRESS_FIELDS = (
    "first_name",
    "last_name",
    "line1",
    "line4",
    "state",
    "country",
    "phone_number",
)
OSCAR_INITIAL_ORDER_STATUS = "Pending"
OSCAR_INITIAL_LINE_STATUS = "Pending"
OSCAR_ORDER_STATUS_PIPELINE = {
    "Pending": ("Confirmed", "Cancelled"),
    "Confirmed": ("Shipped", "Cancelled"),
    "Shipped": ("Delivered", "Returned"),
    "Delivered": (),
    "Returned": (),
    "Cancelled": (),
}
# Lines go through their own steps, each artisan moving only their own (shop/dashboard/access.py).
OSCAR_LINE_STATUS_PIPELINE = {
    "Pending": ("Confirmed", "Cancelled"),
    "Confirmed": ("Preparing", "Cancelled"),
    "Preparing": ("Shipped", "Cancelled"),
    "Shipped": ("Delivered", "Returned"),
    "Delivered": ("Returned",),
    "Returned": (),
    "Cancelled": (),
}
OSCAR_PRODUCTS_PER_PAGE = 24
# Cash on delivery: an order still "Pending" (not confirmed by phone) this many
# hours after it was placed is cancelled by `manage.py expire_unconfirmed_orders`.
HIRFA_COD_CONFIRMATION_HOURS = int(os.environ.get("HIRFA_COD_CONFIRMATION_HOURS", "48"))
PHONENUMBER_DEFAULT_REGION = HIRFA_PROFILE["country"]


def artisan_access_fn(user, *args, **kwargs):
    """The "My storefront" menu entry: artisans only (imported when called, not while settings load)."""
    from shop.dashboard.storefront.nav import artisan_access_fn

    return artisan_access_fn(user, *args, **kwargs)


def _with_product_csv(item):
    """Oscar's catalogue menu (found by its products entry) gets the CSV import and export."""
    children = item.get("children", [])
    if not any(child.get("url_name") == "dashboard:catalogue-product-list" for child in children):
        return item
    entry = {"label": _("Import and export (CSV)"), "url_name": "dashboard:product-csv"}
    return {**item, "children": [*children, entry]}


# Oscar's menu (its catalogue entry with the product CSV import and export) plus the forked
# dashboard's delivery and applications apps (their permission maps decide
# who sees them) and the artisan's own storefront (artisans only: staff open any storefront from its list).
OSCAR_DASHBOARD_NAVIGATION = [
    *map(_with_product_csv, OSCAR_DASHBOARD_NAVIGATION),
    {
        "label": _("My storefront"),
        "icon": "fas fa-store",
        "url_name": "dashboard:storefront-edit",
        "access_fn": artisan_access_fn,
    },
    {
        "label": _("Delivery"),
        "icon": "fas fa-truck",
        "children": [
            {"label": _("Delivery rates"), "url_name": "dashboard:delivery-rate-list"},
            {"label": _("Stop-desk rates"), "url_name": "dashboard:delivery-stop-desk-rate-list"},
            {"label": _("Stop-desk points"), "url_name": "dashboard:delivery-stop-desk-list"},
            {"label": _("Free delivery per artisan"), "url_name": "dashboard:delivery-threshold-list"},
        ],
    },
    {"label": _("Artisan applications"), "icon": "fas fa-id-card", "url_name": "dashboard:application-list"},
]

HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}}

# --- Maps ---------------------------------------------------------------------
# Event pages show coordinates and an "open in OpenStreetMap" link; no page
# loads map tiles from another host. Set to an own tile server's
# "https://tiles.example/{z}/{x}/{y}.png" to show one tile on event pages.
HIRFA_MAP_TILES_URL = os.environ.get("HIRFA_MAP_TILES_URL", "")

# --- E-mail -------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

# --- Logging ------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Uploaded media is served by Django only where no web server or object
# store does it (development, tests, the demo); production says False.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)

# Our `currency_filters` library replaces Oscar's on purpose (see
# portal/core/templatetags/hirfa_currency.py).
SILENCED_SYSTEM_CHECKS = ["templates.W003"]
