"""In a real browser: browse, add to basket, check out with cash on delivery, see the confirmation.

Screenshots of the home, product and checkout (preview) pages in Arabic and
French land in test-artifacts/screenshots/<database>/.
"""

import pytest
from oscar.core.loading import get_model

from tests.e2e.conftest import foreign_requests, screenshot

Order = get_model("order", "Order")

PRODUCTS = [
    ({"ar": "زربية زيان من الأطلس المتوسط", "fr": "Tapis zayane du Moyen Atlas"}, "1450.00"),
    ({"ar": "صابون طبيعي بزيت الأركان", "fr": "Savon naturel à l’huile d’argan"}, "45.00"),
    ({"ar": "طاجين من فخار آسفي", "fr": "Tajine en terre de Safi"}, "180.00"),
]


@pytest.fixture
def shop(live_home):
    from tests.factories.shop import make_product

    products = [make_product(titles=titles, price=price, num_in_stock=5) for titles, price in PRODUCTS]
    return live_home, products


def buy(page, base, lang, product_title, address):
    """From the home page to the preview page; screenshots along the way. Returns nothing."""
    page.goto(f"{base}/{lang}/", wait_until="networkidle")
    screenshot(page, f"home-{lang}")
    page.locator(".site-nav").get_by_role("link", name=address["shop_link"]).click()
    page.get_by_role("link", name=product_title).first.click()
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").first.inner_text().strip() == product_title
    screenshot(page, f"product-{lang}")

    page.locator("#add_to_basket_form button[type=submit]").click()
    page.goto(f"{base}/{lang}/shop/basket/")
    page.locator(f"a[href='/{lang}/shop/checkout/']").first.click()

    page.fill("#id_username", "samira@example.test")
    page.locator("form button[type=submit]").last.click()

    page.fill("#id_first_name", "سميرة" if lang == "ar" else "Samira")
    page.fill("#id_last_name", "حداد" if lang == "ar" else "Haddad")
    page.fill("#id_line1", address["line1"])
    page.fill("#id_line4", address["city"])
    page.select_option("#id_state", value="MA-07")  # Marrakech-Safi
    page.fill("#id_phone_number", "06 12 34 56 78")
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(f"**/{lang}/shop/checkout/preview/")


def test_an_arabic_customer_orders_with_cash_on_delivery(page, live_server, shop):
    base, products = shop
    address = {"shop_link": "المتجر", "line1": "12 درب سيدي بولوكات", "city": "مراكش"}

    buy(page, base, "ar", PRODUCTS[0][0]["ar"], address)

    assert page.locator("html").get_attribute("dir") == "rtl"
    summary = page.locator("#cod-summary")
    assert "الدفع عند الاستلام" in summary.inner_text()
    assert "1.485,00" in summary.inner_text()  # 1450 + 35 delivery, ar_MA grouping
    screenshot(page, "checkout-ar")

    page.locator("#place-order").click()
    page.wait_for_url("**/ar/shop/checkout/thank-you/")

    order = Order.objects.get()
    body = page.locator("body").inner_text()
    assert order.number in body
    assert "الدفع عند الاستلام" in body
    assert order.language == "ar"
    assert str(order.shipping_address.phone_number) == "+212612345678"
    screenshot(page, "confirmation-ar")
    assert page.hirfa_errors == []
    assert foreign_requests(page, live_server) == []


def test_a_french_customer_reaches_the_preview_with_the_delivery_rate(page, live_server, shop):
    base, products = shop
    address = {"shop_link": "Boutique", "line1": "12 derb Sidi Bouloukat", "city": "Marrakech"}

    buy(page, base, "fr", PRODUCTS[2][0]["fr"], address)

    summary = page.locator("#cod-summary").inner_text().replace("\u00a0", " ").replace("\u202f", " ")
    assert "Paiement à la livraison" in summary
    assert "35,00" in summary and "215,00" in summary
    screenshot(page, "checkout-fr")
    assert Order.objects.count() == 0
    assert foreign_requests(page, live_server) == []
