"""An artisan's dashboard screens in Arabic and French show no English.

Oscar's own Arabic catalogue leaves many dashboard strings empty and has
no French for a few; ours (shop/dashboard/oscar_strings.py, locale/) fills
them. Each screen an artisan opens is rendered, its visible text extracted
(tags stripped; buttons' values, placeholders and titles kept) and checked
against the English phrases those screens showed before.
"""

import os

import pytest
from django.db import transaction
from oscar.core.loading import get_model

from portal.setup.catalogue import ensure_product_classes
from tests.factories.shop import make_artisan, make_product
from tests.support.orders import place_order
from tests.support.visible_text import visible_chunks

OrderNote = get_model("order", "OrderNote")
Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")

LANGUAGES = ("ar", "fr")

# What these screens showed in English, in Arabic or French, before our translations.
ENGLISH = {
    # index
    "Your Store Statistics",
    "Orders - Last 24 Hours",
    "Total revenue",
    "Average order costs",
    "Latest Orders (last 24 hours)",
    "Catalogue and stock",
    "View Stock Alerts",
    "stock alerts",
    "Open",
    "Closed",
    # product list
    "Bulk Actions:",
    "-- choose action --",
    "Make products public",
    "Make products non-public",
    "Update product prices",
    "Variants",
    "of",
    "selected",
    # product form
    "Stock and pricing",
    "Num in stock",
    "Num allocated",
    "Low stock threshold",
    "Partner SKU",
    "SKU",
    "Search engine optimisation",
    "Slug",
    "Leave blank to generate from product title",
    "Upselling",
    "Upload, change or remove images",
    "Re-order",
    "Add variant",
    "Drag images to re-order them. Space for additional images will appear when images are added.",
    "Universal Product Code (UPC) is an identifier for a product which is not specific to a particular "
    "supplier. Eg an ISBN for a book.",
    "One can't add variants to this product at this point. Please save the product before trying to add "
    "variants.",
    "One can't add variants to this product at this point. This is likely because this product still has "
    "stock records.",
    # product form: our fields, variants (Oscar's and ours)
    "Title in Arabic",
    "Description in French",
    "Lead time (days)",
    "Made to order: how many days you need to make the piece.",
    "For example: 120 × 80 cm.",
    "Handmade craft",
    "Product Type: Handmade craft",
    "Colour",
    "Size",
    "Save and add a variant",
    "Save and add another variant",
    "You are currently editing a product variant of",
    "Sizes or colours, each with its own stock and price: save this product first, then add its variants. "
    "Leave the stock and price of this product empty.",
    # product delete
    "Delete product",
    "- are you sure?",
    # orders
    "Items ordered",
    "Status Changes",
    "No status changes.",
    "Order statistics",
    "Order status breakdown",
    "Filter result",
    "Line #1",
    "Order #910001 - Line #1",
    "Partner reference number",
    "Shipping status",
    "State",
    "Shipping events",
    "Payment events",
    "No shipping events have occurred.",
    "No payment events have occurred.",
}


@pytest.fixture(scope="module")
def shop(django_db_setup, django_db_blocker):
    """One artisan with a product, a low stock and an order with a note; rolled back after the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        artisan, partner = make_artisan("Atelier Nour", username="nour-l10n")
        product_class = ProductClass.objects.create(name="Poterie", slug="poterie-l10n", track_stock=True)
        product = make_product(
            {"ar": "طاجين", "fr": "Tajine"}, partner_name=partner.name, product_class=product_class
        )
        record = product.stockrecords.get()
        record.low_stock_threshold = 10
        record.save()
        order = place_order(product, 910001)
        OrderNote.objects.create(order=order, user=artisan, message="Emballage soigné")
        line = order.lines.get()
        ensure_product_classes()
        crafted = ProductClass.objects.get(slug="handmade-craft")
        parent = Product.objects.create(
            title_ar="بلغة",
            title_fr="Babouches",
            product_class=crafted,
            structure=Product.PARENT,
            maker=partner,
        )
        child = Product.objects.create(parent=parent, structure=Product.CHILD, title_fr="Babouches 38")
        child.stockrecords.create(partner=partner, partner_sku="BAB-38", price=250, num_in_stock=2)
        yield {
            "artisan": artisan,
            "screens": {
                "index": "/shop/dashboard/",
                "product list": "/shop/dashboard/catalogue/",
                "product create": f"/shop/dashboard/catalogue/products/create/{product_class.slug}/",
                "product edit": f"/shop/dashboard/catalogue/products/{product.pk}/",
                "product delete": f"/shop/dashboard/catalogue/products/{product.pk}/delete/",
                "made-to-order create": "/shop/dashboard/catalogue/products/create/made-to-order/",
                "parent edit": f"/shop/dashboard/catalogue/products/{parent.pk}/",
                "variant create": f"/shop/dashboard/catalogue/products/{parent.pk}/create-variant/",
                "variant edit": f"/shop/dashboard/catalogue/products/{child.pk}/",
                "order list": "/shop/dashboard/orders/",
                "order detail": f"/shop/dashboard/orders/{order.number}/",
                "order line": f"/shop/dashboard/orders/{order.number}/lines/{line.pk}/",
            },
        }
        transaction.set_rollback(True)


SCREENS = (
    "index",
    "product list",
    "product create",
    "product edit",
    "product delete",
    "made-to-order create",
    "parent edit",
    "variant create",
    "variant edit",
    "order list",
    "order detail",
    "order line",
)


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("screen", SCREENS)
def test_artisan_screens_show_no_english(client, shop, lang, screen):
    client.force_login(shop["artisan"])
    response = client.get(f"/{lang}{shop['screens'][screen]}")
    assert response.status_code == 200
    chunks = visible_chunks(response.content.decode())
    if os.environ.get("DUMP_DASHBOARD_TEXT"):
        path = os.path.join(os.environ["DUMP_DASHBOARD_TEXT"], f"{lang}-{screen.replace(' ', '_')}.txt")
        with open(path, "w") as dump:
            dump.write("\n".join(chunks))
    english = [chunk for chunk in chunks if chunk in ENGLISH or chunk.split(" | ")[0] in ENGLISH]
    assert not english, f"English on the {screen} screen in {lang}: {english}"


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGES)
def test_login_page_shows_no_english(client, lang):
    response = client.get(f"/{lang}/shop/dashboard/login/")
    assert response.status_code == 200
    chunks = visible_chunks(response.content.decode())
    if os.environ.get("DUMP_DASHBOARD_TEXT"):
        with open(os.path.join(os.environ["DUMP_DASHBOARD_TEXT"], f"{lang}-login.txt"), "w") as dump:
            dump.write("\n".join(chunks))
    assert not [chunk for chunk in chunks if chunk in ENGLISH]
