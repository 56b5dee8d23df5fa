"""Response headers under production settings: a CSP on every page, Permissions-Policy."""

import re

import pytest

from tests.conftest import make_site_home
from tests.factories.shop import make_product
from tests.support.production import production_client, production_settings

pytestmark = pytest.mark.django_db

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)([^>]*)>", re.I)
INLINE_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)


def directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.fixture
def public_urls():
    make_site_home()
    product = make_product({"ar": "طاجين", "fr": "Tajine"}, price="180.00")
    return [
        "/fr/",
        "/ar/",
        product.get_absolute_url(),
        "/fr/shop/catalogue/",
        "/fr/shop/basket/",
        "/fr/search/?q=tajine",
    ]


@production_settings()
def test_every_public_page_has_a_strict_policy_and_its_inline_scripts_the_nonce(public_urls):
    client = production_client()
    for url in public_urls:
        response = client.get(url)
        assert response.status_code == 200, url
        policy = directives(response)
        scripts = policy["script-src"]
        assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts, url
        assert policy["default-src"] == ["'self'"] and policy["object-src"] == ["'none'"], url
        assert policy["frame-ancestors"] == ["'none'"] and policy["form-action"] == ["'self'"], url
        assert policy["base-uri"] == ["'self'"] and "'unsafe-inline'" not in policy["style-src"], url
        html = response.content.decode()
        nonces = [n for n in scripts if n.startswith("'nonce-")]
        for attributes in INLINE_SCRIPT.findall(html):
            assert nonces, f"{url}: an inline script but no nonce in the policy"
            assert f'nonce="{nonces[0][7:-1]}"' in attributes, f"{url}: inline script without the nonce"
        assert not INLINE_HANDLER.search(html), f"{url}: an inline on…= handler"


@production_settings()
def test_the_nonce_changes_with_every_request(public_urls):
    client = production_client()
    first, second = (directives(client.get("/fr/shop/basket/"))["script-src"] for _ in range(2))
    assert first != second


@production_settings()
def test_back_offices_get_their_own_policy(public_urls):
    client = production_client()
    for url in ["/admin/login/", "/django-admin/login/", "/fr/shop/dashboard/login/"]:
        response = client.get(url)
        policy = directives(response)
        assert policy["default-src"] == ["'self'"], url
        assert policy["frame-ancestors"] == ["'self'"] and policy["object-src"] == ["'none'"], url
        assert "'unsafe-inline'" in policy["script-src"], url


@production_settings()
def test_permissions_policy_turns_off_what_the_site_does_not_use(public_urls):
    header = production_client().get("/fr/")["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert f"{feature}=()" in header


@production_settings()
def test_the_older_headers_still_hold(public_urls):
    response = production_client().get("/fr/")
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


@production_settings()
def test_plain_http_is_redirected_to_https(public_urls):
    response = production_client().get("/fr/", HTTP_X_FORWARDED_PROTO="http", **{"wsgi.url_scheme": "http"})
    assert response.status_code == 301 and response["Location"] == "https://hirfa.example/fr/"


@pytest.fixture
def media_files(settings):
    from pathlib import Path

    root = Path(settings.MEDIA_ROOT) / "security-test"
    root.mkdir(parents=True, exist_ok=True)
    (root / "page.html").write_text("<script>alert(1)</script>")
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    yield "/media/security-test"
    for path in root.iterdir():
        path.unlink()
    root.rmdir()


def test_media_is_downloaded_unless_it_is_an_image(client, settings, media_files):
    assert settings.SERVE_MEDIA  # the test settings serve media, as a small single-server deploy may
    download = client.get(f"{media_files}/page.html")
    assert download["Content-Disposition"] == "attachment"
    assert download["Content-Type"] == "application/octet-stream"
    assert download["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in download["Content-Security-Policy"]
    image = client.get(f"{media_files}/photo.png")
    assert image["Content-Type"] == "image/png"
    assert not image.get("Content-Disposition", "").startswith("attachment")
    assert image["X-Content-Type-Options"] == "nosniff"


@production_settings()
def test_the_account_forms_have_no_inline_handler(public_urls):
    from tests.factories.shop import UserFactory

    client = production_client()
    client.force_login(UserFactory(email="samira@example.test", username="samira"))
    for url in ["/fr/shop/accounts/profile/edit/", "/fr/shop/accounts/change-password/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert 'data-action="back"' in html and not INLINE_HANDLER.search(html), url
