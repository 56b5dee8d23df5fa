"""Programme editions: page rules, locales, crafts, regions, actions, budget, honoured masters."""

import datetime
import re

import pytest
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from portal.events.models import EventIndexPage, EventPage
from portal.programme.models import HonouredMaster, ProgrammeIndexPage, ProgrammePage, ProgrammeRegion
from portal.taxonomy.models import PageCraft
from tests.support.heritage import LANGS, add_person, make_craft, masters_index, translate_all

pytestmark = pytest.mark.django_db


class TestProgrammeTree(WagtailPageTestCase):
    def test_parent_and_child_rules(self):
        self.assertCanCreateAt(HomePage, ProgrammeIndexPage)
        self.assertCanCreateAt(ProgrammeIndexPage, ProgrammePage)
        self.assertCanNotCreateAt(HomePage, ProgrammePage)
        self.assertCanNotCreateAt(ProgrammePage, ProgrammePage)


@pytest.fixture
def edition(site_home):
    craft = make_craft("saddlery", ["MA-07"], name_ar="السراجة", name_fr="Sellerie")
    master = add_person(masters_index(site_home), "المعلم الحسن", craft, "lahcen")
    events = site_home.add_child(instance=EventIndexPage(title="الفعاليات", slug="events"))
    week = events.add_child(
        instance=EventPage(
            title="أسبوع مراكش",
            slug="week",
            start_date=datetime.date(2019, 2, 9),
            end_date=datetime.date(2019, 2, 17),
            venue="باب الجديد",
            city="مراكش",
            intro="…",
        )
    )
    index = site_home.add_child(instance=ProgrammeIndexPage(title="البرنامج", slug="programme"))
    page = ProgrammePage(
        title="برنامج 2018",
        slug="2018",
        year=2018,
        intro="حماية الحرف",
        actions=[("action", {"title": "جرد الحرف", "description": ""})],
        budget=[("line", {"label": "تكوين", "amount": "120000", "currency": "MAD"})],
    )
    page.craft_links.add(PageCraft(craft=craft))
    page.regions.add(ProgrammeRegion(code="MA-07"))
    page.honoured_masters.add(HonouredMaster(master=master, event=week, note="الملتقى الثامن"))
    index.add_child(instance=page)
    return [index, page, events, week, master.get_parent(), master]


@pytest.mark.parametrize(("code", "direction"), LANGS)
def test_the_edition_renders_in_every_language(client, edition, code, direction):
    if code != "ar":
        translate_all(edition, code)
    html = client.get(f"/{code}/programme/2018/").content.decode()
    assert f'<html lang="{code}" dir="{direction}">' in html
    assert f'href="/{code}/masters/lahcen/"' in html and f'href="/{code}/events/week/"' in html
    assert client.get(f"/{code}/programme/").status_code == 200


def test_the_edition_shows_crafts_regions_actions_budget(client, edition):
    translate_all(edition, "fr")
    html = client.get("/fr/programme/2018/").content.decode()
    for text in ("Sellerie", "Marrakech-Safi", "جرد الحرف", "Maîtres artisans honorés"):
        assert text in html
    assert re.search(r"120\D000 MAD", html)  # grouped the French way
