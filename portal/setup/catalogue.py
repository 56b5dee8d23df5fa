"""The product types an artisan chooses from, on a fresh site as on the demo.

- "Handmade craft" (``handmade-craft``, the demo's slug too): pieces in
  stock, with a stock count per stock record;
- "Made to order" (``made-to-order``): no stock count, a lead time required
  on the product form instead.

Both carry the optional ``size`` and ``colour`` text attributes, which is
what Oscar's variants ("Add variant") tell apart; each variant then has its
own stock record and price. Names are stored in English and shown through
gettext (shop/dashboard/catalogue). Existing rows are left as staff edited them.
"""

from django.utils.translation import gettext_noop
from oscar.core.loading import get_model

PRODUCT_CLASSES = (
    {"slug": "handmade-craft", "name": gettext_noop("Handmade craft"), "track_stock": True},
    {"slug": "made-to-order", "name": gettext_noop("Made to order"), "track_stock": False},
)
VARIANT_ATTRIBUTES = (
    {"code": "size", "name": gettext_noop("Size")},
    {"code": "colour", "name": gettext_noop("Colour")},
)


def ensure_product_classes():
    """Create the missing product types and their variant attributes; return the names created."""
    ProductClass = get_model("catalogue", "ProductClass")
    ProductAttribute = get_model("catalogue", "ProductAttribute")
    created = []
    for data in PRODUCT_CLASSES:
        product_class, new = ProductClass.objects.get_or_create(
            slug=data["slug"],
            defaults={"name": data["name"], "track_stock": data["track_stock"], "requires_shipping": True},
        )
        if new:
            created.append(data["name"])
        for attribute in VARIANT_ATTRIBUTES:
            _attribute, new = ProductAttribute.objects.get_or_create(
                product_class=product_class,
                code=attribute["code"],
                defaults={"name": attribute["name"], "type": "text", "required": False},
            )
            if new:
                created.append(f"{data['slug']}.{attribute['code']}")
    return created
