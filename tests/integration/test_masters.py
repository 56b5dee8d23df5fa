"""Master artisans: page rules, lineage on both profiles, storefront link, Person JSON-LD."""

import pytest
from django.test import RequestFactory
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from portal.masters.models import Apprenticeship, MasterArtisanPage, MasterIndexPage
from tests.support.heritage import LANGS, add_person, make_craft, make_image, masters_index, translate_all

pytestmark = pytest.mark.django_db


class TestMastersTree(WagtailPageTestCase):
    def test_parent_and_child_rules(self):
        self.assertCanCreateAt(HomePage, MasterIndexPage)
        self.assertCanCreateAt(MasterIndexPage, MasterArtisanPage)
        self.assertCanNotCreateAt(HomePage, MasterArtisanPage)
        self.assertCanNotCreateAt(MasterArtisanPage, MasterArtisanPage)


@pytest.fixture
def lineage(site_home):
    index = masters_index(site_home)
    craft = make_craft("damascening", ["MA-03"], name_ar="التكفيت", name_fr="Damasquinage")
    apprentice = add_person(index, "ياسين", craft, "yassine", rank=MasterArtisanPage.Rank.APPRENTICE)
    master = MasterArtisanPage(
        title="المعلم إدريس", slug="driss", craft=craft, region="MA-03", portrait=make_image()
    )
    master.apprentice_links.add(Apprenticeship(apprentice=apprentice, since=2015))
    index.add_child(instance=master)
    return index, master, apprentice


@pytest.mark.parametrize(("code", "direction"), LANGS)
def test_lineage_shows_on_both_profiles_in_every_language(client, lineage, code, direction):
    index, master, apprentice = lineage
    if code != "ar":
        translate_all([index, apprentice, master], code)
    master_html = client.get(f"/{code}/masters/driss/").content.decode()
    apprentice_html = client.get(f"/{code}/masters/yassine/").content.decode()
    assert f'<html lang="{code}" dir="{direction}">' in master_html
    assert f'href="/{code}/masters/yassine/"' in master_html  # the apprentice, in the reader's language
    assert f'href="/{code}/masters/driss/"' in apprentice_html  # "apprentice of"
    assert "2015" in master_html


def test_apprentice_of_is_listed_once_with_every_translation(client, lineage):
    index, master, apprentice = lineage
    translate_all([index, apprentice, master], "fr")
    html = client.get("/fr/masters/yassine/").content.decode()
    assert html.count('href="/fr/masters/driss/"') == 1
    assert "Apprenti de" in html


def test_storefront_link_only_when_the_storefront_is_online(client, lineage):
    from shop.artisans.models import ArtisanProfile
    from tests.factories.shop import PartnerFactory

    _index, master, _apprentice = lineage
    profile = ArtisanProfile.objects.create(
        partner=PartnerFactory(name="Atelier Driss"), name="Atelier Driss"
    )
    master.storefront = profile
    master.save_revision().publish()
    assert "/ar/shop/artisans/atelier-driss/" in client.get("/ar/masters/driss/").content.decode()
    profile.is_active = False
    profile.save()
    assert "/shop/artisans/atelier-driss/" not in client.get("/ar/masters/driss/").content.decode()


def test_person_json_ld(lineage):
    _index, master, apprentice = lineage
    request = RequestFactory().get("/ar/masters/driss/", HTTP_HOST="localhost")
    data = master.structured_data(request)
    assert data["@type"] == "Person" and data["@context"] == "https://schema.org"
    assert data["name"] == "المعلم إدريس" and data["knowsAbout"] == "التكفيت"
    assert data["address"]["addressRegion"] == "فاس مكناس"
    assert data["image"].startswith("http://localhost/")
    assert apprentice.structured_data(request)["colleague"] == ["المعلم إدريس"]
