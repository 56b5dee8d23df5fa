"""What the home page shows: the latest news and events of its locale, a few products."""

from oscar.core.loading import get_model

from portal.events.models import EventPage
from portal.news.models import NewsPage

FEATURED = 8


def latest_news(home, count=3):
    return NewsPage.objects.descendant_of(home).live().public().order_by("-date", "-pk")[:count]


def latest_events(home, count=2):
    return EventPage.objects.descendant_of(home).live().public().order_by("-start_date", "-pk")[:count]


def featured_products(count=FEATURED):
    """The newest public products, with what a card needs prefetched (no query per card)."""
    Product = get_model("catalogue", "Product")
    return list(
        Product.objects.browsable()
        .filter(is_public=True)
        .select_related("product_class")
        .prefetch_related("images", "stockrecords__partner", "categories")
        .order_by("-date_created")[:count]
    )
