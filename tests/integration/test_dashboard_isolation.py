"""What an artisan does in the forked dashboard, on the matrix's world (tests/support/dashboard_world.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from tests.support.dashboard_world import build_world, place_order
from tests.support.demo import loaded_for_the_module

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")
Line = get_model("order", "Line")
OrderNote = get_model("order", "OrderNote")
ORDERS = "/fr/shop/dashboard/orders/"


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    with loaded_for_the_module(django_db_blocker, tmp_path_factory.mktemp("media"), build_world) as built:
        yield built


@pytest.fixture
def as_a(client, world):
    client.force_login(world.users["A"])
    return client


def detail(world, key="mixed"):
    return f"{ORDERS}{world.orders[key].number}/"


def post_data(response):
    """The product form and its formsets' existing rows, posted back as they are (no blank extra rows)."""
    data, totals = {}, {}
    forms = [response.context["form"]]
    for name in response.context.keys():
        value = response.context[name]
        if name.endswith("_formset") and hasattr(value, "management_form"):
            forms += [value.management_form, *value.forms[: value.initial_form_count()]]
            totals[f"{value.prefix}-TOTAL_FORMS"] = value.initial_form_count()
    for form in forms:
        for bound in form:
            value = bound.value()
            if value is None or value is False:
                continue
            data[bound.html_name] = "on" if value is True else value
    return {**data, **totals}


def test_artisan_sees_own_line_and_region_but_not_the_buyer_before_confirmation(as_a, world):
    page = as_a.get(detail(world)).content.decode()

    assert world.lines["mixed_A"].title in page
    assert world.lines["mixed"].title not in page
    assert "Marrakech-Safi" in page and "Essaouira" in page
    assert "661734529" not in page and "17 derb Tizgharine" not in page


def test_the_buyer_phone_appears_once_the_order_is_confirmed(as_a, world):
    world.orders["mixed"].set_status("Confirmed")

    page = as_a.get(detail(world)).content.decode()

    assert "+212661734529" in page and "17 derb Tizgharine" in page
    assert world.lines["mixed"].title not in page


def test_order_list_shows_own_share_of_shared_orders_only(as_a, world):
    page = as_a.get(ORDERS)
    numbers = [order.number for order in page.context["orders"]]

    assert numbers == [world.orders["mixed"].number]
    assert "111,11" in page.content.decode() and "844,58" not in page.content.decode()
    assert list(as_a.get(ORDERS, {"product_title": world.lines["mixed"].title}).context["orders"]) == []
    assert len(as_a.get(ORDERS, {"product_title": world.lines["mixed_A"].title}).context["orders"]) == 1


def move(client, world, line, status):
    return client.post(
        detail(world),
        {
            "line_action": "change_line_statuses",
            "selected_line": line.pk,
            f"selected_line_qty_{line.pk}": line.quantity,
            "new_status": status,
        },
    )


def test_artisan_moves_own_line_and_cancelling_releases_its_stock(as_a, world):
    line = world.lines["mixed_A"]
    record = line.stockrecord
    allocated = StockRecord.objects.get(pk=record.pk).num_allocated
    assert allocated >= line.quantity
    # Prepared only once confirmed by phone (the world's order object may be stale: write the row).
    type(world.orders["mixed"]).objects.filter(pk=world.orders["mixed"].pk).update(status="Confirmed")

    for status in ("Confirmed", "Preparing", "Cancelled"):
        move(as_a, world, line, status)
        line.refresh_from_db()
        assert line.status == status

    assert StockRecord.objects.get(pk=record.pk).num_allocated == allocated - line.quantity
    move(as_a, world, line, "Cancelled")  # a second cancel gives nothing back twice
    assert StockRecord.objects.get(pk=record.pk).num_allocated == allocated - line.quantity


def test_artisan_cannot_move_another_artisans_line_or_the_order(as_a, world):
    line_b = world.lines["mixed"]
    move(as_a, world, line_b, "Confirmed")
    response = as_a.post(detail(world), {"order_action": "change_order_status", "new_status": "Cancelled"})

    assert response.status_code == 403
    assert Line.objects.get(pk=line_b.pk).status == "Pending"
    world.orders["mixed"].refresh_from_db()
    assert world.orders["mixed"].status == "Pending"


def test_artisan_writes_notes_of_their_own_and_cannot_touch_others(as_a, world):
    as_a.post(
        detail(world), {"order_action": "save_note", "message": "Prêt jeudi", "user": world.users["B"].pk}
    )
    as_a.post(detail(world), {"order_action": "delete_note", "note_id": world.notes["mixed"].pk})

    note = OrderNote.objects.get(message="Prêt jeudi")
    assert note.user == world.users["A"]
    assert OrderNote.objects.filter(pk=world.notes["mixed"].pk).exists()
    page = as_a.get(detail(world)).content.decode()
    assert "Prêt jeudi" in page and world.notes["mixed"].message not in page
    note_url = f"{detail(world)}notes/{world.notes['mixed'].pk}/"
    assert as_a.get(note_url).status_code == 404


def test_a_shared_product_keeps_its_text_and_the_other_stock_when_an_artisan_saves_it(as_a, world):
    shared, record_b = world.products["shared"], world.stockrecords["shared_B"]
    url = f"/fr/shop/dashboard/catalogue/products/{shared.pk}/"
    data = post_data(as_a.get(url))
    data["title"] = data["title_fr"] = "Renommé"
    own = next(key for key, value in data.items() if key.endswith("-price"))
    data[own] = "250.00"

    response = as_a.post(url, data)

    assert response.status_code == 302
    shared.refresh_from_db()
    assert shared.title_fr == "Plateau partagé"
    assert StockRecord.objects.get(product=shared, partner=world.partners["A"]).price == 250
    assert StockRecord.objects.get(pk=record_b.pk).price == record_b.price


def test_deleting_a_shared_product_removes_only_the_artisans_stock(as_a, world):
    shared = world.products["shared"]

    response = as_a.post(f"/fr/shop/dashboard/catalogue/products/{shared.pk}/delete/")

    assert response.status_code == 302
    assert Product.objects.filter(pk=shared.pk).exists()
    assert list(StockRecord.objects.filter(product=shared).values_list("partner", flat=True)) == [
        world.partners["B"].pk
    ]


def test_deleting_own_product_deletes_it(as_a, world):
    tajine = world.products["A"]
    as_a.post(f"/fr/shop/dashboard/catalogue/products/{tajine.pk}/delete/")
    assert not Product.objects.filter(pk=tajine.pk).exists()


@pytest.mark.parametrize("crafted", ["partner", "id"])
def test_own_product_never_takes_another_partners_stock_record(as_a, world, crafted):
    tajine, b = world.products["A"], world.partners["B"]
    url = f"/fr/shop/dashboard/catalogue/products/{tajine.pk}/"
    data = post_data(as_a.get(url))
    prefix = next(key for key in data if key.endswith("-partner")).removesuffix("-partner")
    data[f"{prefix}-{crafted}"] = b.pk if crafted == "partner" else world.stockrecords["B"].pk

    response = as_a.post(url, data)

    assert response.status_code == 200  # the form again, with the error
    assert list(tajine.stockrecords.values_list("partner", flat=True)) == [world.partners["A"].pk]
    assert StockRecord.objects.get(pk=world.stockrecords["B"].pk).product == world.products["B"]


def test_order_statistics_are_for_staff_only(as_a, client, world):
    # Oscar's statistics add up whole orders: the mixed order's total holds B's line.
    assert as_a.get(f"{ORDERS}statistics/").status_code == 403
    client.force_login(world.users["staff"])
    assert client.get(f"{ORDERS}statistics/").status_code == 200


def test_staff_change_the_order_status(client, world):
    client.force_login(world.users["staff"])
    client.post(detail(world), {"order_action": "change_order_status", "new_status": "Confirmed"})
    world.orders["mixed"].refresh_from_db()
    assert world.orders["mixed"].status == "Confirmed"


def home_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/shop/dashboard/")
    assert response.status_code == 200
    return response, len(queries)


def test_artisan_home_screen_and_its_query_count(as_a, world):
    response, few = home_queries(as_a)
    assert [o.number for o in response.context["orders_to_confirm"]] == [world.orders["mixed"].number]
    assert "111,11" in response.content.decode() and "844,58" not in response.content.decode()

    buyer = world.orders["mixed"].user
    for number in range(5):
        place_order(buyer, [world.products["A"], world.products["B"]], f"2000{number}")
    StockRecord.objects.filter(product=world.products["A"]).update(num_in_stock=1, low_stock_threshold=2)
    response, many = home_queries(as_a)

    assert len(response.context["orders_to_confirm"]) == 6
    assert [r.product for r in response.context["low_stock"]] == [world.products["A"]]
    assert many == few
