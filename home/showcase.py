"""What the home page shows, each section in a fixed number of queries whatever the items.

Editors choose pages in any locale (a translation copies the choices of its
source); each section shows the chosen pages' versions in the home page's own
locale, live and public, in the editors' order.
"""

from django.utils import timezone
from oscar.core.loading import get_model
from wagtail.models import Page

from portal.events.models import EventPage
from portal.news.models import NewsPage
from portal.training.pages import CoursePage
from shop.artisans.models import ArtisanProfile
from shop.artisans.queries import crafts_by_profile

NEWS = 3
EVENTS = 3
ARTISANS = 6
COURSES = 3
FEATURED = 8


def _localised(queryset, keys, home):
    """The pages of ``queryset`` with these translation keys in ``home``'s locale, in the keys' order."""
    pages = {
        page.translation_key: page
        for page in queryset.filter(translation_key__in=keys, locale=home.locale_id)
    }
    return [pages[key] for key in dict.fromkeys(keys) if key in pages]


def latest_news(home, count=NEWS):
    return NewsPage.objects.descendant_of(home).live().public().order_by("-date", "-pk")[:count]


def featured_news(home, count=NEWS):
    """The chosen articles, else the latest ones."""
    keys = [item.article.translation_key for item in home.featured_news.select_related("article")]
    chosen = _localised(NewsPage.objects.live().public(), keys, home) if keys else []
    return chosen[:count] or list(latest_news(home, count))


def upcoming_events(home, count=EVENTS):
    """The pinned events first, then the ones not over yet, soonest first."""
    keys = [item.event.translation_key for item in home.pinned_events.select_related("event")]
    pinned = _localised(EventPage.objects.live().public(), keys, home) if keys else []
    upcoming = (
        EventPage.objects.descendant_of(home)
        .live()
        .public()
        .filter(end_date__gte=timezone.localdate())
        .exclude(pk__in=[page.pk for page in pinned])
        .order_by("start_date", "pk")[:count]
    )
    return (pinned + list(upcoming))[:count]


def latest_events(home, count=2):
    return EventPage.objects.descendant_of(home).live().public().order_by("-start_date", "-pk")[:count]


def upcoming_courses(home, count=COURSES):
    """The courses of the home page's locale that are not over yet, soonest first."""
    today = timezone.localdate()
    return list(
        CoursePage.objects.descendant_of(home)
        .live()
        .public()
        .filter(end_date__gte=today)
        .order_by("start_date", "pk")[:count]
    )


def spotlight(home):
    """The craft in danger in the home page's locale, or None (title, intro, image read from .specific)."""
    if home.spotlight_id is None:
        return None
    page = (
        Page.objects.live()
        .public()
        .filter(translation_key__in=Page.objects.filter(pk=home.spotlight_id).values("translation_key"))
        .filter(locale=home.locale_id)
        .specific()
        .first()
    )
    if page is None:
        return None
    image = (
        getattr(page, "og_image", None) or getattr(page, "hero_image", None) or getattr(page, "image", None)
    )
    intro = getattr(page, "og_description", None) or getattr(page, "intro", "") or page.search_description
    return {"page": page, "intro": intro, "image": image}


def featured_artisans(home, count=ARTISANS):
    """The chosen artisans whose storefront is online, with their crafts: ``[(profile, crafts)]``."""
    ids = list(home.featured_artisans.values_list("artisan_id", flat=True))
    if not ids:
        return []
    profiles = {profile.pk: profile for profile in ArtisanProfile.objects.public().filter(pk__in=ids)}
    chosen = [profiles[pk] for pk in dict.fromkeys(ids) if pk in profiles][:count]
    crafts = crafts_by_profile(chosen)
    return [(profile, crafts.get(profile.pk, [])) for profile in chosen]


def _product_cards():
    Product = get_model("catalogue", "Product")
    return (
        Product.objects.browsable()
        .filter(is_public=True)
        .select_related("product_class")
        .prefetch_related("images", "stockrecords__partner", "categories")
    )


def featured_products(home=None, count=FEATURED):
    """The chosen public products, else the newest ones, with what a card needs prefetched."""
    ids = list(home.featured_products.values_list("product_id", flat=True)) if home else []
    if ids:
        products = {product.pk: product for product in _product_cards().filter(pk__in=ids)}
        chosen = [products[pk] for pk in dict.fromkeys(ids) if pk in products][:count]
        if chosen:
            return chosen
    return list(_product_cards().order_by("-date_created")[:count])


def showcase(home):
    """The home page's context: every section."""
    events = upcoming_events(home)
    return {
        "featured_news": featured_news(home),
        "upcoming_events": events,
        "latest_events": [] if events else latest_events(home),
        "upcoming_courses": upcoming_courses(home),
        "spotlight": spotlight(home),
        "featured_artisans": featured_artisans(home),
        "featured_products": featured_products(home),
    }
