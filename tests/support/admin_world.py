"""The Wagtail admin matrix's world: pages in each section and locale, drafts, media, snippets, role users.

Built once per test module (tests/support/demo.py's ``loaded_for_the_module``).
Every section (news, events, programme) has an index page and a child page in
each of the five locales; each child has a published revision and a newer
draft whose introduction holds a string found nowhere else
(``World.secrets[(section, lang)]``), so a response can be searched for a
draft the role should not read. Images and documents sit in each role's
collection, uploaded by different users, and the roles are the groups that
``setup_site`` creates, plus an anonymous visitor and a logged-in non-staff user.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import TestCase
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Locale, Page, Workflow
from wagtail_localize.models import OverridableSegment, StringSegment, Translation

from home.models import HomePage
from portal.crafts.models import CraftIndexPage, CraftPage
from portal.events.models import EventIndexPage, EventPage
from portal.events.organisations import Organisation
from portal.news.models import NewsIndexPage, NewsPage
from portal.setup.home import translate
from portal.setup.steps import setup_site
from portal.taxonomy.models import Craft, Material
from portal.training.certificates import Certificate
from tests.factories.training import certify, make_course, make_index, sign_up

Image = get_image_model()
Document = get_document_model()
LANGS = ("ar", "fr", "en", "zgh", "kab")
TRANSLATORS = {
    "tr_fr": "Translators (French)",
    "tr_en": "Translators (English)",
    "tr_zgh": "Translators (Standard Moroccan Tamazight)",
    "tr_kab": "Translators (Kabyle)",
}
# Role → its group (None: no group). "anonymous" has no user at all.
ROLE_GROUPS = {
    "plain": None,
    "news": "News editors",
    "events": "Events editors",
    "programme": "Programme editors",
    **TRANSLATORS,
    "moderator": "Moderators",
    "admin": "Site administrators",
}
ROLES = ("anonymous", *ROLE_GROUPS)
SECTION_ROLES = ("news", "events", "programme")
COLLECTIONS = {"news": "News", "events": "Events", "programme": "Heritage"}

REGISTRANT = "Nadia Registrant-Qx71"  # a course registration's name: personal data
REGISTRANT_EMAIL = "nadia.qx71@example.org"


@dataclass
class World:
    users: dict
    homes: dict
    indexes: dict
    pages: dict  # (section, lang) → the child page (live, with a newer draft)
    revisions: dict  # (section, lang) → (published revision, draft revision)
    secrets: dict  # (section, lang) → the text only the draft holds
    images: dict  # (section collection, uploader role) → image
    documents: dict
    snippets: dict  # "app.model" → an instance
    translations: dict  # lang → wagtail-localize Translation of the news page into lang
    task_state: object = None
    workflow: object = None
    course: object = None
    extra: dict = field(default_factory=dict)


def _setup():
    with TestCase.captureOnCommitCallbacks(execute=True):
        return setup_site()


def _translated(page):
    """``page`` (Arabic) translated into every other locale with wagtail-localize, published."""
    pages = {"ar": page}
    for lang in LANGS[1:]:
        with TestCase.captureOnCommitCallbacks(execute=True):
            pages[lang] = translate(page, Locale.objects.get(language_code=lang), {}).specific
    return pages


def _section(index_model, child):
    homes = {lang: HomePage.objects.get(locale__language_code=lang) for lang in LANGS}
    index = homes["ar"].add_child(instance=index_model)
    index.save_revision().publish()
    indexes = _translated(index)
    page = index.add_child(instance=child)
    page.save_revision().publish()
    return indexes, _translated(page)


def _draft(page, text_field, secret, user):
    page = page.specific
    published = page.latest_revision
    setattr(page, text_field, secret)
    draft = page.save_revision(user=user)
    return published, draft


def _users():
    User = get_user_model()
    users = {}
    for role, group in ROLE_GROUPS.items():
        user = User.objects.create_user(f"matrix-{role}", f"{role}@example.org", "pw-matrix-1")
        if group:
            user.groups.add(Group.objects.get(name=group))
        users[role] = user
    return users


def _media(users):
    images, documents = {}, {}
    for section, name in COLLECTIONS.items():
        collection = Collection.objects.get(name=name)
        for uploader in (section, "moderator"):
            key = (section, uploader)
            images[key] = Image.objects.create(
                title=f"Image {section} by {uploader}",
                description="alt",
                collection=collection,
                uploaded_by_user=users[uploader],
                file=get_test_image_file(filename=f"{section}-{uploader}.png"),
            )
            documents[key] = Document.objects.create(
                title=f"Document {section} by {uploader}",
                collection=collection,
                uploaded_by_user=users[uploader],
                file=ContentFile(b"%PDF-1.4 matrix", name=f"{section}-{uploader}.pdf"),
            )
    return images, documents


def _snippets(course, craft):
    registration = sign_up(course, REGISTRANT_EMAIL, name=REGISTRANT)
    certify(course, "holder.qx72@example.org", name="Karim Holder-Qx72")
    organisation = Organisation.objects.create(
        name="Chambre Qx73", locale=Locale.objects.get(language_code="ar")
    )
    return {
        "taxonomy.craft": craft,
        "taxonomy.material": Material.objects.create(slug="matrix-material", name="Material Qx75"),
        "events.organisation": organisation,
        "training.registration": registration,
        "training.certificate": Certificate.objects.order_by("pk").last(),
    }


def build_world():
    _setup()
    today = datetime.date(2026, 11, 20)
    craft = Craft.objects.create(slug="matrix-craft", name="Craft Qx74")
    news_indexes, news = _section(
        NewsIndexPage(title="Actualités matrice", slug="matrix-news"),
        NewsPage(title="Article matrice", slug="matrix-article", intro="published intro", date=today),
    )
    event_indexes, events = _section(
        EventIndexPage(title="Agenda matrice", slug="matrix-events"),
        EventPage(
            title="Salon matrice",
            slug="matrix-fair",
            start_date=today,
            end_date=today,
            venue="Dar Qx",
            city="Fès",
            intro="published intro",
        ),
    )
    craft_indexes, crafts = _section(
        CraftIndexPage(title="Registre matrice", slug="matrix-crafts"),
        CraftPage(title="Métier matrice", slug="matrix-craft", summary="published summary", craft=craft),
    )
    course = make_course(make_index(HomePage.objects.get(locale__language_code="ar"), slug="matrix-courses"))
    _setup()  # grant the new section indexes
    users = _users()
    text_fields = {"news": "intro", "events": "venue", "programme": "summary"}
    sections = {
        "news": (news_indexes, news),
        "events": (event_indexes, events),
        "programme": (craft_indexes, crafts),
    }
    indexes, pages, revisions, secrets = {}, {}, {}, {}
    for section, (section_indexes, children) in sections.items():
        for lang in LANGS:
            key = (section, lang)
            indexes[key], pages[key] = section_indexes[lang], children[lang]
            secrets[key] = f"DRAFT-SECRET-{section}-{lang}-Qx9"
            revisions[key] = _draft(children[lang], text_fields[section], secrets[key], users[section])
    images, documents = _media(users)
    news_source = Translation.objects.filter(target_locale__language_code="fr").first().source
    translations = {
        lang: Translation.objects.get(
            source__object_id=news_source.object_id, target_locale__language_code=lang
        )
        for lang in LANGS[1:]
    }
    workflow = Workflow.objects.get(name="Moderators approval")
    # The Arabic news draft is in moderation: a task state for the workflow action URLs.
    page = pages[("news", "ar")]
    workflow_state = workflow.start(page, users["news"])
    world = World(
        users=users,
        homes={lang: HomePage.objects.get(locale__language_code=lang) for lang in LANGS},
        indexes=indexes,
        pages=pages,
        revisions=revisions,
        secrets=secrets,
        images=images,
        documents=documents,
        snippets=_snippets(course, craft),
        translations=translations,
        task_state=workflow_state.current_task_state,
        workflow=workflow,
        course=course,
    )
    world.extra["string_segment"] = StringSegment.objects.filter(source=news_source).first()
    world.extra["overridable_segment"] = OverridableSegment.objects.filter(source=news_source).first()
    world.extra["news_source"] = news_source
    world.extra["root"] = Page.get_first_root_node()
    return world
