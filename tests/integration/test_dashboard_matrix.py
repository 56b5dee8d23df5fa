"""The permission matrix: every dashboard URL × every role × GET and crafted POSTs, on artisan B's objects.

Outsiders (anonymous, a customer, artisan A, the manager of another
cooperative) may get a page of their own, a redirect, 403 or 404, but never
a byte of B's data (``World.b_secrets``) nor the buyer's contact before the
order is confirmed, and nothing of B's rows changes. B and staff get no
server error; staff read B's order. The URL list comes from the resolver
(tests/support/dashboard_matrix.py).
"""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import translation
from oscar.core.loading import get_model

from shop.artisans.models import ArtisanProfile
from shop.onboarding.models import Application
from tests.support.dashboard_matrix import dashboard_patterns, url_for, variants
from tests.support.dashboard_world import build_world
from tests.support.demo import loaded_for_the_module

pytestmark = pytest.mark.django_db

User = get_user_model()
Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
ProductClass = get_model("catalogue", "ProductClass")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
Order = get_model("order", "Order")
Line = get_model("order", "Line")
OrderNote = get_model("order", "OrderNote")
ShippingAddress = get_model("order", "ShippingAddress")
ShippingEvent = get_model("order", "ShippingEvent")
PaymentEvent = get_model("order", "PaymentEvent")
OrderStatusChange = get_model("order", "OrderStatusChange")
ShippingEventType = get_model("order", "ShippingEventType")
PaymentEventType = get_model("order", "PaymentEventType")

OUTSIDERS = ("anonymous", "customer", "A", "manager")
PATTERNS = dashboard_patterns()
# Each URL on B's own objects and, where it takes an order or a product, on what B shares with A.
CASES = [(name, kwargs, key) for name, kwargs in PATTERNS for key in variants(name, kwargs)]


def build():
    world = build_world()
    ShippingEventType.objects.get_or_create(code="shipped", defaults={"name": "Shipped"})
    PaymentEventType.objects.get_or_create(code="paid", defaults={"name": "Paid"})
    return world


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    with loaded_for_the_module(django_db_blocker, tmp_path_factory.mktemp("media"), build) as built:
        yield built


@pytest.fixture(scope="module")
def clients(world):
    clients = {"anonymous": Client()}
    for role in ("customer", "A", "manager", "B", "staff"):
        clients[role] = Client()
        clients[role].force_login(world.users[role])
    return clients


def snapshot(world):
    """Every row of B's (and the rows a crafted post could hand to someone) as plain values."""
    with translation.override(settings.LANGUAGE_CODE):  # modeltranslation reads "title" per language
        return rows(world)


def rows(world):
    b = world.partners["B"]
    orders = [order.pk for order in world.orders.values()]
    b_products = [world.products["B"].pk, world.products["shared"].pk]
    return {
        "products": list(
            Product.objects.filter(pk__in=b_products)
            .values("pk", "title", "title_fr", "title_ar", "description", "is_public", "upc", "structure")
            .order_by("pk")
        ),
        "b_stock": list(StockRecord.objects.filter(partner=b).values().order_by("pk")),
        "stock_not_of_owner": list(
            StockRecord.objects.filter(product__in=[world.products["A"], world.products["C"]])
            .exclude(partner__in=[world.partners["A"], world.partners["C"]])
            .values_list("pk", flat=True)
        ),
        "partners": list(Partner.objects.values("pk", "name", "code").order_by("pk")),
        "b_partner_users": sorted(b.users.values_list("pk", flat=True)),
        "users": list(
            User.objects.values(
                "pk", "username", "email", "is_staff", "is_superuser", "is_active", "password"
            ).order_by("pk")
        ),
        "user_permissions": sorted(
            User.user_permissions.through.objects.values_list("user_id", "permission_id")
        ),
        "orders": list(
            Order.objects.filter(pk__in=orders)
            .values(
                "pk", "status", "total_incl_tax", "guest_email", "phone_confirmed_at", "phone_confirmed_by"
            )
            .order_by("pk")
        ),
        "addresses": list(ShippingAddress.objects.filter(order__in=orders).values().order_by("pk")),
        "b_lines": list(Line.objects.filter(partner=b).values().order_by("pk")),
        "notes_of_others": list(
            OrderNote.objects.filter(order__in=orders)
            .exclude(user__in=[world.users["A"], world.users["manager"]])
            .values("pk", "user_id", "message")
            .order_by("pk")
        ),
        "events": (
            ShippingEvent.objects.filter(order__in=orders).count(),
            PaymentEvent.objects.filter(order__in=orders).count(),
            OrderStatusChange.objects.filter(order__in=orders).count(),
        ),
        "storefronts": list(ArtisanProfile.objects.values().order_by("pk")),
        "storefront_crafts": sorted(
            ArtisanProfile.crafts.through.objects.values_list("pk", "artisanprofile_id", "craft_id")
        ),
        "categories": list(Category.objects.values_list("pk", "name", "is_public").order_by("pk")),
        "product_classes": list(ProductClass.objects.values_list("pk", "name", "slug").order_by("pk")),
        "applications": list(
            Application.objects.values("pk", "state", "staff_message", "user_id", "partner_id").order_by("pk")
        ),
    }


def crafted_posts(world):
    """What an outsider might post: crafted ownership fields and every order action on B's lines and notes."""
    b, b_user = world.partners["B"], world.users["B"]
    lines = [world.lines["mixed"].pk, world.lines["b_only"].pk]
    quantities = {f"selected_line_qty_{pk}": "1" for pk in lines}
    ownership = {
        "partner": b.pk,
        "partners": b.pk,
        "user": b_user.pk,
        "users": b_user.pk,
        "is_staff": "on",
        "is_superuser": "on",
        "stockrecord": world.stockrecords["B"].pk,
        "title": "PWNED",
        "name": "PWNED",
        "email": "pwned@example.test",
        "story_ar": "PWNED",
        "story_fr": "PWNED",
        "workshop": "PWNED",
        "slug": "pwned",
        "is_active": "on",
    }
    line_action = {
        "selected_line": lines,
        **quantities,
        "new_status": "Cancelled",
        "shipping_event_type": "shipped",
    }
    stock_formset = {
        "stockrecords-TOTAL_FORMS": "1",
        "stockrecords-INITIAL_FORMS": "1",
        "stockrecords-0-id": world.stockrecords["shared_B"].pk,
        "stockrecords-0-partner": b.pk,
        "stockrecords-0-partner_sku": "pwned",
        "stockrecords-0-price": "1.00",
        "stockrecords-0-num_in_stock": "0",
    }
    return [
        # First: every crafted field at once (the one POST sent where the GET was refused).
        {
            **ownership,
            **stock_formset,
            "order_action": "change_order_status",
            "new_status": "Cancelled",
            "action": "make_products_non_public",
            "selected_product": [world.products["B"].pk, world.products["shared"].pk],
        },
        {**line_action, "line_action": "change_line_statuses"},
        {**line_action, "line_action": "create_shipping_event"},
        {
            **line_action,
            "line_action": "create_payment_event",
            "payment_event_type": "paid",
            "action": "change_order_statuses",
            "selected_order": [order.pk for order in world.orders.values()],
        },
        {"order_action": "create_order_payment_event", "payment_event_type": "paid", "amount": "1.00"},
        {"order_action": "confirm_by_phone"},
        {"order_action": "delete_note", "note_id": world.notes["mixed"].pk},
        {"order_action": "save_note", "message": "PWNED note", "user": b_user.pk},
    ]


def leaked(body, secrets):
    return [secret for secret in secrets if secret in body]


def denied(response):
    if response.status_code == 302:
        return "/login/" in response["Location"]
    return response.status_code in (403, 404)


@pytest.mark.parametrize(
    ("name", "kwargs", "key"), CASES, ids=[f"{n}({','.join(k)})-{o}" for n, k, o in CASES]
)
def test_outsiders_get_nothing_of_artisan_b(world, clients, name, kwargs, key):
    url = url_for(world, name, kwargs, key)
    secrets = world.b_secrets + world.buyer_contact
    before = snapshot(world)
    posts = crafted_posts(world)
    for role in OUTSIDERS:
        client = clients[role]
        response = client.get(url)
        check(response, role, f"GET {url}", secrets)
        # A 403 is the app's permission map, the same for every method: one crafted POST proves it.
        for data in posts[:1] if response.status_code == 403 else posts:
            check(client.post(url, data), role, f"POST {url} {data}", secrets)
        assert snapshot(world) == before, f"{role} changed B's data through {url}"


def body_of(response):
    """The bytes sent, for a page or a streamed download (a CSV export)."""
    return b"".join(response.streaming_content) if response.streaming else response.content


def check(response, role, where, secrets):
    assert response.status_code < 500, f"{role} {where}"
    if role in ("anonymous", "customer"):
        assert denied(response), f"{role} {where}: {response.status_code}"
    found = leaked(body_of(response).decode(errors="replace"), secrets)
    assert not found, f"{role} {where} shows {found}"


@pytest.mark.parametrize(("name", "kwargs"), PATTERNS, ids=[f"{n}({','.join(k)})" for n, k in PATTERNS])
def test_b_and_staff_get_no_server_error(world, clients, name, kwargs):
    url = url_for(world, name, kwargs)
    for role in ("B", "staff"):
        assert clients[role].get(url).status_code < 500, f"{role} GET {url}"


def test_the_matrix_covers_the_artisan_screens():
    names = {name for name, _kwargs in PATTERNS}
    assert {
        "dashboard:index",
        "dashboard:catalogue-product",
        "dashboard:catalogue-product-delete",
        "dashboard:order-detail",
        "dashboard:order-line-detail",
        "dashboard:order-detail-note",
        "dashboard:order-shipping-address",
        "dashboard:delivery-rate-list",
        "dashboard:application-list",
        "dashboard:application-approve",
        "dashboard:storefront-edit",
        "dashboard:storefront-partner-edit",
        "dashboard:product-csv",
        "dashboard:product-csv-export",
        "dashboard:product-csv-report",
    } <= names
    assert len(PATTERNS) > 80


def test_staff_read_b_order_and_product(world, clients):
    staff = clients["staff"]
    order = staff.get(url_for(world, "dashboard:order-detail", ["number"], "mixed")).content.decode()
    product = staff.get(url_for(world, "dashboard:catalogue-product", ["pk"]))

    assert world.lines["mixed"].title in order and world.notes["mixed"].message in order
    assert product.status_code == 200 and "Collier Bahia Qzx" in product.content.decode()


def test_b_reaches_their_own_objects(world, clients):
    b = clients["B"]
    for key in ("mixed", "b_only"):
        assert b.get(url_for(world, "dashboard:order-detail", ["number"], key)).status_code == 200
        assert (
            b.get(url_for(world, "dashboard:order-line-detail", ["line_id", "number"], key)).status_code
            == 200
        )
    assert b.get(url_for(world, "dashboard:catalogue-product", ["pk"])).status_code == 200
    storefront = b.get(url_for(world, "dashboard:storefront-partner-edit", ["partner_pk"]))
    assert storefront.status_code == 200 and "Atelier Bahia Zrq 3318" in storefront.content.decode()


def test_staff_read_the_application_the_matrix_fills_in(world, clients):
    url = url_for(world, "dashboard:application-detail", ["pk"])
    response = clients["staff"].get(url)

    assert response.status_code == 200 and "BAHIA-REG-7731" in response.content.decode()
    assert clients["A"].get(url).status_code == 403
