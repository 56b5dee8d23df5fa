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

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
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
        .annotate(made_to_order=ExpressionWrapper(made_to_order, output_field=BooleanField()))
        .select_related("product_class")
        .prefetch_related(
            "images",
            Prefetch("stockrecords", queryset=own, to_attr="artisan_stockrecords"),
            Prefetch("children", queryset=children, to_attr="artisan_children"),
        )
        .order_by("made_to_order", "-date_created", "-pk")
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


def crafts_by_partner(partner_ids):
    """``{partner id: [category, ...]}``: the public categories of what each partner sells (2 queries).

    Stands for the artisan's crafts until the shared craft taxonomy gives profiles their own.
    """
    result = {partner_id: [] for partner_id in partner_ids}
    if not partner_ids:
        return result
    browsable = Category.objects.browsable().order_by("path")
    paths = (
        ("product__stockrecords__partner_id", {}),
        ("product__children__stockrecords__partner_id", {"product__children__is_public": True}),
    )
    for lookup, public in paths:
        rows = (
            browsable.filter(**{f"{lookup}__in": partner_ids, "product__is_public": True, **public})
            .annotate(for_partner=F(lookup))
            .distinct()
        )
        for category in rows:
            crafts = result[category.for_partner]
            if all(c.pk != category.pk for c in crafts):
                crafts.append(category)
    return result
