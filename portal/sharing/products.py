"""A product page's link preview and schema.org Product (with its offer), from Oscar's pricing strategy."""

from django.utils.html import strip_tags
from django.utils.text import Truncator

from .structured import SCHEMA


def _purchase_info(request, product):
    strategy = request.strategy
    return strategy.fetch_for_parent(product) if product.is_parent else strategy.fetch_for_product(product)


def product_meta(request, product):
    info = _purchase_info(request, product)
    image = product.primary_image()
    image_url = request.build_absolute_uri(image.original.url) if getattr(image, "original", None) else ""
    description = Truncator(strip_tags(product.description or "")).words(40)
    data = {
        "@context": SCHEMA,
        "@type": "Product",
        "name": product.get_title(),
        "url": request.build_absolute_uri(product.get_absolute_url()),
        "sku": product.upc or str(product.pk),
    }
    if description:
        data["description"] = description
    if image_url:
        data["image"] = image_url
    if info.price.exists:
        price = info.price.incl_tax if info.price.is_tax_known else info.price.excl_tax
        in_stock = info.availability.is_available_to_buy
        data["offers"] = {
            "@type": "Offer",
            "price": str(price),
            "priceCurrency": info.price.currency,
            "availability": f"{SCHEMA}/{'InStock' if in_stock else 'OutOfStock'}",
            "url": data["url"],
        }
        if info.stockrecord is not None:
            data["offers"]["seller"] = {"@type": "Organization", "name": info.stockrecord.partner.name}
    return {
        "title": data["name"],
        "description": description,
        "url": data["url"],
        "image": image_url,
        "data": data,
    }


def storefront_structured_data(request, profile):
    """schema.org LocalBusiness for an artisan's storefront."""
    data = {
        "@context": SCHEMA,
        "@type": "LocalBusiness",
        "name": profile.name,
        "url": request.build_absolute_uri(profile.get_absolute_url()),
    }
    if profile.story:
        data["description"] = Truncator(profile.story).words(40)
    if profile.photo:
        data["image"] = request.build_absolute_uri(profile.photo.url)
    if profile.region:
        data["address"] = {"@type": "PostalAddress", "addressRegion": str(profile.region_name)}
    return data
