"""The crafts migration keeps applications' crafts: slugs become taxonomy crafts, unknown ones stay."""

import pytest

from shop.onboarding.models import Application
from tests.support.migrations import migrate, migrated_back

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("onboarding", "0001_initial"), ("taxonomy", "0002_crafts_from_core")]
AFTER = [("onboarding", "0002_crafts_from_taxonomy")]


@pytest.fixture
def old_apps():
    with migrated_back(BEFORE) as apps:
        yield apps


def test_stored_slugs_become_taxonomy_crafts_and_back(old_apps):
    Craft = old_apps.get_model("taxonomy", "Craft")
    OldApplication = old_apps.get_model("onboarding", "Application")
    Craft.objects.create(slug="pottery-ceramics", name="الفخار", name_ar="الفخار")
    Craft.objects.create(slug="textiles", name="المنسوجات", name_ar="المنسوجات")
    common = {"region_code": "MA-07", "language": "fr", "kind": "individual", "state": "submitted"}
    OldApplication.objects.create(
        name="Fatima",
        phone="+212612345678",
        register_number="R1",
        register_key="R1",
        token="t1",
        craft_slugs=",pottery-ceramics,textiles,",
        **common,
    )
    OldApplication.objects.create(
        name="Yacine",
        phone="+212661234567",
        register_number="R2",
        register_key="R2",
        token="t2",
        craft_slugs=",textiles,dinanderie,",
        other_craft="Cuivre",
        **common,
    )
    OldApplication.objects.create(
        name="Tafsut", phone="+212700112233", register_number="R3", register_key="R3", token="t3", **common
    )

    migrate(AFTER)

    fatima, yacine, tafsut = (Application.objects.get(token=token) for token in ("t1", "t2", "t3"))
    assert set(fatima.crafts.values_list("slug", flat=True)) == {"pottery-ceramics", "textiles"}
    assert list(yacine.crafts.values_list("slug", flat=True)) == ["textiles"]
    assert yacine.other_craft == "Cuivre, dinanderie"  # a slug no craft holds is kept where staff read it
    assert not tafsut.crafts.exists()

    back = migrate(BEFORE).get_model("onboarding", "Application")
    assert back.objects.get(token="t1").craft_slugs in (
        ",pottery-ceramics,textiles,",
        ",textiles,pottery-ceramics,",
    )
    assert back.objects.get(token="t3").craft_slugs == ""
