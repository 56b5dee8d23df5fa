"""The demo's courses (Batna certified e-marketing, Marrakech women's craft houses), certificates, badges."""

import pytest

from portal.training.models import Certificate, CoursePage, Registration
from tests.support.demo import snapshot

pytestmark = pytest.mark.django_db


@snapshot("training")
def counts():
    return CoursePage.objects.count(), Registration.objects.count(), Certificate.objects.count()


@pytest.fixture(scope="module")
def demo(site_demo):
    """What this module counts after the demo's first and second run (loaded once for the package)."""
    return site_demo["training"]


def test_a_second_run_changes_nothing(demo):
    assert demo["first"] == demo["second"] == (2 * 5, 11, 8)


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("ar", "دورة تكوينية مجانية في التسويق الإلكتروني متوجة بشهادة"),
        ("fr", "Formation gratuite et certifiante au e-marketing"),
        ("en", "Free certified e-marketing course"),
        ("zgh", "ⴰⵙⵍⵎⴷ ⴱⵍⴰ ⴰⵜⵉⴳ ⵏ ⵓⵙⵏⵣⵣⵉ ⴰⵍⵉⴽⵜⵔⵓⵏⵉ ⵙ ⵜⴳⴰⵡⵙⴰ"),
        ("kab", "Almad baṭel n uznuzu s internet s tnekkit"),
    ],
)
def test_the_batna_course_reads_in_every_language(demo, client, lang, title):
    listing = client.get(f"/{lang}/courses/", HTTP_HOST="localhost")
    page = client.get(f"/{lang}/courses/batna-e-marketing-2024/", HTTP_HOST="localhost")
    assert listing.status_code == page.status_code == 200
    assert title in listing.content.decode() and title in page.content.decode()


def test_the_french_course_is_fully_translated(demo, client):
    html = client.get("/fr/courses/batna-e-marketing-2024/", HTTP_HOST="localhost").content.decode()
    assert (
        "43 artisans" in html
        and "place de la Liberté" in html
        and "Chambre de l'artisanat" in html.replace("&#x27;", "'")
    )


def test_one_certificate_is_revoked_and_a_storefront_shows_the_others_as_badges(demo, client):
    revoked = Certificate.objects.get(revoked=True)
    assert revoked.registration.user.username == "hocine.laamouri"
    assert (
        "RÉVOQUÉE" in client.get(f"/fr/certificates/{revoked.code}/", HTTP_HOST="localhost").content.decode()
    )
    valid = Certificate.objects.get(registration__user__username="nora.chenouf")
    profile = valid.registration.user.partners.get().artisan_profile
    html = client.get(f"/ar/shop/artisans/{profile.slug}/", HTTP_HOST="localhost").content.decode()
    assert f"/ar/certificates/{valid.code}/" in html
