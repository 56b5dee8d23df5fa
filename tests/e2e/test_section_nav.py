"""The header's sections on a phone and a desktop, in Arabic (right to left) and French."""

import pytest
from wagtail.models import Locale, Page

from portal.crafts.models import CraftIndexPage
from portal.events.models import EventIndexPage
from portal.masters.models import MasterIndexPage
from portal.news.models import NewsIndexPage
from portal.programme.models import ProgrammeIndexPage
from portal.training.pages import CourseIndexPage

from .conftest import screenshot

pytestmark = pytest.mark.browser

SECTIONS = [
    (NewsIndexPage, "الأخبار", "Actualités", "news"),
    (EventIndexPage, "التظاهرات", "Événements", "events"),
    (CraftIndexPage, "سجل الحرف", "Registre des métiers", "crafts-registry"),
    (MasterIndexPage, "المعلمون الحرفيون", "Maîtres artisans", "master-artisans"),
    (ProgrammeIndexPage, "برنامج الحرف المهددة", "Métiers menacés", "endangered-crafts"),
    (CourseIndexPage, "الدورات التكوينية", "Formations", "courses"),
]


def test_the_sections_fit_a_phone_in_arabic_and_french(live_home, page):
    home = Page.objects.get(depth=2, locale__language_code="ar").specific
    french = Locale.objects.get(language_code="fr")
    for model, title_ar, title_fr, slug in SECTIONS:
        index = home.add_child(instance=model(title=title_ar, slug=slug))
        copy = index.copy_for_translation(french)
        copy.title = title_fr
        copy.save_revision().publish()

    for lang, first in (("ar", "الأخبار"), ("fr", "Actualités")):
        for width in (360, 1280):
            page.set_viewport_size({"width": width, "height": 700})
            page.goto(f"{live_home}/{lang}/")
            nav = page.locator("nav.site-sections")
            assert nav.locator("a").count() == len(SECTIONS)
            assert nav.locator("a").first.inner_text() == first
            # The row scrolls sideways instead of widening the page.
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            screenshot(page, f"sections-{lang}-{width}")
