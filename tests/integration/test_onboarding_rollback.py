"""A rolled-back approval leaves nothing behind: no rows, and no copy of the photo on disk."""

from types import SimpleNamespace

import pytest
from django.db import transaction

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


def test_a_failure_after_the_storefront_is_saved_removes_the_copy_too(
    media, monkeypatch, django_capture_on_commit_callbacks
):
    application = application_with_photo()
    before = files_under(media)

    def broken_on_commit(_callback):
        raise RuntimeError("mail queue down")

    # Only the approval's own last step fails: the storefront is saved by then, its thumbnails asked for.
    monkeypatch.setattr(
        approval, "transaction", SimpleNamespace(atomic=transaction.atomic, on_commit=broken_on_commit)
    )
    with pytest.raises(RuntimeError), django_capture_on_commit_callbacks(execute=True):
        approval.approve(application, UserFactory(is_staff=True))

    assert files_under(media) == before  # no photo copy, and no thumbnail of it
    assert not ArtisanProfile.objects.exists()


def test_a_successful_approval_keeps_the_copy(media, django_capture_on_commit_callbacks):
    application = application_with_photo()

    with django_capture_on_commit_callbacks(execute=True):  # the thumbnails are asked for on commit
        assert approval.approve(application, UserFactory(is_staff=True))

    profile = ArtisanProfile.objects.get()
    assert (media / profile.photo.name).is_file()
    assert (media / application.photo.name).is_file()
