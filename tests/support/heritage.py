"""Builders for the heritage pages (craft registry, master artisans, programme) in tests."""

from django.test import TestCase
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from portal.crafts.models import CraftIndexPage, CraftPage, CraftPhoto
from portal.masters.models import MasterArtisanPage, MasterIndexPage
from portal.taxonomy.models import Craft, CraftRegion

LANGS = [("ar", "rtl"), ("fr", "ltr"), ("en", "ltr"), ("zgh", "ltr"), ("kab", "ltr")]


def make_craft(slug, regions=(), **names):
    craft = Craft.objects.create(slug=slug, name=names.get("name_ar", slug), **names)
    for order, code in enumerate(regions):
        CraftRegion.objects.create(craft=craft, code=code, sort_order=order)
    return craft


def make_image(title="photo"):
    return get_image_model().objects.create(title=title, file=get_test_image_file())


def registry(home):
    return home.add_child(instance=CraftIndexPage(title="سجل الحرف", slug="crafts"))


def add_craft_page(index, craft, risk="active", year=2018, photo=None, **kwargs):
    page = CraftPage(
        title=craft.name, slug=craft.slug, craft=craft, risk_status=risk, risk_year=year, **kwargs
    )
    if photo is not None:
        page.gallery_images.add(CraftPhoto(image=photo, caption="صورة"))
    return index.add_child(instance=page)


def masters_index(home):
    return home.add_child(instance=MasterIndexPage(title="المعلمون", slug="masters"))


def add_person(index, title, craft, slug, **kwargs):
    return index.add_child(instance=MasterArtisanPage(title=title, slug=slug, craft=craft, **kwargs))


def translate_all(pages, code):
    """Copy ``pages`` (parents first) into locale ``code`` and publish the copies."""
    locale = Locale.objects.get_or_create(language_code=code)[0]
    copies = []
    with TestCase.captureOnCommitCallbacks(execute=True):
        for page in pages:
            copy = page.copy_for_translation(locale)
            copy.save_revision().publish()
            copies.append(copy)
    return copies
