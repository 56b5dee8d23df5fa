"""The demo home page's editorial choices: featured news, artisans and products, in every locale.

Set on each locale's home page and published as a revision (so the admin
shows them); a home page already holding these choices is left untouched.
The spotlight is a critically endangered craft of the registry (heritage_data.py).
"""

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from home.models import HomeFeaturedArtisan, HomeFeaturedNews, HomeFeaturedProduct, HomePage
from portal.crafts.models import CraftPage
from portal.news.models import NewsPage
from shop.artisans.models import ArtisanProfile

from .home_showcase_data import FEATURED_ARTISANS, FEATURED_NEWS, FEATURED_PRODUCTS, SPOTLIGHT


def _in_order(objects, keys):
    return [objects[key] for key in keys if key in objects]


ITEMS = {  # relation on HomePage: (item model, its foreign key)
    "featured_news": (HomeFeaturedNews, "article"),
    "featured_artisans": (HomeFeaturedArtisan, "artisan"),
    "featured_products": (HomeFeaturedProduct, "product"),
}


def _choices(home):
    """``{relation: [object, ...]}``: what ``home`` should feature, in order (articles of its locale)."""
    Product = get_model("catalogue", "Product")
    articles = NewsPage.objects.filter(locale=home.locale_id, slug__in=FEATURED_NEWS)
    codes = [slugify(key) for key in FEATURED_ARTISANS]
    profiles = ArtisanProfile.objects.filter(partner__code__in=codes).select_related("partner")
    return {
        "featured_news": _in_order({page.slug: page for page in articles}, FEATURED_NEWS),
        "featured_artisans": _in_order({profile.partner.code: profile for profile in profiles}, codes),
        "featured_products": _in_order(
            Product.objects.in_bulk(FEATURED_PRODUCTS, field_name="upc"), FEATURED_PRODUCTS
        ),
    }


def feature_on_home():
    """After commit: the home page translations that wagtail-localize publishes on commit would drop them."""
    transaction.on_commit(_feature_on_every_home)


def _spotlight(home):
    """The spotlight craft's page in ``home``'s locale (the home shows its translation anyway)."""
    source = CraftPage.objects.filter(slug=SPOTLIGHT).order_by("pk").first()
    if source is None:
        return None
    return CraftPage.objects.filter(translation_key=source.translation_key, locale=home.locale_id).first()


def _feature_on_every_home():
    for home in HomePage.objects.all():
        wanted = _choices(home)
        spotlight = _spotlight(home)
        if spotlight is not None and home.spotlight_id != spotlight.pk:
            home.spotlight = spotlight
            home.save_revision().publish()
        current = {
            relation: [getattr(item, f"{field}_id") for item in getattr(home, relation).all()]
            for relation, (_model, field) in ITEMS.items()
        }
        if all(current[relation] == [obj.pk for obj in objects] for relation, objects in wanted.items()):
            continue
        for relation, objects in wanted.items():
            model, field = ITEMS[relation]
            getattr(home, relation).set(
                [model(**{field: obj}, sort_order=n) for n, obj in enumerate(objects)]
            )
        home.save_revision().publish()


HOME_SHOWCASE_STEPS = [(_("Home page choices"), feature_on_home)]
