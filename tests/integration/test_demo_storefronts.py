"""The demo's storefronts (portal/demo/storefronts.py): every demo artisan has one, in every language."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models.signals import post_save

from portal.demo.artisans_data import ARTISANS
from portal.demo.storefronts import ensure_storefronts
from shop.artisans.models import ArtisanProfile
from tests.support.demo import loaded_for_the_module

pytestmark = pytest.mark.django_db


def load():
    call_command("load_demo_content", "--image-size=32", stdout=StringIO(), stderr=StringIO())


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    with loaded_for_the_module(django_db_blocker, tmp_path_factory.mktemp("media"), load) as output:
        yield output


def test_every_demo_artisan_has_an_active_storefront_with_photo_story_kind_and_region(demo):
    profiles = ArtisanProfile.objects.select_related("partner")
    assert profiles.count() == len(ARTISANS) == 18
    for profile in profiles:
        assert profile.is_active and profile.photo and profile.region.startswith(("MA-", "DZ-"))
        for lang in ("ar", "fr", "en", "zgh", "kab"):
            assert getattr(profile, f"story_{lang}"), (profile, lang)
    kinds = set(profiles.values_list("kind", flat=True))
    assert kinds == {"individual", "cooperative", "womens_house"}
    assert ArtisanProfile.objects.get(partner__code="khadijaamrani").kind == "womens_house"


def test_demo_storefronts_and_their_cards_answer_in_arabic_and_french(demo, client):
    for profile in ArtisanProfile.objects.all()[:3]:
        for lang in ("ar", "fr"):
            assert client.get(f"/{lang}/shop/artisans/{profile.slug}/").status_code == 200
            card = client.get(f"/{lang}/shop/artisans/{profile.slug}/card/")
            assert card.status_code == 200 and "<svg" in card.content.decode()
    assert client.get("/fr/shop/artisans/").content.decode().count('class="card artisan-card"') == 18


def test_the_storefront_step_run_again_changes_nothing(demo):
    saved = []

    def record(sender, **kwargs):
        if sender is ArtisanProfile:
            saved.append(kwargs["instance"])

    post_save.connect(record, weak=False)
    try:
        ensure_storefronts(image_size=32)
    finally:
        post_save.disconnect(record)
    assert saved == []


def test_every_demo_artisan_names_the_crafts_of_their_products(demo):
    from django.db.models import Q

    from portal.taxonomy.models import Craft

    for profile in ArtisanProfile.objects.select_related("partner"):
        partner = profile.partner
        sold = Q(products__stockrecords__partner=partner) | Q(
            products__children__stockrecords__partner=partner
        )
        expected = set(Craft.objects.filter(sold).values_list("slug", flat=True))
        assert expected and set(profile.crafts.values_list("slug", flat=True)) == expected, profile
