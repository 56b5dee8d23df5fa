"""Two artisans, a cooperative, a customer, staff and orders mixing them: the permission matrix's world.

Artisan B's data carries strings found nowhere else (``B_SECRETS``), so that a
response can be searched for any byte of it. Built once per test module
(tests/support/demo.py's pattern).
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth.models import Permission
from oscar.core.loading import get_class, get_model
from oscar.test import factories as oscar_factories

from shop.artisans.models import ArtisanProfile
from shop.onboarding.models import Application
from tests.factories.shop import UserFactory, make_artisan, make_product

Country = get_model("address", "Country")
ShippingAddress = get_model("order", "ShippingAddress")
StockRecord = get_model("partner", "StockRecord")
Basket = get_model("basket", "Basket")
Default = get_class("partner.strategy", "Default")

BUYER = {
    "first_name": "Zoulikha",
    "last_name": "Qorchi",
    "line1": "17 derb Tizgharine",
    "line4": "Essaouira",
    "state": "Marrakech-Safi",
    "phone_number": "+212661734529",
}


@dataclass
class World:
    users: dict
    partners: dict
    products: dict
    stockrecords: dict
    orders: dict
    lines: dict
    notes: dict
    applications: dict = field(default_factory=dict)
    b_secrets: list = field(default_factory=list)
    buyer_contact: list = field(default_factory=list)


def place_order(buyer, products, number):
    basket = Basket.objects.create(owner=buyer)
    basket.strategy = Default()
    for product in products:
        basket.add_product(product)
    address = ShippingAddress.objects.create(country=Country.objects.get(pk="MA"), **BUYER)
    return oscar_factories.create_order(number=number, basket=basket, user=buyer, shipping_address=address)


def build_world():
    artisan_a, partner_a = make_artisan("Atelier Amal Tadelakt", username="amal")
    artisan_b, partner_b = make_artisan("Bijoux Bahia Ouzoud", username="bahia")
    manager, partner_c = make_artisan("Coopérative Tissage Tifaout", username="tifaout")
    weaver = UserFactory(username="tifaout-weaver")
    weaver.user_permissions.add(
        Permission.objects.get(codename="dashboard_access", content_type__app_label="partner")
    )
    partner_c.users.add(weaver)
    customer = UserFactory(username="client", first_name="Karima", last_name="Client")
    buyer = UserFactory(username="buyer", email="zoulikha.buyer@example.test")
    staff = UserFactory(username="staff", is_staff=True, is_superuser=True)

    tajine = make_product(
        {"ar": "طاجين أمل", "fr": "Tajine Amal"}, price="111.11", partner_name=partner_a.name
    )
    collier = make_product(
        {"ar": "عقد باهية الفضي", "fr": "Collier Bahia Qzx"},
        price="733.47",
        partner_name=partner_b.name,
        upc="BAHIA-UPC-5521",
    )
    StockRecord.objects.filter(product=collier).update(partner_sku="bahia-sku-4471")
    tapis = make_product(
        {"ar": "زربية تيفاوت", "fr": "Tapis Tifaout"}, price="390.00", partner_name=partner_c.name
    )
    # A piece A and B both sell (a cooperative listing staff set up): one stock record each.
    shared = make_product(
        {"ar": "صينية مشتركة", "fr": "Plateau partagé"}, price="222.22", partner_name=partner_a.name
    )
    shared_b = StockRecord.objects.create(
        product=shared,
        partner=partner_b,
        partner_sku="bahia-shared-9043",
        price=Decimal("644.19"),
        num_in_stock=4,
    )

    # Each artisan's storefront (shop/dashboard/storefront): B's texts are secrets too.
    ArtisanProfile.objects.create(partner=partner_a, name="Amal Tadelakt", story_fr="Amal lisse le tadelakt.")
    storefront_b = ArtisanProfile.objects.create(
        partner=partner_b,
        name="Bahia Ouzoud",
        workshop="Atelier Bahia Zrq 3318",
        story_ar="باهية تصوغ الفضة منذ ٧٧١٩",
        story_fr="Bahia cisèle l'argent depuis 7719",
        phone="+212661994012",
        email="bahia.storefront@example.test",
    )

    mixed = place_order(buyer, [tajine, collier], "100071")
    b_only = place_order(buyer, [collier], "100072")
    line_a = mixed.lines.get(partner=partner_a)
    line_b = mixed.lines.get(partner=partner_b)
    note_b = mixed.notes.create(
        user=artisan_b, message="Bahia: emballer dans le papier bleu 8812", note_type="Info"
    )
    note_b_only = b_only.notes.create(user=artisan_b, message="Bahia: client fidèle 5530", note_type="Info")
    note_staff = mixed.notes.create(user=staff, message="Staff: vérifier le paiement 2207", note_type="Info")

    world = World(
        users={"A": artisan_a, "B": artisan_b, "manager": manager, "customer": customer, "staff": staff},
        partners={"A": partner_a, "B": partner_b, "C": partner_c},
        products={"A": tajine, "B": collier, "C": tapis, "shared": shared},
        stockrecords={"B": collier.stockrecords.get(), "shared_B": shared_b},
        orders={"mixed": mixed, "b_only": b_only},
        lines={"mixed": line_b, "b_only": b_only.lines.get(), "mixed_A": line_a},
        notes={"mixed": note_b, "b_only": note_b_only, "staff": note_staff},
    )
    # An application waiting for staff: only staff may read or decide it (the dashboard's applications app).
    world.applications = {
        "B": Application.objects.create(
            name="Bahia Qzx Ouzoud",
            workshop_name="Bijoux Bahia Ouzoud",
            region_code="MA-05",
            phone="+212661990417",
            email="bahia-apply@example.test",
            register_number="BAHIA-REG-7731",
            register_key="BAHIAREG7731",
            story="Bahia: bijoux en argent 6614",
            language="fr",
        )
    }
    world.b_secrets = [
        "Collier Bahia Qzx",
        "عقد باهية الفضي",
        "BAHIA-UPC-5521",
        "bahia-sku-4471",
        "bahia-shared-9043",
        partner_b.name,
        note_b.message,
        note_b_only.message,
        note_staff.message,
        "661990417",
        "BAHIA-REG-7731",
        "Bahia: bijoux en argent 6614",

        storefront_b.workshop,
        storefront_b.story_ar,
        storefront_b.story_fr,
        "661994012",
        storefront_b.email,
        *amounts(Decimal("733.47"), Decimal("644.19"), mixed.total_incl_tax, b_only.total_incl_tax),
    ]
    world.buyer_contact = ["661734529", "17 derb Tizgharine", "Qorchi", buyer.email]
    return world


def amounts(*values):
    """Each amount as Oscar's templates may print it: 733.47, 733,47 and ٧٣٣٫٤٧ ."""
    arabic = str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫")
    out = []
    for value in values:
        text = f"{value:.2f}"
        out += [text, text.replace(".", ","), text.translate(arabic)]
    return out
