"""A rolled-back approval leaves nothing behind: no rows, and no copy of the photo on disk."""

import pytest

from shop.artisans.models import ArtisanProfile
from shop.onboarding import approval
from shop.onboarding.models import Application
from tests.factories.shop import UserFactory
from tests.integration.test_onboarding_review import make_application
from tests.support.onboarding import make_craft, photo

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def files_under(root):
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def application_with_photo(**fields):
    make_craft("pottery-ceramics", {"ar": "الفخار", "fr": "Poterie"})
    application = make_application(**fields)
    application.photo.save("atelier.jpg", photo(), save=True)
    return application


def test_a_storefront_that_fails_validation_leaves_no_photo_copy(media):
    application = application_with_photo(region_code="XX-99")  # no such region: the storefront is refused
    before = files_under(media)

    with pytest.raises(approval.ReviewError):
        approval.approve(application, UserFactory(is_staff=True))

    assert files_under(media) == before  # the application's own photo only
    assert not ArtisanProfile.objects.exists()
    assert Application.objects.get(pk=application.pk).state != Application.State.APPROVED


def test_a_failure_after_the_storefront_is_saved_removes_the_copy_too(media, monkeypatch):
    application = application_with_photo()
    before = files_under(media)

    def broken_on_commit(_callback):
        raise RuntimeError("mail queue down")

    monkeypatch.setattr(approval.transaction, "on_commit", broken_on_commit)
    with pytest.raises(RuntimeError):
        approval.approve(application, UserFactory(is_staff=True))

    assert files_under(media) == before
    assert not ArtisanProfile.objects.exists()


def test_a_successful_approval_keeps_the_copy(media):
    application = application_with_photo()

    assert approval.approve(application, UserFactory(is_staff=True))

    profile = ArtisanProfile.objects.get()
    assert (media / profile.photo.name).is_file()
    assert (media / application.photo.name).is_file()
