"""An unknown Host header answers 400 from every URL; e-mail links use the configured host."""

import pytest
from django.core import mail

from tests.conftest import make_site_home
from tests.factories.shop import UserFactory, make_product
from tests.support.production import production_client, production_settings

pytestmark = pytest.mark.django_db

EVIL = "evil.example"
URLS = [
    "/",
    "/fr/",
    "/ar/",
    "/fr/search/?q=tajine",
    "/fr/shop/catalogue/",
    "/fr/shop/basket/",
    "/fr/shop/accounts/login/",
    "/fr/shop/password-reset/",
    "/admin/login/",
    "/admin/password_reset/",
    "/django-admin/login/",
    "/fr/shop/dashboard/",
    "/fr/no-such-page/",
    "/sitemap.xml",
    "/robots.txt",
    "/media/nothing.png",
]


@pytest.fixture
def site():
    make_site_home()
    return make_product({"ar": "طاجين", "fr": "Tajine"})


@production_settings()
@pytest.mark.parametrize("https", [True, False], ids=["https", "http"])
def test_an_unknown_host_is_a_400_everywhere(site, https):
    client = production_client(HTTP_HOST=EVIL)
    client.raise_request_exception = False
    if not https:  # SecurityMiddleware asks for the host to build its https:// redirect
        client.defaults.update({"wsgi.url_scheme": "http", "HTTP_X_FORWARDED_PROTO": "http"})
    for url in [*URLS, site.get_absolute_url()]:
        response = client.get(url)
        assert response.status_code == 400, url
        assert "Content-Security-Policy" in response, url


@production_settings()
@pytest.mark.parametrize("url", ["/fr/shop/password-reset/", "/admin/password_reset/"])
def test_a_password_reset_with_an_unknown_host_is_a_400_and_sends_nothing(site, url):
    UserFactory(email="samira@example.test", username="samira")
    client = production_client(HTTP_HOST=EVIL)
    client.raise_request_exception = False
    response = client.post(url, {"email": "samira@example.test"})
    assert response.status_code == 400
    assert "/static/css/error.css" in response.content.decode()  # the standalone 400 page
    assert mail.outbox == []


@production_settings(ALLOWED_HOSTS=["hirfa.example", "alias.example"])
@pytest.mark.parametrize("url", ["/fr/shop/password-reset/", "/admin/password_reset/"])
def test_reset_links_use_the_configured_host_not_the_requests(site, url):
    from django.contrib.sites.models import Site

    UserFactory(email="samira@example.test", username="samira")
    response = production_client(HTTP_HOST="alias.example").post(url, {"email": "samira@example.test"})
    assert response.status_code == 302
    (message,) = mail.outbox
    assert "alias.example" not in message.body
    assert f"://{Site.objects.get_current().domain}/" in message.body


@production_settings()
def test_the_400_page_is_translated_and_stands_alone(site):
    client = production_client(HTTP_HOST=EVIL)
    client.raise_request_exception = False
    response = client.get("/fr/", HTTP_ACCEPT_LANGUAGE="fr")
    html = response.content.decode()
    assert response.status_code == 400
    assert 'lang="fr"' in html and "/static/css/error.css" in html


@production_settings(ALLOWED_HOSTS=["hirfa.example", "alias.example"])
def test_an_applicants_e_mail_links_use_hirfa_base_url_not_the_staff_members_host(
    site, django_capture_on_commit_callbacks
):
    from shop.onboarding.models import Application
    from tests.integration.test_onboarding_review import DASHBOARD, make_application

    application = make_application(state=Application.State.SUBMITTED, language="fr")
    client = production_client(HTTP_HOST="alias.example")
    client.force_login(UserFactory(username="staff", is_staff=True))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"{DASHBOARD.format(lang='fr')}{application.pk}/reject/", {"reject-message": "Registre inconnu."}
        )
    (message,) = mail.outbox
    assert "alias.example" not in message.body
    assert f"https://hirfa.example/fr/shop/apply/status/{application.token}/" in message.body
