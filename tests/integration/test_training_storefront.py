"""An artisan's storefront shows their valid certificates as badges linking to the verification page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.training.services import revoke
from tests.factories.artisans import make_profile
from tests.factories.shop import UserFactory
from tests.factories.training import certify, make_course, make_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(site_home):
    profile = make_profile("Amira Khenatla", email="")
    profile.partner.users.add(UserFactory(username="amira", email="Amira@Example.test"))
    return profile


def test_certificates_of_the_partners_users_show_as_badges(client, site_home, profile):
    index = make_index(site_home)
    by_email = certify(
        make_course(index, title="دورة التسويق الإلكتروني"), "amira@example.test", language="ar"
    )
    by_user = certify(
        make_course(index, title="دورة التصوير"),
        "other@example.test",
        language="ar",
        user=profile.partner.users.get(),
    )
    revoked = revoke(
        certify(make_course(index, title="دورة ملغاة"), "amira@example.test", language="ar"), "x"
    )
    stranger = certify(make_course(index, title="دورة غريبة"), "someone@example.test", language="ar")

    html = client.get(f"/ar/shop/artisans/{profile.slug}/").content.decode()

    assert "تكوين معتمد" in html  # "Certified training"
    assert f'href="/ar/certificates/{by_email.code}/"' in html
    assert f'href="/ar/certificates/{by_user.code}/"' in html
    assert revoked.code not in html and "دورة ملغاة" not in html
    assert stranger.code not in html


def test_a_storefront_without_certificates_shows_no_badge_section(client, profile):
    assert "certificate-badges" not in client.get(f"/fr/shop/artisans/{profile.slug}/").content.decode()


def test_badge_queries_do_not_grow_with_the_number_of_badges(client, site_home, profile):
    index = make_index(site_home)
    certify(make_course(index, slug="c0"), "amira@example.test")
    url = f"/fr/shop/artisans/{profile.slug}/"
    client.get(url)
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    for n in range(1, 6):
        certify(make_course(index, slug=f"c{n}", title=f"دورة {n}"), "amira@example.test")
    with CaptureQueriesContext(connection) as six:
        html = client.get(url).content.decode()
    assert html.count('class="badge"') == 6
    assert len(one) == len(six)


def test_badge_queries_do_not_depend_on_other_artisans_certificates(client, site_home, profile):
    index = make_index(site_home)
    course = make_course(index, capacity=50)
    certify(course, "amira@example.test")
    url = f"/fr/shop/artisans/{profile.slug}/"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for n in range(10):
        certify(course, f"p{n}@example.test")
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(few) == len(many)
