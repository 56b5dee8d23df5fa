"""Every cookie production sets leaves Secure, SameSite=Lax, and HttpOnly unless JavaScript reads it."""

import pytest

from tests.conftest import make_site_home
from tests.factories.shop import UserFactory, make_product
from tests.support.production import production_client, production_settings

pytestmark = pytest.mark.django_db

JS_READABLE = {"csrftoken"}  # Oscar's dashboard script sends it back with its AJAX calls


def assert_flags(morsel):
    assert morsel["secure"] is True, f"{morsel.key} is not Secure"
    assert morsel["samesite"] == "Lax", f"{morsel.key} is not SameSite=Lax"
    assert bool(morsel["httponly"]) is (morsel.key not in JS_READABLE), f"{morsel.key}: HttpOnly"


@production_settings()
def test_the_language_cookie():
    make_site_home()
    response = production_client().post("/i18n/setlang/", {"language": "fr", "next": "/fr/"})
    assert response.status_code == 302
    assert_flags(response.cookies["django_language"])


@production_settings()
def test_the_basket_messages_and_csrf_cookies():
    make_site_home()
    product = make_product({"ar": "طاجين", "fr": "Tajine"}, num_in_stock=3)
    client = production_client(enforce_csrf_checks=True)
    page = client.get(product.get_absolute_url())
    assert_flags(page.cookies["csrftoken"])
    token = page.cookies["csrftoken"].value
    response = client.post(
        f"/fr/shop/basket/add/{product.pk}/",
        {"quantity": 1, "csrfmiddlewaretoken": token},
        HTTP_REFERER=f"https://hirfa.example{product.get_absolute_url()}",
    )
    assert response.status_code == 302
    names = set(response.cookies)
    assert {"oscar_open_basket", "messages"} <= names, names
    for name in names:
        assert_flags(response.cookies[name])


@production_settings()
def test_the_session_cookie_after_signing_in():
    make_site_home()
    UserFactory(email="samira@example.test", username="samira", password="a-long-password-1")
    response = production_client().post(
        "/fr/shop/accounts/login/",
        {"login-username": "samira@example.test", "login-password": "a-long-password-1", "login_submit": "1"},
    )
    assert response.status_code == 302, response.content[:2000]
    assert "sessionid" in response.cookies
    for name in response.cookies:
        assert_flags(response.cookies[name])
