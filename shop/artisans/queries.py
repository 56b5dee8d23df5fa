"""What the storefront and the directory read, in a fixed number of queries.

"Made to order" follows Oscar's own stock rule (``partner.strategy.StockRequired``):
a product whose product class does not track stock can always be ordered,
whatever its stock record says. A product of a class that tracks stock is
listed while the artisan's stock record (or one of its variants') has units
left (``num_in_stock - num_allocated > 0``); one that is sold out is not
listed. A stock record with an empty stock level under a class that tracks
stock counts as sold out, as it does at checkout (Oscar's ``net_stock_level``).
"""

from django.db.models import BooleanField, Exists, ExpressionWrapper, F, OuterRef, Prefetch, Q
from django.db.models.functions import Coalesce
from oscar.core.loading import get_model

from portal.taxonomy.models import Craft

from .models import ArtisanProfile

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")


def _own_stock(partner):
    return StockRecord.objects.filter(partner=partner)


def storefront_products(partner):
    """The partner's public, canonical products in stock or made to order: in stock first, newest first.

    Each product carries ``artisan_stockrecords`` (the partner's records only)
    and, for a parent, ``artisan_children`` (public variants with theirs).
    """
    own = _own_stock(partner)
    left = Q(num_in_stock__gt=Coalesce(F("num_allocated"), 0))
    variants = {"product__parent": OuterRef("pk"), "product__is_public": True}
    sells = Q(Exists(own.filter(product=OuterRef("pk")))) | Q(Exists(own.filter(**variants)))
    in_stock = Q(Exists(own.filter(left, product=OuterRef("pk")))) | Q(Exists(own.filter(left, **variants)))
    made_to_order = Q(product_class__track_stock=False)
    children = Product.objects.public().prefetch_related(
        Prefetch("stockrecords", queryset=own, to_attr="artisan_stockrecords")
    )
    return (
        Product.objects.browsable()
        .filter(sells)
        .filter(made_to_order | in_stock)
        .annotate(to_order=ExpressionWrapper(made_to_order, output_field=BooleanField()))
        .select_related("product_class")
        .prefetch_related(
            "images",
            Prefetch("stockrecords", queryset=own, to_attr="artisan_stockrecords"),
            Prefetch("children", queryset=children, to_attr="artisan_children"),
        )
        .order_by("to_order", "-date_created", "-pk")
    )


def product_cards(products, strategy):
    """One card per product: the product, its price for this artisan (lowest variant's) and its kind."""
    cards = []
    for product in products:
        if product.is_parent:
            offers = [
                (child, record) for child in product.artisan_children for record in child.artisan_stockrecords
            ]
        else:
            offers = [(product, record) for record in product.artisan_stockrecords]
        prices = []
        for item, record in offers:
            info = strategy.fetch_for_product(item, stockrecord=record)
            if info.price.exists and info.availability.is_available_to_buy:
                prices.append(info.price)
        price = min(prices, key=lambda p: p.incl_tax if p.is_tax_known else p.excl_tax, default=None)
        cards.append(
            {
                "product": product,
                "price": price,
                "price_from": product.is_parent and len(prices) > 1,
                "made_to_order": product.made_to_order,
            }
        )
    return cards


def crafts_by_profile(profiles):
    """``{profile id: [craft, ...]}``: each profile's own crafts, else the crafts of what it sells.

    At most 3 queries whatever the number of profiles: the profiles' crafts,
    then (only for profiles without any) the public products' crafts, sold
    directly or through a public variant. Names follow the active language
    (modeltranslation); each list is sorted by that name.
    """
    profiles = list(profiles)
    result = {profile.pk: [] for profile in profiles}
    if not profiles:
        return result
    links = ArtisanProfile.crafts.through.objects.filter(artisanprofile_id__in=result).select_related("craft")
    for link in links:
        result[link.artisanprofile_id].append(link.craft)
    by_partner = {profile.partner_id: profile.pk for profile in profiles if not result[profile.pk]}
    if by_partner:
        paths = (
            ("products__stockrecords__partner_id", {"products__is_public": True}),
            (
                "products__children__stockrecords__partner_id",
                {"products__is_public": True, "products__children__is_public": True},
            ),
        )
        for lookup, public in paths:
            rows = (
                Craft.objects.filter(**{f"{lookup}__in": by_partner, **public})
                .annotate(for_partner=F(lookup))
                .distinct()
            )
            for craft in rows:
                crafts = result[by_partner[craft.for_partner]]
                if all(c.pk != craft.pk for c in crafts):
                    crafts.append(craft)
    for crafts in result.values():
        crafts.sort(key=lambda craft: (str(craft).casefold(), craft.pk))
    return result


def craft_choices(profiles):
    """``[(slug, name), ...]`` of the crafts ``profiles`` list as their own, by name (1 query)."""
    crafts = Craft.objects.filter(artisan_profiles__in=profiles).distinct()
    return sorted(((craft.slug, str(craft)) for craft in crafts), key=lambda choice: choice[1].casefold())
