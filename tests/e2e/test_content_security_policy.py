"""In Chromium, with the Content-Security-Policy on: no violation, and the pages' scripts still work.

Home, a product page, the basket (Oscar's JavaScript voucher toggle), the checkout
to the confirmation ("Print this page" without an inline handler) and Wagtail's
page editor (its tabs are JavaScript). Every violation Chromium reports
(``securitypolicyviolation`` events and console errors) fails the test.
"""

import pytest

from tests.e2e.conftest import screenshot
from tests.e2e.test_checkout import PRODUCTS, buy

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
});
"""


@pytest.fixture
def watched(page):
    page.add_init_script(RECORD_VIOLATIONS)
    page.hirfa_console = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and page.hirfa_console.append(message.text),
    )
    return page


def violations(page):
    return page.evaluate("window.__cspViolations") + page.hirfa_console


@pytest.fixture
def shop(live_home):
    from tests.factories.shop import make_product

    products = [make_product(titles=titles, price=price, num_in_stock=5) for titles, price in PRODUCTS]
    return live_home, products


def test_the_shop_runs_under_its_policy(watched, live_server, shop):
    page = watched
    base, products = shop
    page.goto(f"{base}/fr/", wait_until="networkidle")
    assert violations(page) == []

    address = {"shop_link": "Boutique", "line1": "12 derb Sidi Bouloukat", "city": "Marrakech"}
    buy(page, base, "fr", PRODUCTS[2][0]["fr"], address)
    assert violations(page) == []

    page.goto(f"{base}/fr/shop/basket/", wait_until="networkidle")
    assert page.locator("#voucher_form_container").is_hidden()  # style="display:none", allowed by its hash
    page.locator("#voucher_form_link a").click()  # Oscar's ui.js, started by the nonced inline script
    page.locator("#voucher_form_container").wait_for(state="visible")
    assert violations(page) == []

    page.goto(f"{base}/fr/shop/checkout/preview/", wait_until="networkidle")
    page.locator("#place-order, form button[type=submit]").last.click()
    page.wait_for_url("**/fr/shop/checkout/thank-you/")
    # A function, not an expression: Playwright would call the function an expression evaluates to.
    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }")
    page.locator("[data-action=print]").click()
    assert page.evaluate("window.__printed") == 1  # js/shop-actions.js, no inline onclick
    assert violations(page) == []
    assert page.hirfa_errors == []


def test_the_wagtail_page_editor_runs_under_the_back_office_policy(watched, live_home):
    from django.contrib.auth import get_user_model
    from wagtail.models import Site

    page = watched
    get_user_model().objects.create_superuser("chief", "chief@example.test", "a-long-password-1")
    home = Site.objects.get(is_default_site=True).root_page
    page.goto(f"{live_home}/admin/login/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", "a-long-password-1")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{live_home}/admin/")

    page.goto(f"{live_home}/admin/pages/{home.pk}/edit/", wait_until="networkidle")
    screenshot(page, "csp-wagtail-page-editor")  # what the editor showed, if the tab below is missing
    assert page.locator("form#page-edit-form").count() == 1, page.url
    # The second tab (Promote). Not by its id: Wagtail derives a tab's id from its heading in the
    # language active when the model's edit handler was first built, which an earlier Arabic test
    # may have been.
    promote = page.locator("[role=tab]").nth(1)
    panel = page.locator(f"[id='{promote.get_attribute('href').removeprefix('#')}']")
    assert panel.is_hidden()
    promote.click()  # Wagtail's tabs are JavaScript
    assert promote.get_attribute("aria-selected") == "true"
    assert panel.is_visible()
    assert violations(page) == []
    assert page.hirfa_errors == []
