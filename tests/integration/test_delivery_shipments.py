"""Delivery methods per region, delivery charged per artisan shipment, shipments recorded and shown."""

from decimal import Decimal

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from shop.delivery.models import FreeDeliveryThreshold, RegionRate, Shipment, StopDesk
from shop.shipping.repository import methods_for_region
from tests.factories.checkout import add_to_basket, give_address, place_order, reach_preview, start_as_guest
from tests.factories.shop import UserFactory, make_product

pytestmark = pytest.mark.django_db
Order = get_model("order", "Order")
Partner = get_model("partner", "Partner")
RULE_FR = "La livraison est facturée par envoi d’artisan"


def make_point(region_code="MA-07", name="Relais Guéliz", **fields):
    values = {
        "region_code": region_code,
        "name": name,
        "name_fr": name,
        "address": "8 rue de la Liberté",
        "address_fr": "8 rue de la Liberté",
        "town": "Marrakech",
        "opening_hours_fr": "9 h – 19 h, du samedi au jeudi",
        **fields,
    }
    return StopDesk.objects.create(**values)


@pytest.fixture
def two_artisans(site_home):
    pottery = make_product(titles={"fr": "Tajine de Safi"}, price="300.00", partner_name="Poterie Safi")
    rug = make_product(titles={"fr": "Tapis zayane"}, price="900.00", partner_name="Tissage Zayane")
    return pottery, rug


def checkout_until_methods(client, *products, lang="fr", **address):
    for product in products:
        add_to_basket(client, product, lang)
    start_as_guest(client, lang)
    give_address(client, lang, **address)
    return client.get(f"/{lang}/shop/checkout/shipping-method/")


# --- Methods offered per region -------------------------------------------------------


def test_a_region_offers_home_delivery_and_one_method_per_open_stop_desk_point(site_home):
    gueliz, medina = make_point(name="Relais Guéliz"), make_point(name="Relais Médina")
    make_point(name="Relais fermé", is_active=False)
    make_point(region_code="MA-06", name="Relais Casablanca", town="Casablanca")

    methods = methods_for_region("MA-07")

    assert [method.code for method in methods] == [
        "region-flat-rate",
        f"stop-desk-{gueliz.pk}",
        f"stop-desk-{medina.pk}",
    ]
    assert "Relais Guéliz" in str(methods[1].name) and "8 rue de la Liberté, Marrakech" in str(
        methods[1].name
    )


def test_without_an_active_stop_desk_rate_the_points_are_not_offered(site_home):
    make_point()
    RegionRate.objects.filter(region_code="MA-07", method="stop-desk").update(is_active=False)

    assert [method.code for method in methods_for_region("MA-07")] == ["region-flat-rate"]


def test_a_region_with_pickup_only_is_offered_at_checkout_and_only_pickup(client, two_artisans):
    point = make_point()
    RegionRate.objects.filter(region_code="MA-07", method="home").update(is_active=False)

    response = checkout_until_methods(client, two_artisans[0])

    # One method: Oscar selects it and goes on to the preview.
    preview = client.get(response["Location"], follow=True)
    assert preview.context["shipping_method"].code == f"stop-desk-{point.pk}"
    assert "8 rue de la Liberté" in preview.content.decode()


def test_the_customer_chooses_between_home_delivery_and_a_point(client, two_artisans):
    point = make_point()

    response = checkout_until_methods(client, two_artisans[0])

    assert response.status_code == 200
    codes = [method.code for method in response.context["methods"]]
    assert codes == ["region-flat-rate", f"stop-desk-{point.pk}"]
    chosen = client.post(
        "/fr/shop/checkout/shipping-method/", {"method_code": f"stop-desk-{point.pk}"}, follow=True
    )
    assert chosen.context["shipping_method"].code == f"stop-desk-{point.pk}"


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("fr", "Nous ne livrons pas cette région ou wilaya pour le moment"),
        ("ar", "لا نوصل حاليا إلى هذه الجهة أو الولاية"),
    ],
)
def test_no_method_for_the_region_is_said_in_the_customers_language_not_a_500(
    client, two_artisans, lang, message
):
    add_to_basket(client, two_artisans[0], lang)
    start_as_guest(client, lang)
    give_address(client, lang)
    RegionRate.objects.filter(region_code="MA-07").update(is_active=False)  # staff stop it meanwhile

    response = client.get(f"/{lang}/shop/checkout/shipping-method/", follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == f"/{lang}/shop/checkout/shipping-address/"
    assert message in response.content.decode()


# --- Charged per artisan shipment --------------------------------------------------------


def test_each_artisan_shipment_is_charged_unless_it_reaches_its_threshold(client, two_artisans):
    pottery, rug = two_artisans
    weaver = rug.stockrecords.get().partner
    FreeDeliveryThreshold.objects.create(partner=weaver, amount=Decimal("800.00"))
    FreeDeliveryThreshold.objects.create(partner=pottery.stockrecords.get().partner, amount=Decimal("500.00"))

    checkout_until_methods(client, pottery, rug)
    preview = reach_preview(client)

    page = preview.content.decode()
    assert preview.context["shipping_charge"].incl_tax == Decimal("35.00")  # potter 35, weaver free
    assert RULE_FR in page
    assert "Poterie Safi" in page and "livraison gratuite dès 500,00" in page
    assert "Tissage Zayane" in page and "livraison offerte" in page
    assert "1235,00" in page.replace("\u202f", "").replace("\xa0", "")

    place_order(client)

    order = Order.objects.get()
    assert order.shipping_incl_tax == Decimal("35.00")
    assert order.total_incl_tax == Decimal("1235.00")
    rows = {shipment.partner_name: shipment for shipment in order.shipments.all()}
    assert {name: row.charge for name, row in rows.items()} == {
        "Poterie Safi": Decimal("35.00"),
        "Tissage Zayane": Decimal("0.00"),
    }
    assert {row.method_code for row in rows.values()} == {"region-flat-rate"}
    assert rows["Tissage Zayane"].partner == weaver


def test_two_artisans_without_thresholds_pay_two_shipments(client, two_artisans):
    checkout_until_methods(client, *two_artisans)
    reach_preview(client)
    place_order(client)

    order = Order.objects.get()
    assert order.shipping_incl_tax == Decimal("70.00")
    assert order.shipments.count() == 2


def test_the_basket_page_states_the_rule(client, two_artisans):
    add_to_basket(client, two_artisans[0])

    assert RULE_FR in client.get("/fr/shop/basket/").content.decode()


def test_a_refused_placement_writes_no_shipment(client, site_home):
    product = make_product(titles={"fr": "Savon à l'argan"}, num_in_stock=1)
    checkout_until_methods(client, product)
    reach_preview(client)
    record = product.stockrecords.get()
    record.num_allocated = 1  # someone else's order took it between preview and "Place order"
    record.save()

    response = place_order(client)

    assert response.redirect_chain[-1][0] == "/fr/shop/basket/"
    assert Order.objects.count() == 0
    assert Shipment.objects.count() == 0


# --- The stop-desk point everywhere the customer reads their order ------------------------


def test_the_point_and_its_address_on_preview_thank_you_email_and_account(client, two_artisans):
    point = make_point(phone="+212524430000")
    customer = UserFactory(username="samira", email="samira.h@example.test")
    client.force_login(customer)
    add_to_basket(client, two_artisans[0])
    give_address(client)
    client.post("/fr/shop/checkout/shipping-method/", {"method_code": f"stop-desk-{point.pk}"})
    preview = client.get("/fr/shop/checkout/preview/").content.decode()
    thank_you = place_order(client).content.decode()

    order = Order.objects.get()
    shipment = order.shipments.get()
    assert shipment.stop_desk == point and shipment.method_code == f"stop-desk-{point.pk}"
    assert shipment.charge == Decimal("25.00")  # the profile's default stop-desk rate
    account = client.get(f"/fr/shop/accounts/orders/{order.number}/").content.decode()
    html_email = mail.outbox[0].alternatives[0][0]
    for text in (preview, thank_you, mail.outbox[0].body, html_email, account):
        assert "Relais Guéliz" in text and "8 rue de la Liberté" in text
    assert "9 h – 19 h" in thank_you and "9 h – 19 h" in account


# --- The customer's account: each shipment and its progress --------------------------------


def place_signed_in_order(client, products):
    customer = UserFactory(username="samira", email="samira.h@example.test")
    client.force_login(customer)
    for product in products:
        add_to_basket(client, product)
    give_address(client)
    reach_preview(client)
    place_order(client)
    return Order.objects.get()


def test_the_account_shows_each_shipment_with_its_lines_charge_and_progress(client, two_artisans):
    order = place_signed_in_order(client, two_artisans)
    pottery_line = order.lines.get(partner_name="Poterie Safi")
    pottery_line.status = "Shipped"
    pottery_line.save()

    page = client.get(f"/fr/shop/accounts/orders/{order.number}/").content.decode()

    assert page.count('class="shipment ') == 2
    assert "Tajine de Safi" in page and "Tapis zayane" in page
    assert "Expédiée" in page or "Expédié" in page  # the potter's shipment
    assert "En attente" in page  # the weaver's
    assert "35,00" in page and RULE_FR in page


def test_a_shipment_progress_is_its_least_advanced_line_and_ignores_cancelled_ones(site_home):
    from shop.delivery.shipments import progress

    class Line:
        def __init__(self, status):
            self.status = status

    assert progress([Line("Shipped"), Line("Preparing"), Line("Delivered")]) == "Preparing"
    assert progress([Line("Cancelled"), Line("Delivered")]) == "Delivered"
    assert progress([Line("Cancelled")]) == "Cancelled"


def test_the_account_page_queries_do_not_grow_with_artisans(client, site_home):
    products = [
        make_product(titles={"fr": f"Objet {n}"}, price="100.00", partner_name=f"Atelier {n}")
        for n in range(3)
    ]
    one = place_signed_in_order(client, products[:1])
    for product in products:
        add_to_basket(client, product)
    give_address(client)
    reach_preview(client)
    place_order(client)
    three = Order.objects.exclude(pk=one.pk).get()
    assert (one.shipments.count(), three.shipments.count()) == (1, 3)
    counts = []
    for order in (one, three):
        url = f"/fr/shop/accounts/orders/{order.number}/"
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(queries)

    assert len(counts[1].captured_queries) == len(counts[0].captured_queries)
