"""The application form on a 360-px phone without JavaScript, in Arabic and French; then apply."""

import pytest

from tests.e2e.conftest import foreign_requests, screenshot


@pytest.fixture
def phone(browser, request):
    lang = request.node.callspec.params["lang"]
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, java_script_enabled=False, locale=lang
    )
    context.set_default_timeout(20_000)
    page = context.new_page()
    page.hirfa_requests = []
    page.on("request", lambda request: page.hirfa_requests.append(request.url))
    try:
        yield page
    finally:
        context.close()


@pytest.mark.parametrize(
    ("lang", "direction", "button"), [("ar", "rtl", "أرسل طلبي"), ("fr", "ltr", "Envoyer ma candidature")]
)
def test_applying_on_a_phone_without_javascript(
    phone, live_server, live_home, lang, direction, button, settings, tmp_path
):
    from portal.taxonomy.models import Craft
    from shop.onboarding.models import Application

    settings.MEDIA_ROOT = tmp_path
    Craft.objects.create(slug="pottery-ceramics", name="الفخار", name_ar="الفخار", name_fr="Poterie")
    Craft.objects.create(slug="textiles", name="المنسوجات", name_ar="المنسوجات", name_fr="Textiles")

    response = phone.goto(f"{live_home}/{lang}/shop/apply/")
    assert response.status == 200
    assert phone.locator("html").get_attribute("dir") == direction
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360, "the page scrolls sideways"
    screenshot(phone, f"onboarding-form-{lang}-360")

    phone.get_by_role("button", name=button).click()  # empty: every required field says so
    assert phone.locator(".field__error").count() >= 4
    assert phone.get_by_role("alert").count() == 1
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, f"onboarding-form-errors-{lang}-360")

    phone.fill("#id_name", "Fatima Zahra Alaoui")
    phone.locator("#id_crafts_0").check()
    phone.select_option("#id_region_code", "MA-07")
    phone.fill("#id_phone", "06 12 34 56 78")
    phone.fill("#id_register_number", f"AR-{lang}-42")
    phone.get_by_role("button", name=button).click()

    assert "/shop/apply/status/" in phone.url
    application = Application.objects.get()
    assert application.language == lang
    assert phone.locator("[data-state=submitted]").count() == 1
    screenshot(phone, f"onboarding-status-{lang}-360")
    assert foreign_requests(phone, live_server) == []
