"""Password resets, sign-ups and artisan applications are limited per e-mail and per client: beyond, HTTP 429.

Nothing of the request is done beyond a limit: no e-mail, no account, no
application; the page says so in the visitor's language.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from shop.onboarding.models import Application
from tests.factories.shop import UserFactory
from tests.support.onboarding import application_data, make_craft, photo

pytestmark = pytest.mark.django_db

RESETS = {
    "shop": "/{lang}/shop/password-reset/",
    "wagtail": "/admin/password_reset/",
}
resets = pytest.mark.parametrize("reset", RESETS, ids=str)


def ask_reset(client, reset, email, lang="fr", **extra):
    return client.post(RESETS[reset].format(lang=lang), {"email": email}, HTTP_ACCEPT_LANGUAGE=lang, **extra)


@resets
def test_three_resets_per_hour_for_one_email_then_429_and_no_email(client, reset):
    user = UserFactory(is_staff=True, is_superuser=True)

    statuses = [ask_reset(client, reset, user.email).status_code for _ in range(3)]
    assert statuses == [302, 302, 302] and len(mail.outbox) == 3

    refused = ask_reset(client, reset, user.email.upper(), REMOTE_ADDR="198.51.100.9")
    assert refused.status_code == 429
    assert len(mail.outbox) == 3


@resets
def test_ten_resets_per_hour_from_one_client(client, reset):
    users = [UserFactory(is_staff=True, is_superuser=True) for _ in range(11)]

    statuses = [ask_reset(client, reset, user.email).status_code for user in users[:10]]
    assert statuses == [302] * 10 and len(mail.outbox) == 10

    assert ask_reset(client, reset, users[10].email).status_code == 429
    assert len(mail.outbox) == 10
    assert ask_reset(client, reset, users[10].email, REMOTE_ADDR="198.51.100.9").status_code == 302


@pytest.mark.parametrize(
    ("lang", "heading", "wait"),
    [
        ("fr", "Trop de demandes", "Veuillez réessayer dans"),
        ("ar", "طلبات كثيرة جدًا", "يرجى المحاولة من جديد بعد"),
    ],
)
def test_the_429_page_speaks_the_visitors_language(client, lang, heading, wait):
    for _ in range(3):
        ask_reset(client, "shop", "nobody@example.test", lang=lang)

    response = ask_reset(client, "shop", "nobody@example.test", lang=lang)

    assert response.status_code == 429
    page = response.content.decode()
    assert heading in page and wait in page and f'lang="{lang}"' in page
    assert int(response["Retry-After"]) <= 3600


def register(client, n, form="register", lang="fr"):
    email = f"buyer{n}@example.test"
    if form == "register":
        data = {"email": email, "password1": "a long passphrase 93", "password2": "a long passphrase 93"}
        return client.post(f"/{lang}/shop/accounts/register/", data)
    data = {
        "registration-email": email,
        "registration-password1": "a long passphrase 93",
        "registration-password2": "a long passphrase 93",
        "registration_submit": "1",
    }
    return client.post(f"/{lang}/shop/accounts/login/", data)


@pytest.mark.parametrize("form", ["register", "login-page"])
def test_ten_sign_ups_per_hour_from_one_client(client, form):
    User = get_user_model()
    for n in range(10):
        assert register(client, n, form).status_code == 302
        client.logout()
    assert User.objects.filter(email__startswith="buyer").count() == 10

    refused = register(client, 10, form)

    assert refused.status_code == 429
    assert User.objects.filter(email__startswith="buyer").count() == 10


def test_signing_in_does_not_count_as_a_sign_up(client):
    user = UserFactory()
    data = {"login-username": user.email, "login-password": "correct horse battery", "login_submit": "1"}
    for _ in range(12):
        assert client.post("/fr/shop/accounts/login/", data).status_code == 302
        client.logout()


@pytest.fixture
def crafts(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    make_craft("pottery-ceramics", {"ar": "الفخار", "fr": "Poterie"})


def apply(client, n, lang="fr"):
    data = application_data(
        phone=f"06 12 34 56 7{n}", register_number=f"AR-2024-004{n}", email=f"a{n}@example.test"
    )
    return client.post(f"/{lang}/shop/apply/", {**data, "photo": photo()})


def test_five_artisan_applications_per_hour_from_one_client(client, crafts):
    for n in range(5):
        assert apply(client, n).status_code == 302
    sent = len(mail.outbox)

    refused = apply(client, 5, lang="ar")

    assert refused.status_code == 429
    assert "طلبات كثيرة جدًا" in refused.content.decode()
    assert Application.objects.count() == 5
    assert len(mail.outbox) == sent
