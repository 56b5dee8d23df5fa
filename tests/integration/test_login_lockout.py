"""Five wrong passwords lock a sign-in for 15 minutes, on each of the site's four login forms.

Per account (from any address) and per client address (whatever account it
tries); the right password is refused while locked; the person sees why and
how long to wait, in their language; administrators unlock in the Wagtail
admin or with ``manage.py axes_reset``.
"""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.utils import timezone

from tests.factories.shop import UserFactory
from tests.support.logins import LOGINS, PASSWORD, signed_in

pytestmark = pytest.mark.django_db

logins = pytest.mark.parametrize("login", LOGINS, ids=lambda login: login.name)


def fail(login, client, user, times, **extra):
    return [login.post(client, user, "wrong password", **extra).status_code for _ in range(times)]


@logins
def test_the_right_password_signs_in_before_any_failure(client, login):
    user = login.user()
    response = login.post(client, user, PASSWORD)
    assert response.status_code == 302 and signed_in(client)


@logins
def test_five_wrong_passwords_lock_the_account_even_for_the_right_password(client, login):
    user = login.user()

    statuses = fail(login, client, user, 5)

    assert statuses == [200, 200, 200, 200, 429]
    response = login.post(client, user, PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)
    assert 1 <= int(response["Retry-After"]) <= 15 * 60


@logins
def test_the_account_stays_locked_from_another_address(client, login):
    user = login.user()
    fail(login, client, user, 5)

    response = login.post(client, user, PASSWORD, REMOTE_ADDR="198.51.100.9")

    assert response.status_code == 429 and not signed_in(client)


@logins
def test_one_address_is_locked_after_five_failures_across_accounts(client, login):
    victims = [login.user() for _ in range(5)]
    for victim in victims:
        fail(login, client, victim, 1)
    fresh = login.user()

    response = login.post(client, fresh, PASSWORD)

    assert response.status_code == 429 and not signed_in(client)
    other_address = login.post(client, fresh, PASSWORD, REMOTE_ADDR="198.51.100.9")
    assert other_address.status_code == 302


@logins
@pytest.mark.parametrize(
    ("lang", "heading", "wait"),
    [
        ("fr", "Connexion bloquée", "Vous pourrez réessayer dans 15 minutes."),
        ("ar", "تسجيل الدخول موقوف", "يمكنك المحاولة من جديد بعد 15 دقيقة."),
    ],
)
def test_the_locked_out_person_is_told_how_long_to_wait_in_their_language(client, login, lang, heading, wait):
    user = login.user()

    response = fail(login, client, user, 4, lang=lang) and login.post(client, user, "wrong", lang=lang)

    assert response.status_code == 429
    page = response.content.decode()
    assert heading in page and wait in page
    assert f'lang="{lang}"' in page


@logins
def test_the_lockout_ends_after_15_minutes(client, login):
    user = login.user()
    fail(login, client, user, 5)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))

    assert login.post(client, user, PASSWORD).status_code == 302


def administrator_client(client):
    admin_client = type(client)()
    admin_client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return admin_client


@logins
def test_an_administrator_unlocks_the_account_in_the_wagtail_admin(client, login):
    user = login.user()
    fail(login, client, user, 5, REMOTE_ADDR="198.51.100.9")  # the account is locked, 127.0.0.1 is not
    admin_client = administrator_client(client)

    listing = admin_client.get("/admin/locked-sign-ins/")
    assert listing.status_code == 200
    username = (user.email if login.by_email else user.username).casefold()
    assert f">{username}</code>" in listing.content.decode()
    assert login.post(client, user, PASSWORD).status_code == 429
    unlock = admin_client.post("/admin/locked-sign-ins/", {"kind": "username", "value": username})
    assert unlock.status_code == 302

    assert login.post(client, user, PASSWORD).status_code == 302
    assert signed_in(client)
    assert f">{username}</code>" not in admin_client.get("/admin/locked-sign-ins/").content.decode()


@logins
def test_an_administrator_unlocks_an_address_in_the_wagtail_admin(client, login):
    for victim in [login.user() for _ in range(5)]:
        fail(login, client, victim, 1)
    fresh = login.user()
    admin_client = administrator_client(client)
    assert ">127.0.0.1</code>" in admin_client.get("/admin/locked-sign-ins/").content.decode()
    assert login.post(client, fresh, PASSWORD).status_code == 429

    admin_client.post("/admin/locked-sign-ins/", {"kind": "ip", "value": "127.0.0.1"})

    assert login.post(client, fresh, PASSWORD).status_code == 302


@logins
def test_axes_reset_unlocks_everyone(client, login):
    user = login.user()
    fail(login, client, user, 5)

    call_command("axes_reset", verbosity=0)

    assert login.post(client, user, PASSWORD).status_code == 302


def test_only_administrators_see_the_locked_sign_ins(client):
    editor = UserFactory(is_staff=True)
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.get(name="Editors")
    editor.groups.add(group)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)

    assert client.get("/admin/locked-sign-ins/").status_code in (302, 403)
    assert b"locked-sign-ins" not in client.get("/admin/").content


@logins
def test_signing_in_to_ones_own_account_between_guesses_does_not_clear_the_address(client, login):
    own = login.user()
    victims = [login.user() for _ in range(5)]
    for victim in victims[:4]:
        fail(login, client, victim, 1)
    assert login.post(client, own, PASSWORD).status_code == 302
    client.logout()

    assert fail(login, client, victims[4], 1) == [429]
