"""Helpers for the editorial role tests: sections in every locale, role members, page form data."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import HomePage
from portal.events.models import EventIndexPage
from portal.news.models import NewsIndexPage
from portal.setup.steps import setup_site

Image = get_image_model()
LANGS = ("ar", "fr", "en", "zgh", "kab")


def run_setup():
    with TestCase.captureOnCommitCallbacks(execute=True):
        return setup_site()


def home(lang):
    return HomePage.objects.get(locale__language_code=lang)


def index_in_every_locale(model, title, slug):
    """An index page under the Arabic home and its copy under every other locale's home."""
    source = home("ar").add_child(instance=model(title=title, slug=slug))
    pages = {"ar": source}
    for lang in LANGS[1:]:
        copy = source.copy_for_translation(Locale.objects.get(language_code=lang))
        copy.save_revision().publish()
        pages[lang] = copy.specific
    return pages


def sections():
    """News and events indexes in every locale, then setup run again to grant them."""
    news = index_in_every_locale(NewsIndexPage, "الأخبار", "news")
    events = index_in_every_locale(EventIndexPage, "التظاهرات", "events")
    run_setup()
    return news, events


def member(group_name, username=None):
    username = username or group_name.lower().replace(" ", "-").replace("(", "").replace(")", "")
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw-editorial-1")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def image(title, collection_name=None, description=""):
    collection = (
        Collection.objects.get(name=collection_name) if collection_name else Collection.get_first_root_node()
    )
    return Image.objects.create(
        title=title,
        description=description,
        collection=collection,
        file=get_test_image_file(filename=f"{slugify(title) or 'image'}.png"),
    )


def news_form(title, slug, hero=None, body_image=None, **actions):
    """The news article form as the page editor posts it; ``actions`` e.g. ``{"action-submit": "1"}``."""
    body = [("image", {"image": str(body_image.pk), "caption": "", "credit": ""})] if body_image else []
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "date": "2026-11-20",
            "place": "",
            "source": "",
            "intro": f"{title} — intro",
            "hero_image": str(hero.pk) if hero else "",
            "body": streamfield(body),
            "craft_links": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    data.update(actions)
    return data
