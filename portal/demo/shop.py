"""Shop side of the demo: countries, catalogue, artisans (Oscar partners), products, stock, images."""

import html
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management.base import CommandError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from portal.country.profiles import ALGERIA_WILAYAS, MOROCCO_REGIONS

from . import upsert
from .applications import ensure_applications
from .artisans_data import ARTISANS, ARTISANS_BY_KEY, COUNTRIES
from .catalogue_data import CATEGORIES, LANGS, PRODUCT_CLASSES
from .delivery import ensure_stop_desks
from .images import draw_image
from .products_home_data import PRODUCTS as HOME_PRODUCTS
from .products_pantry_data import PRODUCTS as PANTRY_PRODUCTS
from .products_wear_data import PRODUCTS as WEAR_PRODUCTS
from .taxonomy import ensure_crafts, ensure_materials
from .taxonomy_data import PRODUCT_MATERIALS
from .users import ensure_users

PRODUCTS = WEAR_PRODUCTS + HOME_PRODUCTS + PANTRY_PRODUCTS
CATEGORY_MOTIFS = {category["slug"]: category["motif"] for category in CATEGORIES}
REGION_NAMES = dict(MOROCCO_REGIONS + ALGERIA_WILAYAS)

# Prices are written in dirhams; a fixed demo rate gives the dinar price
# (rounded to 10 DA). Not an exchange service: demo data only.
CURRENCY_FACTORS = {"MAD": Decimal("1"), "DZD": Decimal("13.5")}
ROUNDING = {"MAD": Decimal("1"), "DZD": Decimal("10")}

# Short "made by hand in <town>" sentence for the Tamazight and Kabyle descriptions.
HANDMADE_IN = {
    "zgh": "{title} — ⵉⵜⵜⵓⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ ⴳ {town}.",
    "kab": "{title} — yettwaxdem s ufus deg {town}.",
}
MADE_BY = {"ar": "صنعته {maker}.", "fr": "Réalisé par {maker}.", "en": "Made by {maker}."}


def price_in(currency, price_mad):
    try:
        factor = CURRENCY_FACTORS[currency]
    except KeyError:
        raise CommandError(
            _("No demo price conversion for currency %(currency)s.") % {"currency": currency}
        ) from None
    step = ROUNDING[currency]
    return (Decimal(price_mad) * factor / step).quantize(Decimal("1")) * step


def _paragraphs(*texts):
    return "".join(f"<p>{html.escape(text, quote=False)}</p>" for text in texts if text)


def translated(field, texts):
    return {f"{field}_{lang}": texts[lang] for lang in LANGS}


# --- Steps ---------------------------------------------------------------------


def ensure_countries():
    """The profile's country, open for shipping; the other Maghreb country for partner addresses."""
    Country = get_model("address", "Country")
    home = settings.HIRFA_PROFILE["country"]
    for code, data in COUNTRIES.items():
        country, _created = Country.objects.get_or_create(
            iso_3166_1_a2=code, defaults={**data, "is_shipping_country": code == home}
        )
        if code == home and not country.is_shipping_country:
            country.is_shipping_country = True
            country.save(update_fields=["is_shipping_country"])


def ensure_catalogue():
    """Product classes and the craft categories (root nodes of Oscar's tree), each tied to its craft."""
    from portal.taxonomy.models import Craft

    ProductClass = get_model("catalogue", "ProductClass")
    Category = get_model("catalogue", "Category")
    crafts = Craft.objects.in_bulk([data["slug"] for data in CATEGORIES], field_name="slug")
    for data in PRODUCT_CLASSES.values():
        upsert(
            ProductClass,
            {"slug": data["slug"]},
            {"name": data["name"], "track_stock": True, "requires_shipping": True},
        )
    for data in CATEGORIES:
        values = {
            "is_public": True,
            "craft": crafts[data["slug"]],
            **translated("name", data["name"]),
            **translated("description", {k: _paragraphs(v) for k, v in data["description"].items()}),
        }
        category = Category.get_root_nodes().filter(slug=data["slug"]).first()
        if category is None:
            Category.add_root(slug=data["slug"], name=data["name"]["ar"], **values)
            continue
        changed = [name for name, value in values.items() if getattr(category, name) != value]
        for name in changed:
            setattr(category, name, values[name])
        if changed:
            category.save()


def ensure_partners():
    """One Oscar Partner per artisan, its address, and its login in partner.users."""
    Partner = get_model("partner", "Partner")
    PartnerAddress = get_model("partner", "PartnerAddress")
    Country = get_model("address", "Country")
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.in_bulk([a["username"] for a in ARTISANS], field_name="username")
    for artisan in ARTISANS:
        partner, _created = upsert(Partner, {"code": slugify(artisan["key"])}, {"name": artisan["workshop"]})
        partner.users.add(users[artisan["username"]])
        address_values = {
            "first_name": artisan["first_name"],
            "last_name": artisan["last_name"],
            "line1": artisan["line1"],
            "line4": artisan["city"],
            "state": REGION_NAMES[artisan["region"]],
            "country": Country.objects.get(iso_3166_1_a2=artisan["country"]),
        }
        address = partner.addresses.first()
        if address is None:
            PartnerAddress.objects.create(partner=partner, **address_values)
        else:
            upsert(PartnerAddress, {"pk": address.pk}, address_values)


def _product_values(data, product_class):
    artisan = ARTISANS_BY_KEY[data["artisan"]]
    towns = {"zgh": artisan["city_zgh"], "kab": artisan["city_kab"]}
    descriptions = {}
    for lang in LANGS:
        if lang in HANDMADE_IN:
            text = HANDMADE_IN[lang].format(title=data["title"][lang], town=towns[lang])
            descriptions[lang] = _paragraphs(text)
        else:
            maker = MADE_BY[lang].format(maker=data["maker"]) if data["maker"] else ""
            descriptions[lang] = _paragraphs(data["description"][lang], maker)
    return {
        "product_class": product_class,
        "structure": "standalone",
        "slug": slugify(data["title"]["en"]),
        "is_public": True,
        "title": data["title"][settings.LANGUAGE_CODE],
        "description": descriptions[settings.LANGUAGE_CODE],
        **translated("title", data["title"]),
        **translated("description", descriptions),
    }


def ensure_products():
    """Products, their category, craft and materials, and one stock record of their artisan's partner each."""
    from portal.taxonomy.models import Material

    Product = get_model("catalogue", "Product")
    ProductClass = get_model("catalogue", "ProductClass")
    ProductCategory = get_model("catalogue", "ProductCategory")
    Category = get_model("catalogue", "Category")
    Partner = get_model("partner", "Partner")
    StockRecord = get_model("partner", "StockRecord")

    classes = {key: ProductClass.objects.get(slug=data["slug"]) for key, data in PRODUCT_CLASSES.items()}
    categories = {c.slug: c for c in Category.get_root_nodes().select_related("craft")}
    materials = Material.objects.in_bulk(field_name="slug")
    partners = Partner.objects.in_bulk([slugify(a["key"]) for a in ARTISANS], field_name="code")
    currency = settings.OSCAR_DEFAULT_CURRENCY
    for data in PRODUCTS:
        product, _created = upsert(
            Product, {"upc": data["upc"]}, _product_values(data, classes[data["class"]])
        )
        category = categories[data["category"]]
        ProductCategory.objects.get_or_create(product=product, category=category)
        product.crafts.add(category.craft)
        product.materials.add(*(materials[slug] for slug in PRODUCT_MATERIALS[data["upc"]]))
        partner = partners[slugify(data["artisan"])]
        stock, created = StockRecord.objects.get_or_create(
            partner=partner,
            partner_sku=data["upc"],
            defaults={
                "product": product,
                "price_currency": currency,
                "price": price_in(currency, data["price_mad"]),
                "num_in_stock": data["stock"],
            },
        )
        if not created:
            # Prices follow the demo data; stock levels belong to the running shop.
            upsert(
                StockRecord,
                {"pk": stock.pk},
                {
                    "product": product,
                    "price_currency": currency,
                    "price": price_in(currency, data["price_mad"]),
                },
            )


def ensure_images(image_size):
    """One drawn picture per product that has none (a second run adds nothing)."""
    Product = get_model("catalogue", "Product")
    ProductImage = get_model("catalogue", "ProductImage")
    with_image = set(ProductImage.objects.values_list("product_id", flat=True))
    by_upc = Product.objects.in_bulk([d["upc"] for d in PRODUCTS], field_name="upc")
    for data in PRODUCTS:
        product = by_upc[data["upc"]]
        if product.pk in with_image:
            continue
        content = draw_image(CATEGORY_MOTIFS[data["category"]], data["upc"], size=image_size)
        image = ProductImage(product=product, display_order=0)
        image.original.save(f"{data['upc'].lower()}.jpg", ContentFile(content), save=False)
        image.save()


def ensure_taxonomy():
    """The crafts (one per craft category, same slug) and the materials of the products."""
    ensure_crafts(PRODUCTS)
    ensure_materials()


def shop_steps(password=None, image_size=800, logins=None):
    """The shop and people steps, as (label, callable) pairs; ``logins`` receives the login rows."""
    logins = [] if logins is None else logins

    def users_step():
        logins[:] = ensure_users(password)

    return [
        (_("Countries"), ensure_countries),
        (_("Stop-desk points"), ensure_stop_desks),
        (_("Crafts and materials"), ensure_taxonomy),
        (_("Catalogue"), ensure_catalogue),
        (_("Users"), users_step),
        (_("Artisans"), ensure_partners),
        (_("Products"), ensure_products),
        (_("Images"), lambda: ensure_images(image_size)),
        (_("Artisan applications"), ensure_applications),
    ]
