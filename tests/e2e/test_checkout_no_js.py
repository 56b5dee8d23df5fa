"""With JavaScript off, a guest orders by cash on delivery: product, basket, checkout steps, thank-you.

Oscar's own script is what lets a guest past the first step; here every step
must work by plain form posts. Screenshots of the preview and thank-you pages
in ar, fr and zgh land in test-artifacts/screenshots/<database>/.
"""

import pytest
from oscar.core.loading import get_model

from tests.e2e.conftest import foreign_requests, screenshot

Order = get_model("order", "Order")

TITLES = {"ar": "زربية زيان من الأطلس المتوسط", "fr": "Tapis zayane du Moyen Atlas", "zgh": "ⴰⵃⵏⴱⴰⵍ ⵏ ⵣⴰⵢⴰⵏ"}
# How MA-07 and Morocco read on the pages.
EXPECTED = {
    "ar": ("مراكش آسفي", "المغرب"),
    "fr": ("Marrakech-Safi", "Maroc"),
    "zgh": ("ⵎⵕⵕⴰⴽⵛ-ⴰⵙⴼⵉ", "ⵍⵎⵖⵔⵉⴱ"),
}


@pytest.fixture
def no_js_page(browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(20_000)
    page = context.new_page()
    page.hirfa_requests = []
    page.on("request", lambda request: page.hirfa_requests.append(request.url))
    try:
        yield page
    finally:
        context.close()


@pytest.fixture
def rug(live_home):
    from tests.factories.shop import make_product

    return make_product(titles=TITLES, price="1450.00", num_in_stock=5)


@pytest.mark.parametrize("lang", ["ar", "fr", "zgh"])
def test_a_guest_orders_by_cash_on_delivery_with_javascript_off(no_js_page, live_server, rug, lang):
    page, base = no_js_page, live_server.url
    region, country = EXPECTED[lang]

    page.goto(f"{base}/{lang}/shop/catalogue/{rug.slug}_{rug.pk}/")
    page.locator("#add_to_basket_form button[type=submit]").click()
    page.goto(f"{base}/{lang}/shop/basket/")
    page.locator(f"a[href='/{lang}/shop/checkout/']").first.click()

    # The first step: the e-mail only, "guest" being the preselected option.
    page.fill("#id_username", "samira@example.test")
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(f"**/{lang}/shop/checkout/shipping-address/")

    page.fill("#id_first_name", "Samira")
    page.fill("#id_last_name", "Haddad")
    page.fill("#id_line1", "12 derb Sidi Bouloukat")
    page.fill("#id_line4", "Marrakech")
    page.select_option("#id_state", value="MA-07")
    page.fill("#id_phone_number", "06 12 34 56 78")
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(f"**/{lang}/shop/checkout/preview/")

    address = page.locator("#shipping-address")
    assert region in address.inner_text() and country in address.inner_text()
    phone = address.locator("bdi[dir=ltr]").first
    assert phone.inner_text() == "+212 6 12 34 56 78"
    screenshot(page, f"nojs-preview-{lang}")

    page.locator("#place-order").click()
    page.wait_for_url(f"**/{lang}/shop/checkout/thank-you/")

    order = Order.objects.get()
    assert order.number in page.locator("body").inner_text()
    assert order.language == lang and order.shipping_address.state == "MA-07"
    assert region in page.locator("#shipping-address").inner_text()
    screenshot(page, f"nojs-thank-you-{lang}")
    assert foreign_requests(page, live_server) == []


def test_tamazight_shop_pages_use_the_self_hosted_tifinagh_face(page, live_server, rug):
    page.goto(f"{live_server.url}/zgh/shop/catalogue/{rug.slug}_{rug.pk}/", wait_until="networkidle")

    body_font = page.evaluate("getComputedStyle(document.body).fontFamily")
    loaded = page.evaluate(
        "document.fonts.ready.then(() => [...document.fonts]"
        ".filter(f => f.status === 'loaded').map(f => f.family))"
    )
    assert body_font.startswith('"Noto Sans Tifinagh"')
    assert any("Noto Sans Tifinagh" in family for family in loaded)
    assert any(url.endswith("NotoSansTifinagh-Regular.woff2") for url in page.hirfa_requests)
