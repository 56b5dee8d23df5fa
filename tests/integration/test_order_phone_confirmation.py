"""Cash on delivery: an order is confirmed by phone (staff, or its only artisan) before it is prepared."""

import pytest
from oscar.core.loading import get_model

from tests.support.dashboard_world import build_world
from tests.support.demo import loaded_for_the_module

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
Line = get_model("order", "Line")
OrderStatusChange = get_model("order", "OrderStatusChange")
ORDERS = "/fr/shop/dashboard/orders/"
CONFIRM = {"order_action": "confirm_by_phone"}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    with loaded_for_the_module(django_db_blocker, tmp_path_factory.mktemp("media"), build_world) as built:
        yield built


def detail(world, key):
    return f"{ORDERS}{world.orders[key].number}/"


def signed_in(client, world, role):
    client.force_login(world.users[role])
    return client


def fresh(world, key):
    return Order.objects.get(pk=world.orders[key].pk)


def move(client, world, key, line, status):
    return client.post(
        detail(world, key),
        {
            "line_action": "change_line_statuses",
            "selected_line": line.pk,
            f"selected_line_qty_{line.pk}": line.quantity,
            "new_status": status,
        },
        follow=True,
    )


def test_staff_confirm_a_mixed_order_and_who_and_when_are_recorded(client, world):
    staff = signed_in(client, world, "staff")
    page = staff.get(detail(world, "mixed")).content.decode()
    assert "Confirmé par téléphone" in page and 'value="confirm_by_phone"' in page

    response = staff.post(detail(world, "mixed"), CONFIRM, follow=True)

    order = fresh(world, "mixed")
    assert order.status == "Confirmed"
    assert order.phone_confirmed_by == world.users["staff"] and order.phone_confirmed_at is not None
    change = OrderStatusChange.objects.get(order=order)
    assert (change.old_status, change.new_status) == ("Pending", "Confirmed")
    assert set(order.lines.values_list("status", flat=True)) == {"Confirmed"}
    assert order.notes.filter(user=world.users["staff"], note_type="System").exists()
    body = response.content.decode()
    assert "Commande confirmée par téléphone." in body and "Confirmé par téléphone par staff" in body


def test_staff_choosing_confirmed_in_the_status_form_is_a_phone_confirmation(client, world):
    signed_in(client, world, "staff").post(
        detail(world, "mixed"), {"order_action": "change_order_status", "new_status": "Confirmed"}
    )
    order = fresh(world, "mixed")
    assert order.status == "Confirmed" and order.phone_confirmed_by == world.users["staff"]


def test_the_only_artisan_of_an_order_sees_the_phone_and_confirms_it(client, world):
    b = signed_in(client, world, "B")
    page = b.get(detail(world, "b_only")).content.decode()
    assert "+212661734529" in page and 'value="confirm_by_phone"' in page
    assert "17 derb Tizgharine" not in page  # the street waits for the confirmation

    b.post(detail(world, "b_only"), CONFIRM)

    order = fresh(world, "b_only")
    assert order.status == "Confirmed" and order.phone_confirmed_by == world.users["B"]
    assert "17 derb Tizgharine" in b.get(detail(world, "b_only")).content.decode()


def test_an_artisan_cannot_confirm_a_mixed_order(client, world):
    a = signed_in(client, world, "A")
    page = a.get(detail(world, "mixed")).content.decode()
    assert 'value="confirm_by_phone"' not in page and "661734529" not in page

    response = a.post(detail(world, "mixed"), CONFIRM)

    assert response.status_code == 403
    order = fresh(world, "mixed")
    assert order.status == "Pending" and order.phone_confirmed_at is None
    assert not OrderStatusChange.objects.filter(order=order).exists()
    assert signed_in(client, world, "A").post(detail(world, "b_only"), CONFIRM).status_code == 404
    assert fresh(world, "b_only").status == "Pending"


@pytest.mark.parametrize("role", ["A", "staff"])
def test_no_line_is_prepared_before_the_phone_confirmation(client, world, role):
    line = world.lines["mixed_A"]
    as_role = signed_in(client, world, role)

    response = move(as_role, world, "mixed", line, "Preparing")

    assert Line.objects.get(pk=line.pk).status == "Pending"
    assert "doit être confirmée par téléphone" in response.content.decode()
    move(as_role, world, "mixed", line, "Confirmed")  # acknowledging the line is allowed
    assert Line.objects.get(pk=line.pk).status == "Confirmed"


def test_once_confirmed_the_artisan_prepares_their_line(client, world):
    signed_in(client, world, "staff").post(detail(world, "mixed"), CONFIRM)
    line = world.lines["mixed_A"]
    move(signed_in(client, world, "A"), world, "mixed", line, "Preparing")
    assert Line.objects.get(pk=line.pk).status == "Preparing"


def test_a_confirmed_order_cannot_be_confirmed_again(client, world):
    staff = signed_in(client, world, "staff")
    staff.post(detail(world, "mixed"), CONFIRM)
    staff.post(detail(world, "mixed"), CONFIRM)
    assert OrderStatusChange.objects.filter(order=world.orders["mixed"]).count() == 1


def test_home_screen_lists_the_order_to_confirm_then_to_ship(client, world):
    a = signed_in(client, world, "A")
    home = a.get("/fr/shop/dashboard/").context
    assert [o.number for o in home["orders_to_confirm"]] == [world.orders["mixed"].number]
    assert list(home["orders_to_ship"]) == []

    signed_in(client, world, "staff").post(detail(world, "mixed"), CONFIRM)
    home = signed_in(client, world, "A").get("/fr/shop/dashboard/").context
    assert list(home["orders_to_confirm"]) == []
    assert [o.number for o in home["orders_to_ship"]] == [world.orders["mixed"].number]


@pytest.mark.parametrize(
    ("lang", "pending", "confirmed", "region"),
    [("fr", "En attente", "Confirmée", "Marrakech-Safi"), ("ar", "بانتظار التأكيد", "مؤكد", "مراكش آسفي")],
)
def test_dashboard_shows_translated_statuses_and_region_names(
    client, world, lang, pending, confirmed, region
):
    Order.objects.filter(pk=world.orders["b_only"].pk).update(status="Pending")
    world.orders["b_only"].shipping_address.__class__.objects.filter(
        pk=world.orders["b_only"].shipping_address_id
    ).update(state="MA-07")
    url = f"/{lang}/shop/dashboard/orders/{world.orders['b_only'].number}/"
    for role in ("staff", "B"):
        page = signed_in(client, world, role).get(url).content.decode()
        assert pending in page, role
        assert f">{confirmed}<" in page or f">{confirmed}</option>" in page, role
        assert ">Pending<" not in page and "<option>Pending" not in page, role
    listing = signed_in(client, world, "B").get(f"/{lang}/shop/dashboard/orders/").content.decode()
    assert region in listing and "MA-07" not in listing and pending in listing


def buyer(client, world):
    client.force_login(world.orders["mixed"].user)
    return client


@pytest.mark.parametrize(
    ("lang", "awaiting"),
    [("fr", "En attente de confirmation par téléphone"), ("ar", "في انتظار التأكيد الهاتفي")],
)
def test_the_customer_sees_the_order_awaiting_phone_confirmation(client, world, lang, awaiting):
    number = world.orders["mixed"].number
    listing = buyer(client, world).get(f"/{lang}/shop/accounts/orders/").content.decode()
    page = client.get(f"/{lang}/shop/accounts/orders/{number}/").content.decode()

    assert awaiting in listing and awaiting in page
    assert "<p>Pending</p>" not in page and world.lines["mixed_A"].title in page

    signed_in(client, world, "staff").post(detail(world, "mixed"), CONFIRM)
    page = buyer(client, world).get(f"/{lang}/shop/accounts/orders/{number}/").content.decode()
    assert awaiting not in page
