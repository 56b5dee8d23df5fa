"""The artisan's whole journey in a real browser, in Arabic and in French (issue [B], "Done when").

Someone applies; staff approve; the new artisan chooses a password and lists a
product with two variants, each with its own stock and price; a customer orders
one variant together with another artisan's product by cash on delivery, to a
stop-desk pickup point; staff confirm the order by phone; each artisan sees and
moves only their own line, through to shipped; the customer's account shows
both shipments, shipped. Every page is checked for another host's requests
and uncaught script errors (Oscar's known ``initTable`` error aside).
"""

import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import translation
from oscar.core.loading import get_model

from tests.e2e.conftest import foreign_requests, screenshot
from tests.factories.shop import UserFactory, make_artisan, make_category, make_product

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")

PASSWORD = "correct horse battery"
NEW_PASSWORD = "Tajine-bleu-2026!"

TEXT = {
    "ar": {
        "apply": "أرسل طلبي",
        "title": "بلغة فاسية مطرزة",
        "other": "صينية نحاسية مزخرفة",
        "name": "فاطمة الزهراء العلوي",
        "shipped": "تم الشحن",
        "direction": "rtl",
    },
    "fr": {
        "apply": "Envoyer ma candidature",
        "title": "Babouches brodées de Fès",
        "other": "Plateau en cuivre ciselé",
        "name": "Fatima Zahra Alaoui",
        "shipped": "Expédiée",
        "direction": "ltr",
    },
}


@pytest.fixture
def world(live_home, settings, tmp_path):
    """A production-like site (setup_site), a staff member, another artisan's product, a customer."""
    from portal.taxonomy.models import Craft
    from shop.delivery.models import StopDesk

    settings.MEDIA_ROOT = tmp_path
    call_command("setup_site", verbosity=0)
    Craft.objects.get_or_create(
        slug="leather", defaults={"name": "الجلد", "name_ar": "الجلد", "name_fr": "Maroquinerie"}
    )
    category = make_category("Cuir", names={"ar": "الجلد", "fr": "Cuir"})
    staff = UserFactory(username="staff", email="staff@example.test", is_staff=True, is_superuser=True)
    _other_user, other_partner = make_artisan("Dinanderie Bahia", username="bahia")
    point = StopDesk.objects.create(
        region_code="MA-07",
        name="Point relais Guéliz",
        name_ar="نقطة استلام جليز",
        name_fr="Point relais Guéliz",
        address="12 rue de la Liberté",
        town="Marrakech",
        opening_hours="9h-19h",
    )
    customer = UserFactory(username="samira", email="samira@example.test")
    return {
        "category": category,
        "staff": staff,
        "other_partner": other_partner,
        "point": point,
        "customer": customer,
    }


def sign_in_dashboard(page, base, lang, email, password):
    page.goto(f"{base}/{lang}/shop/dashboard/login/")
    page.fill("#id_username", email)
    page.fill("#id_password", password)
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_load_state("networkidle")


def sign_out(page):
    page.context.clear_cookies()


def move_own_line(page, base, lang, number, status):
    page.goto(f"{base}/{lang}/shop/dashboard/orders/{number}/")
    page.locator("input[name=selected_line]").check()
    page.select_option("#new_status_select", value=status)
    page.locator("#new_status_select ~ button[type=submit]").click()
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_apply_approve_list_order_from_two_artisans_ship_and_follow(page, live_server, world, lang):
    base, text = live_server.url, TEXT[lang]
    from shop.onboarding.models import Application

    other = make_product(
        {"ar": TEXT["ar"]["other"], "fr": TEXT["fr"]["other"]},
        price="300.00",
        num_in_stock=4,
        partner_name=world["other_partner"].name,
    )

    # 1. Someone applies.
    page.goto(f"{base}/{lang}/shop/apply/")
    assert page.locator("html").get_attribute("dir") == text["direction"]
    page.fill("#id_name", text["name"])
    page.locator("input[name=crafts]").first.check()
    page.select_option("#id_region_code", "MA-07")
    page.fill("#id_phone", "06 61 23 45 67")
    page.fill("#id_email", f"fatima-{lang}@example.test")
    page.fill("#id_register_number", f"RA-{lang}-2026")
    page.get_by_role("button", name=text["apply"]).click()
    page.wait_for_url("**/shop/apply/status/**")
    application = Application.objects.get()

    # 2. Staff approve it from the applications list.
    sign_in_dashboard(page, base, lang, "staff@example.test", PASSWORD)
    page.goto(f"{base}/{lang}/shop/dashboard/applications/")
    page.get_by_role("link", name=text["name"]).first.click()
    page.locator("#approve-form button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    application.refresh_from_db()
    assert application.user is not None and application.partner is not None
    screenshot(page, f"journey-{lang}-approved")
    sign_out(page)

    # 3. The artisan chooses a password through the e-mailed link, in their language.
    welcome = [message for message in mail.outbox if f"fatima-{lang}@example.test" in message.to][-1]
    link = re.search(r"https?://\S*password\S*", welcome.body)
    assert link, welcome.body
    # The link starts with the configured HIRFA_BASE_URL (never the request's host): open it here.
    page.goto(re.sub(r"^https?://[^/]+", base, link.group(0)))
    page.fill("#id_new_password1", NEW_PASSWORD)
    page.fill("#id_new_password2", NEW_PASSWORD)
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    page.wait_for_load_state("networkidle")

    # 4. They list a product with two variants, each with its own stock and price.
    sign_in_dashboard(page, base, lang, f"fatima-{lang}@example.test", NEW_PASSWORD)
    page.goto(f"{base}/{lang}/shop/dashboard/catalogue/products/create/handmade-craft/")
    assert page.locator(f"#id_title_{lang}").is_visible()
    page.fill(f"#id_title_{lang}", text["title"])
    page.locator("a[href='#product_category']").click()
    page.locator("select[name$='-0-category']").select_option(str(world["category"].pk))
    screenshot(page, f"journey-{lang}-product-form")
    page.locator("a[href='#child_products']").click()
    page.locator("button[value=create-child]").click()
    page.wait_for_url("**/create-variant/")
    for size, price, sku in (("38", "250.00", "BAB-38"), ("40", "270.00", "BAB-40")):
        page.locator("a[href='#product_attributes']").click()
        page.fill("#id_attr_size", size)
        page.locator("a[href='#product_stock']").click()
        page.fill("input[name$='-0-partner_sku']", sku)
        page.fill("input[name$='-0-price']", price)
        page.fill("input[name$='-0-num_in_stock']", "3")
        page.locator("button[value=create-another-child]" if size == "38" else "button[value=save]").click()
        page.wait_for_load_state("networkidle")
    records = StockRecord.objects.filter(partner=application.partner).order_by("partner_sku")
    assert [(r.partner_sku, str(r.price), r.num_in_stock) for r in records] == [
        ("BAB-38", "250.00", 3),
        ("BAB-40", "270.00", 3),
    ]
    babouche_38 = records[0].product
    screenshot(page, f"journey-{lang}-products")
    sign_out(page)

    # 5. A customer orders one variant and the other artisan's tray, cash on delivery, to a pickup point.
    page.goto(f"{base}/{lang}/shop/accounts/login/")
    page.fill("#id_login-username", "samira@example.test")
    page.fill("#id_login-password", PASSWORD)
    page.locator("button[name=login_submit]").click()
    page.wait_for_load_state("networkidle")
    with translation.override(lang):
        babouches_url, other_url = babouche_38.parent.get_absolute_url(), other.get_absolute_url()
    page.goto(f"{base}{babouches_url}")
    screenshot(page, f"journey-{lang}-variant-page")
    page.locator("a.product-variant", has_text="38").click()
    page.locator("#add_to_basket_form button[type=submit]").click()
    page.goto(f"{base}{other_url}")
    page.locator("#add_to_basket_form button[type=submit]").click()
    page.goto(f"{base}/{lang}/shop/checkout/shipping-address/")
    page.fill("#id_first_name", "Samira")
    page.fill("#id_last_name", "Haddad")
    page.fill("#id_line1", "12 derb Sidi Bouloukat")
    page.fill("#id_line4", "Marrakech")
    page.select_option("#id_state", value="MA-07")
    page.fill("#id_phone_number", "06 12 34 56 78")
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url("**/checkout/shipping-method/")
    page.locator(f"form:has(input[name=method_code][value=stop-desk-{world['point'].pk}]) button").click()
    page.wait_for_url("**/checkout/preview/")
    preview = page.locator("body").inner_text()
    assert text["title"] in preview and text["other"] in preview
    screenshot(page, f"journey-{lang}-preview")
    page.locator("#place-order").click()
    page.wait_for_url("**/checkout/thank-you/")
    order = Order.objects.get()
    assert order.status == "Pending" and order.lines.count() == 2

    # 6. Staff confirm it by phone (an order from two artisans).
    sign_out(page)
    sign_in_dashboard(page, base, lang, "staff@example.test", PASSWORD)
    page.goto(f"{base}/{lang}/shop/dashboard/orders/{order.number}/")
    page.locator("#phone-confirmation button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    order.refresh_from_db()
    assert order.status == "Confirmed" and order.phone_confirmed_by == world["staff"]
    sign_out(page)

    # 7. Each artisan sees and moves only their own line, to shipped.
    for email, password, own, foreign in (
        (f"fatima-{lang}@example.test", NEW_PASSWORD, text["title"], text["other"]),
        (world["other_partner"].users.get().email, PASSWORD, text["other"], text["title"]),
    ):
        sign_in_dashboard(page, base, lang, email, password)
        page.goto(f"{base}/{lang}/shop/dashboard/orders/{order.number}/")
        body = page.locator("body").inner_text()
        assert own in body and foreign not in body
        assert page.locator("input[name=selected_line]").count() == 1
        move_own_line(page, base, lang, order.number, "Preparing")
        move_own_line(page, base, lang, order.number, "Shipped")
        screenshot(page, f"journey-{lang}-artisan-order-{own[:8]}")
        sign_out(page)
    assert set(order.lines.values_list("status", flat=True)) == {"Shipped"}

    # 8. The customer sees both shipments, shipped.
    page.goto(f"{base}/{lang}/shop/accounts/login/")
    page.fill("#id_login-username", "samira@example.test")
    page.fill("#id_login-password", PASSWORD)
    page.locator("button[name=login_submit]").click()
    page.wait_for_load_state("networkidle")
    page.goto(f"{base}/{lang}/shop/accounts/orders/{order.number}/")
    shipments = page.locator("section.shipment")
    assert shipments.count() == 2
    for index in range(2):
        assert text["shipped"] in shipments.nth(index).locator(".shipment__progress").inner_text()
    screenshot(page, f"journey-{lang}-customer-shipments")

    assert foreign_requests(page, live_server) == []
    assert [error for error in page.hirfa_errors if "initTable" not in error] == []
