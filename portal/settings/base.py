"""Settings shared by every environment. Secrets never live here."""

import os
import tempfile
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE
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
    "portal.security",
    "portal.abuse",
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
    # Faults and recovery (issue 8): backups, and the outgoing e-mail queue
    "portal.backups",
    "mailer",
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
    "csp",
    "axes",  # sign-in lockouts (portal/abuse)
    "django_ratelimit",
]

SITE_ID = 1
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"  # matches Oscar's migrations

MIDDLEWARE = [
    "portal.security.cookies.CookieFlagsMiddleware",  # first: it sees every cookie set below it
    "portal.security.middleware.PathCSPMiddleware",  # before SecurityMiddleware: its 400s get a CSP too
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "portal.security.middleware.RequestDataGuardMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "oscar.apps.basket.middleware.BasketMiddleware",
    "django.contrib.flatpages.middleware.FlatpageFallbackMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "portal.abuse.middleware.AbuseLimitsMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a lockout into the 429 page
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
    "portal.abuse.backends.LockoutBackend",  # first: a locked-out sign-in goes no further
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

# --- Logins and abuse limits (portal/abuse) ------------------------------------
# Comma-separated addresses or networks of the reverse proxies in front of the site, whose
# X-Forwarded-For is believed (portal/abuse/ip.py); empty: the socket's address is the client's.
HIRFA_TRUSTED_PROXIES = env_list("HIRFA_TRUSTED_PROXIES")
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # each on its own: per account, and per client
# Not reset by a success: signing in to one's own account between guesses would clear the address's count.
AXES_RESET_ON_SUCCESS = False
AXES_CLIENT_IP_CALLABLE = "portal.abuse.ip.client_ip"
AXES_USERNAME_CALLABLE = "portal.abuse.ip.lockout_username"
AXES_LOCKOUT_CALLABLE = "portal.abuse.views.locked_out"
AXES_HTTP_RESPONSE_CODE = 429
# Counts of django-ratelimit (portal/abuse/limits.py): Redis when there is one, else the database
# (an atomic cache table created by a migration). Never a per-process cache: each worker would count alone.
if REDIS_URL:
    CACHES["ratelimit"] = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "hirfa-ratelimit",
    }
else:
    CACHES["ratelimit"] = {
        "BACKEND": "portal.abuse.cache.AtomicDatabaseCache",
        "LOCATION": "hirfa_ratelimit_cache",
    }
RATELIMIT_USE_CACHE = "ratelimit"
RATELIMIT_IP_META_KEY = "portal.abuse.ip.client_ip"
HIRFA_RATE_LIMITS = {
    "password-reset-email": "3/h",
    "password-reset-client": "10/h",
    "registration-client": "10/h",
    "application-client": "5/h",
    "cod-order-client": "10/h",
    "cod-order-phone": "5/h",
}
# Units of one product a single cash-on-delivery order (unconfirmed until the phone call) may reserve.
HIRFA_COD_MAX_UNITS_PER_PRODUCT = int(os.environ.get("HIRFA_COD_MAX_UNITS_PER_PRODUCT", "5"))
OSCAR_MAX_BASKET_QUANTITY_THRESHOLD = 50  # Oscar's default is 10,000 units in one basket

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

# --- E-mail (faults and recovery, issue 8) -------------------------------------
# Every e-mail goes to django-mailer's queue, a table written in the same
# transaction as the order that sends it: a mail server that is down or slow
# never blocks or fails an order, and a rolled-back order leaves no e-mail.
# `manage.py runmailer` (started by bin/serve; a systemd unit in production, see
# the README) delivers the queue through MAILER_EMAIL_BACKEND, the real backend;
# `manage.py retry_deferred` puts the messages that failed back in the queue.
EMAIL_BACKEND = "mailer.backend.DbBackend"
MAILER_EMAIL_BACKEND = os.environ.get(
    "MAILER_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
MAILER_EMPTY_QUEUE_SLEEP = int(os.environ.get("MAILER_EMPTY_QUEUE_SLEEP", "10"))
# One sender at a time (SQLite has no row locks): the lock file's path, without ".lock".
MAILER_LOCK_PATH = os.environ.get("MAILER_LOCK_PATH", os.path.join(tempfile.gettempdir(), "hirfa-mailer"))
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))

# --- Backups (faults and recovery, issue 8) ------------------------------------
# `manage.py backup` / `restore` (portal/backups): where pg_dump and pg_restore are,
# when not on PATH (e.g. /usr/lib/postgresql/15/bin, to match the server's version).
HIRFA_PG_BINDIR = os.environ.get("HIRFA_PG_BINDIR", "")

# --- Logging ------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# --- Headers and cookies (issue 8: portal/security) ---------------------------
# Public pages: nothing from another host, inline scripts only with the request's nonce
# ({{ request.csp_nonce }}). The back offices get portal/security/policy.py's own policy.
_CSP_IMG_SRC = ["'self'", "data:"]
if HIRFA_MAP_TILES_URL:
    from urllib.parse import urlsplit as _urlsplit

    _CSP_IMG_SRC.append("{0.scheme}://{0.netloc}".format(_urlsplit(HIRFA_MAP_TILES_URL)))
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        # Oscar's basket and checkout templates hide a few blocks with style="display:none".
        "style-src": ["'self'", "'unsafe-hashes'", "'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE='"],
        "img-src": _CSP_IMG_SRC,
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
    }
}
# Every browser feature the site does not use is off, for the page and anything it frames.
_UNUSED_FEATURES = """
    accelerometer ambient-light-sensor autoplay bluetooth browsing-topics camera display-capture
    encrypted-media gamepad geolocation gyroscope hid identity-credentials-get idle-detection
    interest-cohort local-fonts magnetometer microphone midi otp-credentials payment picture-in-picture
    publickey-credentials-get screen-wake-lock serial usb window-management xr-spatial-tracking
""".split()
PERMISSIONS_POLICY = {feature: [] for feature in _UNUSED_FEATURES}
PERMISSIONS_POLICY["fullscreen"] = ["self"]
# Cookies: portal/security/cookies.py adds SameSite=Lax and HttpOnly to any cookie set without
# them, and Secure where HIRFA_SECURE_COOKIES is on (production). Oscar's dashboard JS reads csrftoken.
HIRFA_SECURE_COOKIES = False
HIRFA_JS_READABLE_COOKIES = ["csrftoken"]
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
# Links in e-mails are built from this address, never from a request's Host header.
HIRFA_BASE_URL = os.environ.get("HIRFA_BASE_URL", WAGTAILADMIN_BASE_URL)
# The admin's dashboard would call releases.wagtail.org from each editor's browser.
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Uploaded media is served by Django only where no web server or object
# store does it (development, tests, the demo); production says False.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)

# Our `currency_filters` library replaces Oscar's on purpose (see
# portal/core/templatetags/hirfa_currency.py).
SILENCED_SYSTEM_CHECKS = ["templates.W003"]
if not REDIS_URL:
    # django-ratelimit knows only memcached and Redis; our database cache's incr is atomic
    # (portal/abuse/cache.py).
    SILENCED_SYSTEM_CHECKS.append("django_ratelimit.W001")
