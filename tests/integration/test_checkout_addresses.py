"""The checkout in every locale: the address named by code, phones left to right, guests without JavaScript.

Regions are stored by ISO 3166-2 code (MA-07) and shown in the reader's
language; the country by CLDR's name (Babel), not Oscar's English row.
"""

import re

import pytest
from django.core import mail
from django.utils import translation
from oscar.core.loading import get_model

from shop.address.forms import UserAddressForm
from tests.factories.checkout import (
    add_to_basket,
    give_address,
    guest_checkout,
    place_order,
    reach_preview,
    start_as_guest,
)
from tests.factories.shop import UserFactory, make_product

Order = get_model("order", "Order")
UserAddress = get_model("address", "UserAddress")
Country = get_model("address", "Country")

pytestmark = pytest.mark.django_db

# What a reader of each language sees for MA-07 in Morocco.
NAMES = {
    "ar": ("مراكش آسفي", "المغرب"),
    "fr": ("Marrakech-Safi", "Maroc"),
    "en": ("Marrakesh-Safi", "Morocco"),
    "zgh": ("ⵎⵕⵕⴰⴽⵛ-ⴰⵙⴼⵉ", "ⵍⵎⵖⵔⵉⴱ"),
    "kab": ("Marrakech-Safi", "Lmerruk"),
}
PHONE_HTML = '<bdi dir="ltr">+212 6 12 34 56 78</bdi>'
PHONE_TEXT = "\u2066+212 6 12 34 56 78\u2069"


@pytest.fixture
def rug(site_home):
    return make_product(titles={"ar": "زربية زيان", "fr": "Tapis zayane"}, price="900.00", num_in_stock=5)


def address_block(html):
    """The <address> element of a page (where Oscar lists the address's lines)."""
    return re.search(r"<address>(.*?)</address>", html, re.S).group(1)


@pytest.mark.parametrize("lang", NAMES)
def test_preview_thank_you_and_email_name_the_region_and_country_in_the_readers_language(client, rug, lang):
    region, country = NAMES[lang]
    add_to_basket(client, rug, lang)
    start_as_guest(client, lang)
    give_address(client, lang)

    preview = reach_preview(client, lang).content.decode()
    thank_you = place_order(client, lang).content.decode()

    for page in (preview, thank_you):
        lines = address_block(page)
        assert region in lines and country in lines
        assert "MA-07" not in lines
        if lang != "en":
            assert "Morocco" not in lines  # Oscar's English Country row
        assert PHONE_HTML in page
    email = mail.outbox[0]
    html, _mimetype = email.alternatives[0]
    assert region in email.body and country in email.body and "MA-07" not in email.body
    assert region in html and country in html
    assert PHONE_TEXT in email.body
    assert Order.objects.get().shipping_address.state == "MA-07"


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_customers_order_history_names_the_region(client, rug, lang):
    customer = UserFactory(username="samira", email="samira.h@example.test")
    client.force_login(customer)
    add_to_basket(client, rug, lang)
    client.get(f"/{lang}/shop/checkout/")
    give_address(client, lang)
    reach_preview(client, lang)
    place_order(client, lang)
    order = Order.objects.get()

    page = client.get(f"/{lang}/shop/accounts/orders/{order.number}/").content.decode()

    assert NAMES[lang][0] in page and NAMES[lang][1] in page


@pytest.mark.parametrize("lang", NAMES)
def test_a_guest_can_send_the_first_step_without_javascript(client, rug, lang):
    add_to_basket(client, rug, lang)

    page = client.get(f"/{lang}/shop/checkout/").content.decode()

    password = re.search(r"<input[^>]*name=\"password\"[^>]*>", page).group(0)
    assert "required" not in password  # the browser would refuse to send a guest's form
    response = start_as_guest(client, lang)
    assert response.status_code == 302 and response.url.endswith("/shop/checkout/shipping-address/")


@pytest.mark.parametrize(
    ("lang", "message"),
    [("fr", "Saisissez votre mot de passe"), ("ar", "أدخل كلمة المرور"), ("en", "Enter your password")],
)
def test_a_returning_customer_without_a_password_is_told_so(client, rug, lang, message):
    UserFactory(username="samira", email="samira@example.test")
    add_to_basket(client, rug, lang)

    response = client.post(
        f"/{lang}/shop/checkout/", {"username": "samira@example.test", "options": "existing", "password": ""}
    )

    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("fr", "Ce numéro n’est pas un mobile"),
        ("ar", "هذا ليس رقم هاتف محمول"),
        ("en", "This is not a mobile number"),
    ],
)
def test_a_fixed_line_is_refused_as_the_mobile_phone(client, rug, lang, message):
    add_to_basket(client, rug, lang)
    start_as_guest(client, lang)

    refused = give_address(client, lang, phone_number="05 22 12 34 56")  # a Casablanca landline

    assert refused.status_code == 200
    assert message in refused.content.decode()
    accepted = give_address(client, lang, phone_number="07 12 34 56 78")
    assert accepted.status_code == 302


def test_an_address_stored_by_name_before_codes_still_gets_its_regions_rate(client, rug):
    """An address-book entry kept from before the migration, or typed by hand, still finds its rate."""
    from shop.shipping.repository import Repository

    address = get_model("order", "ShippingAddress")(state="Marrakech-Safi", country_id="MA")
    methods = Repository().get_available_shipping_methods(basket=None, shipping_addr=address)

    assert [method.charge for method in methods] == [35]


def test_the_address_book_offers_the_regions_by_code_and_reads_old_names(rug):
    customer = UserFactory(username="samira", email="samira.h@example.test")
    old = UserAddress.objects.create(
        user=customer,
        first_name="Samira",
        line1="12 derb",
        line4="Marrakech",
        state="Marrakech-Safi",
        country=Country.objects.get(pk="MA"),
    )

    with translation.override("fr"):
        form = UserAddressForm(customer, instance=old)

    assert ("MA-07", "Marrakech-Safi") in form.fields["state"].choices
    assert len(form.fields["state"].choices) == 13  # "Choose…" and the twelve regions
    assert form.initial["state"] == "MA-07"


def test_a_guest_orders_in_algeria_by_wilaya_code_named_in_kabyle(client, site_home, settings):
    from portal.country import get_profile

    settings.HIRFA_COUNTRY, settings.HIRFA_PROFILE = "DZ", get_profile("DZ")
    settings.OSCAR_DEFAULT_CURRENCY = "DZD"
    product = make_product(titles={"fr": "Burnous"}, price="650.00", num_in_stock=4)
    product.stockrecords.update(price_currency="DZD")

    page = guest_checkout(
        client, product, "kab", state="DZ-15", line4="Tizi Wezzu", phone_number="0551234567"
    )

    assert "Tizi Wezzu" in address_block(page.content.decode())
    assert "Lezzayer" in address_block(page.content.decode())  # CLDR's Kabyle name of Algeria
    assert Order.objects.get().shipping_address.state == "DZ-15"
