"""The shop products made in a craft (``Product.crafts``): in stock first, then made to order.

Same stock rule as the storefronts (shop/artisans/queries.py, Oscar's
``StockRequired``): a product whose class does not track stock is made to
order and always listed; one that tracks stock is listed while a stock record
of it (or of a public variant) has units left. Sold-out pieces are left out.
What a product card reads (images, stock records and their partner, the
product class) is prefetched, so a card costs no query of its own.
"""

from django.db.models import BooleanField, Exists, ExpressionWrapper, F, OuterRef, Q
from django.db.models.functions import Coalesce
from oscar.core.loading import get_model

LIMIT = 8


def craft_products(craft, limit=LIMIT):
    Product = get_model("catalogue", "Product")
    StockRecord = get_model("partner", "StockRecord")
    left = StockRecord.objects.filter(num_in_stock__gt=Coalesce(F("num_allocated"), 0))
    in_stock = Q(Exists(left.filter(product=OuterRef("pk")))) | Q(
        Exists(left.filter(product__parent=OuterRef("pk"), product__is_public=True))
    )
    made_to_order = Q(product_class__track_stock=False)
    return list(
        Product.objects.browsable()
        .filter(is_public=True, crafts=craft)
        .filter(in_stock | made_to_order)
        .annotate(to_order=ExpressionWrapper(~in_stock, output_field=BooleanField()))
        .select_related("product_class", "parent")
        .prefetch_related("images", "stockrecords__partner", "children__stockrecords__partner")
        .distinct()
        .order_by("to_order", "-date_created", "-pk")[:limit]
    )
