"""The heritage demo: 10+ registry crafts, masters with lineage, the 2018 programme; idempotent."""

import csv
import io

import pytest
from wagtail.models import Page, Revision

from portal.crafts.models import CraftPage
from portal.masters.models import Apprenticeship
from portal.programme.models import ProgrammePage
from tests.support.demo import snapshot

pytestmark = pytest.mark.django_db
LANGS = ("ar", "fr", "en", "zgh", "kab")


@snapshot("heritage")
def heritage_counts():
    return (Page.objects.count(), Revision.objects.count(), Apprenticeship.objects.count())


@pytest.fixture(scope="module")
def demo(site_demo):
    """(after the first run, after the second) of the demo loaded for the package."""
    return site_demo["heritage"]["first"], site_demo["heritage"]["second"]


def test_a_second_run_changes_nothing(demo):
    first, second = demo
    assert first == second


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_the_registry_masters_and_programme(client, demo, lang):
    assert CraftPage.objects.live().filter(locale__language_code=lang).count() >= 10
    for url in (
        "crafts-registry/",
        "crafts-registry/damascening/",
        "master-artisans/maalem-driss-bennani/",
        "endangered-crafts/programme-2018/",
    ):
        assert client.get(f"/{lang}/{url}", HTTP_HOST="localhost").status_code == 200


def test_the_french_registry_export_names_crafts_in_french(client, demo):
    body = client.get("/fr/crafts-registry.csv", HTTP_HOST="localhost").content.decode("utf-8-sig")
    rows = {row["slug"]: row for row in csv.DictReader(io.StringIO(body))}
    assert rows["damascening"]["name"] == "Damasquinage"
    assert rows["damascening"]["risk_status"] == "critically_endangered"
    assert {row["risk_status"] for row in rows.values()} == {
        "active",
        "vulnerable",
        "endangered",
        "critically_endangered",
    }


def test_the_2018_programme_honours_masters_at_the_marrakech_week(client, demo):
    page = ProgrammePage.objects.get(slug="programme-2018", locale__language_code="en")
    assert page.title == "2018 programme for preserving endangered crafts"
    html = client.get("/en/endangered-crafts/programme-2018/", HTTP_HOST="localhost").content.decode()
    assert "8th meeting on preserving endangered crafts" in html
    assert "/en/events/marrakech-national-craft-week-2019/" in html
    apprentice = client.get("/fr/master-artisans/yassine-bennani/", HTTP_HOST="localhost").content.decode()
    assert "Apprenti de" in apprentice and "/fr/master-artisans/maalem-driss-bennani/" in apprentice
