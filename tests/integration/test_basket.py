"""Adding to and changing the basket with bad input: a clear message, never a 500."""

import pytest
from oscar.core.loading import get_class, get_model

from tests.factories.shop import make_product, url_in

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
Selector = get_class("partner.strategy", "Selector")
Line = get_model("basket", "Line")


@pytest.fixture
def product():
    return make_product({"ar": "طاجين", "fr": "Tajine"}, price="250.00", num_in_stock=3)


def add(client, product, quantity, lang="fr", **extra):
    return client.post(f"/{lang}/shop/basket/add/{product.pk}/", {"quantity": quantity}, follow=True, **extra)


def basket_lines(client, lang="fr"):
    response = client.get(f"/{lang}/shop/basket/")
    assert response.status_code == 200
    return [(line.product_id, line.quantity) for line in response.context["basket"].all_lines()]


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_adding_a_valid_quantity_puts_it_in_the_basket(client, product):
    response = add(client, product, 2)

    assert response.status_code == 200
    assert basket_lines(client) == [(product.pk, 2)]


@pytest.mark.parametrize(
    ("quantity", "french", "arabic"),
    [
        ("0", "supérieure ou égale à 1", "أكثر من 1 أو مساوية"),
        ("-3", "supérieure ou égale à 1", "أكثر من 1 أو مساوية"),
        ("abc", "Saisissez un nombre entier", "أدخل رقما صحيحا"),
        ("1.5", "Saisissez un nombre entier", "أدخل رقما صحيحا"),
        ("", "Champ requis", "هذا الحقل مطلوب"),
    ],
)
def test_bad_quantity_gives_a_translated_message_and_adds_nothing(client, product, quantity, french, arabic):
    fr = add(client, product, quantity, lang="fr", HTTP_REFERER=url_in("fr", product))
    ar = add(client, product, quantity, lang="ar", HTTP_REFERER=url_in("ar", product))

    assert fr.status_code == 200 and ar.status_code == 200
    assert any(french in message for message in messages_of(fr)), messages_of(fr)
    assert any(arabic in message for message in messages_of(ar)), messages_of(ar)
    assert basket_lines(client) == []


def test_more_than_in_stock_is_refused_with_a_message(client, product):
    fr = add(client, product, 4, HTTP_REFERER=url_in("fr", product))

    assert fr.status_code == 200
    assert fr.redirect_chain[-1][0] == url_in("fr", product)
    assert any("3" in message for message in messages_of(fr)), messages_of(fr)
    assert basket_lines(client) == []

    add(client, product, 2)
    add(client, product, 2)  # 2 + 2 > 3 in stock
    assert basket_lines(client) == [(product.pk, 2)]


def test_huge_quantity_of_a_made_to_order_product_is_refused(client):
    made_to_order = make_product({"ar": "قفطان حسب الطلب", "fr": "Caftan sur mesure"}, num_in_stock=None)
    made_to_order.product_class.track_stock = False
    made_to_order.product_class.save()

    response = add(client, made_to_order, "99999999999999999999999", HTTP_REFERER="/fr/shop/catalogue/")

    assert response.status_code == 200
    assert messages_of(response)
    assert basket_lines(client) == []


def test_product_page_after_a_refused_add_still_renders(client, product):
    add(client, product, "abc", HTTP_REFERER=url_in("ar", product))

    assert client.get(url_in("ar", product)).status_code == 200


def test_unknown_product_is_a_404(client):
    assert client.post("/fr/shop/basket/add/999999/", {"quantity": 1}).status_code == 404
    assert client.post("/ar/shop/basket/add/abc/", {"quantity": 1}).status_code == 404


def _formset(line_id, quantity, delete=False, total=1, initial=1):
    data = {
        "form-TOTAL_FORMS": str(total),
        "form-INITIAL_FORMS": str(initial),
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
        "form-0-id": str(line_id),
        "form-0-quantity": str(quantity),
    }
    if delete:
        data["form-0-DELETE"] = "on"
    return data


@pytest.fixture
def someone_elses_line(product):
    other = make_product({"ar": "زربية", "fr": "Tapis"}, num_in_stock=10)
    basket = Basket.objects.create()
    basket.strategy = Selector().strategy()
    basket.add_product(other, 4)
    return basket.all_lines()[0]


@pytest.mark.parametrize("delete", [False, True])
def test_tampered_line_id_changes_nothing(client, product, someone_elses_line, delete):
    add(client, product, 1)

    response = client.post("/fr/shop/basket/", _formset(someone_elses_line.pk, 1, delete=delete), follow=True)

    assert response.status_code == 200
    assert basket_lines(client) == [(product.pk, 1)]
    someone_elses_line.refresh_from_db()
    assert someone_elses_line.quantity == 4


@pytest.mark.parametrize(
    "data",
    [
        _formset("abc", 2),
        _formset("", 2),
        _formset("-1", 2),
        {"form-TOTAL_FORMS": "abc", "form-INITIAL_FORMS": "x"},
        {"form-TOTAL_FORMS": "100000", "form-INITIAL_FORMS": "100000"},
        {},
    ],
)
def test_malformed_basket_formset_is_not_a_500(client, product, data):
    add(client, product, 2)

    response = client.post("/ar/shop/basket/", data, follow=True)

    assert response.status_code == 200
    assert basket_lines(client, lang="ar") == [(product.pk, 2)]


def test_basket_quantity_update_validates_stock_and_numbers(client, product):
    add(client, product, 1)
    line_id = client.get("/fr/shop/basket/").context["basket"].all_lines()[0].pk

    too_many = client.post("/fr/shop/basket/", _formset(line_id, 50), follow=True)
    negative = client.post("/fr/shop/basket/", _formset(line_id, -2), follow=True)
    text = client.post("/fr/shop/basket/", _formset(line_id, "deux"), follow=True)

    for response in (too_many, negative, text):
        assert response.status_code == 200
        assert "Votre panier" in " ".join(messages_of(response)) or response.context["formset"].errors
    assert basket_lines(client) == [(product.pk, 1)]

    client.post("/fr/shop/basket/", _formset(line_id, 3), follow=True)
    assert basket_lines(client) == [(product.pk, 3)]


def test_deleting_a_line_without_optional_management_fields(client, product):
    other = make_product({"ar": "زربية", "fr": "Tapis"}, num_in_stock=10)
    add(client, product, 1)
    add(client, other, 2)
    basket = client.get("/fr/shop/basket/").context["basket"]
    lines = {line.product_id: line.pk for line in basket.all_lines()}
    data = {
        "form-TOTAL_FORMS": "2",
        "form-INITIAL_FORMS": "2",
        "form-0-id": lines[product.pk],
        "form-0-quantity": "1",
        "form-0-DELETE": "on",
        "form-1-id": lines[other.pk],
        "form-1-quantity": "beaucoup",
    }

    response = client.post("/fr/shop/basket/", data, follow=True)

    assert response.status_code == 200
    assert basket_lines(client) == [(other.pk, 2)]


def test_the_error_message_is_shown_once(client, product):
    refused = add(client, product, "0", HTTP_REFERER=url_in("ar", product), lang="ar")
    assert len(messages_of(refused)) == 1

    assert messages_of(client.get("/ar/shop/basket/")) == []
