"""The form an artisan edits their storefront with (the dashboard view comes with the forked dashboard)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from shop.artisans.forms import StorefrontForm
from tests.factories.artisans import make_profile, tiny_image
from tests.factories.shop import PartnerFactory

pytestmark = pytest.mark.django_db


def data(**fields):
    return {
        "name": "Khadija Amrani",
        "kind": "womens_house",
        "workshop": "Dar Sani'a",
        "region": "MA-07",
        "story_ar": "قصة جديدة",
        "story_fr": "Une nouvelle histoire",
        "phone": "",
        "email": "",
        **fields,
    }


def test_the_artisans_own_language_comes_first():
    with translation.override("fr"):
        fields = list(StorefrontForm().fields)
        assert fields.index("story_fr") < fields.index("story_ar") < fields.index("story_en")
        assert StorefrontForm().fields["story_kab"].label == "Courte histoire en kabyle"
    fields = list(StorefrontForm(language="kab").fields)
    assert [name for name in fields if name.startswith("story_")][0] == "story_kab"
    assert StorefrontForm().fields["story_ar"].widget.attrs["dir"] == "rtl"


def test_texts_are_saved_per_language_and_staff_fields_cannot_be_posted():
    profile = make_profile("Khadija Amrani", slug="khadija", is_active=False)
    other = PartnerFactory(name="Someone else")
    form = StorefrontForm(
        data(partner=other.pk, slug="hijacked", is_active="on"),
        files={"photo": tiny_image()},
        instance=profile,
    )
    assert form.is_valid(), form.errors
    form.save()
    profile.refresh_from_db()
    assert (profile.story_ar, profile.story_fr) == ("قصة جديدة", "Une nouvelle histoire")
    assert profile.partner != other and profile.slug == "khadija" and not profile.is_active
    assert profile.photo.name.startswith("artisans/photos/")


def test_bad_photo_region_and_contact_choices_are_refused_in_the_users_language():
    profile = make_profile("Khadija Amrani")
    fake = SimpleUploadedFile("photo.jpg", b"<html></html>", content_type="image/jpeg")
    with translation.override("ar"):
        form = StorefrontForm(data(region="XX-99", show_phone="on"), files={"photo": fake}, instance=profile)
        assert not form.is_valid()
        assert form.errors["photo"] == ["هذا الملف ليس صورة بصيغة JPEG أو PNG أو WebP."]
        assert "region" in form.errors and "phone" in form.errors
    profile.refresh_from_db()
    assert profile.story_ar == "حكاية الحرفية"  # nothing written
