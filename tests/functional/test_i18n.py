"""Languages as a visitor meets them: prefixes, direction, Tamazight, 404s, the admin outside /<lang>/."""

import re

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import check_for_language, get_language_info

pytestmark = pytest.mark.django_db

HTML_TAG = re.compile(r"<html\b[^>]*>")


def html_tag(response):
    match = HTML_TAG.search(response.content.decode())
    assert match, "no <html> tag"
    return match.group(0)


def test_the_five_languages_arabic_first():
    assert [code for code, _name in settings.LANGUAGES] == ["ar", "fr", "en", "zgh", "kab"]
    assert settings.LANGUAGE_CODE == "ar"


def test_tamazight_is_known_to_django():
    info = get_language_info("zgh")

    assert info["code"] == "zgh"
    assert info["name_local"] == "ⵜⴰⵎⴰⵣⵉⵖⵜ"
    assert info["bidi"] is False
    assert get_language_info("ar")["bidi"] is True
    assert get_language_info("kab")["bidi"] is False


@pytest.mark.parametrize("code", ["ar", "fr", "en", "zgh", "kab"])
def test_every_language_has_a_compiled_catalogue(code):
    # Without locale/zgh/LC_MESSAGES/django.mo this is False and /zgh/ is a 404.
    assert check_for_language(code)


@pytest.mark.parametrize("code", ["ar", "fr", "en", "zgh", "kab"])
def test_every_catalogue_carries_its_plural_rule(code):
    expected_forms = {"ar": 6}.get(code, 2)
    with translation.override(code):
        catalog = translation.trans_real.translation(code)
        forms = {catalog.plural(n) for n in range(0, 200)}
    assert len(forms) == expected_forms


@pytest.mark.parametrize(
    ("code", "direction"),
    [("ar", "rtl"), ("fr", "ltr"), ("en", "ltr"), ("zgh", "ltr"), ("kab", "ltr")],
)
def test_the_home_page_declares_its_language_and_direction(client, site_home, code, direction):
    response = client.get(f"/{code}/")

    assert response.status_code == 200
    tag = html_tag(response)
    assert f'lang="{code}"' in tag
    assert f'dir="{direction}"' in tag
    assert response["Content-Language"] == code


def test_the_bare_root_redirects_to_a_language(client, site_home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_the_bare_root_falls_back_to_arabic(client, site_home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de")

    assert response.status_code == 302
    assert response["Location"] == "/ar/"


@pytest.mark.parametrize("url", ["/xx/", "/xx/some/page/", "/de/", "/ar/no-such-page/", "/zgh/no/such/page/"])
def test_unknown_languages_and_missing_pages_are_404_not_500(client, site_home, url):
    # An unknown prefix is first redirected into the default language (/xx/ -> /ar/xx/:
    # LocaleMiddleware, as Wagtail's catch-all makes every path look valid), then 404s.
    response = client.get(url, follow=True)

    assert response.status_code == 404
    assert all(hop.startswith("/ar/") for hop, _status in response.redirect_chain)
    assert b"Traceback" not in response.content


def test_the_404_page_is_in_the_requested_language(client, site_home):
    response = client.get("/ar/no-such-page/")

    assert response.status_code == 404
    tag = html_tag(response)
    assert 'lang="ar"' in tag
    assert 'dir="rtl"' in tag


def test_the_wagtail_admin_lives_outside_the_language_prefixes(client, site_home):
    login = client.get("/admin/login/")
    assert login.status_code == 200
    assert b"wagtail" in login.content.lower()

    assert client.get("/admin/").status_code == 302  # to its login page, not under /<lang>/
    assert client.get("/admin/")["Location"].startswith("/admin/login/")
    assert client.get("/ar/admin/").status_code == 404


@pytest.fixture
def editor_client(client, site_home):
    """Logged in as a member of Wagtail's own "Editors" group (from its migrations), nothing more."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    editor = get_user_model().objects.create_user("editor", "editor@example.org", "pw-editor-1")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


def refused(response):
    """Wagtail refuses an admin page by a redirect to the admin's home, or a 403."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] in ("/admin/", "/admin/login/")
    )


def test_the_wagtail_admin_opens_for_an_editor(editor_client, admin_client, site_home):
    dashboard = editor_client.get("/admin/")
    assert dashboard.status_code == 200
    assert f'href="/admin/pages/{site_home.pk}/"' in dashboard.content.decode()  # the home page in the menu

    # An editor browses and edits the pages and adds images...
    assert editor_client.get(f"/admin/pages/{site_home.pk}/").status_code == 200
    edit = editor_client.get(f"/admin/pages/{site_home.pk}/edit/")
    assert edit.status_code == 200
    assert editor_client.get("/admin/images/").status_code == 200
    # ...but publishes only through moderation (a superuser sees the publish button on the same page).
    assert 'name="action-publish"' not in edit.content.decode()
    assert 'name="action-publish"' in admin_client.get(f"/admin/pages/{site_home.pk}/edit/").content.decode()

    # Users, groups, sites, locales and the shop's dashboard are not theirs.
    for url in ("/admin/users/", "/admin/groups/", "/admin/sites/", "/admin/locales/"):
        assert refused(editor_client.get(url)), url
        assert admin_client.get(url).status_code == 200, url
    assert editor_client.get("/ar/shop/dashboard/").status_code in (302, 403)


def test_switching_language_keeps_the_page(client, site_home):
    response = client.post("/i18n/setlang/", {"language": "zgh", "next": "/ar/"})

    assert response.status_code == 302
    assert response["Location"] == "/zgh/"


def test_wagtail_lists_and_edits_every_locale_tamazight_included(admin_client, site_home):
    from wagtail.models import Locale

    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)

    listing = admin_client.get("/admin/locales/")
    assert listing.status_code == 200
    # The admin speaks the editor's language (Arabic here): the locale's name is translated.
    assert "الأمازيغية (تيفيناغ)" in listing.content.decode()

    zgh = Locale.objects.get(language_code="zgh")
    assert admin_client.get(f"/admin/locales/edit/{zgh.pk}/").status_code == 200
    assert admin_client.get(f"/admin/pages/{site_home.pk}/").status_code == 200


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("/fr/no-such-page/", "Page introuvable"),
        ("/ar/no-such-page/", "الصفحة غير موجودة"),
        ("/fr/shop/catalogue/no-such-product_999999/", "Page introuvable"),
    ],
)
def test_a_missing_page_or_product_says_so_in_the_visitors_language(client, site_home, url, words):
    response = client.get(url)

    assert response.status_code == 404
    assert words in response.content.decode()


def test_a_customer_refused_the_dashboard_gets_a_403_in_their_language(client, site_home):
    from tests.factories.shop import UserFactory

    client.force_login(UserFactory())
    refusals = (("ar", "rtl", "لا يمكن لحسابك"), ("fr", "ltr", "Votre compte ne peut pas"))
    for lang, direction, words in refusals:
        response = client.get(f"/{lang}/shop/dashboard/")

        assert response.status_code == 403
        assert f'lang="{lang}"' in html_tag(response) and f'dir="{direction}"' in html_tag(response)
        assert words in response.content.decode()


def test_a_form_sent_without_its_csrf_token_is_explained_in_the_visitors_language(site_home):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/fr/shop/basket/", {})

    assert response.status_code == 403
    assert 'lang="fr"' in html_tag(response)
    assert "Le formulaire a expiré" in response.content.decode()


@pytest.mark.parametrize("lang", ["fr", "ar", "kab"])
def test_signing_in_keeps_the_language_of_the_sign_in_page(client, site_home, lang):
    from tests.factories.shop import UserFactory

    customer = UserFactory(email=f"reader-{lang}@example.test")
    customer.set_password("a-long-pass-phrase-2974")
    customer.save()

    response = client.post(
        f"/{lang}/shop/accounts/login/",
        {"login_submit": "1", "login-username": customer.email, "login-password": "a-long-pass-phrase-2974"},
    )

    assert response.status_code == 302
    assert response["Location"] == f"/{lang}/"
