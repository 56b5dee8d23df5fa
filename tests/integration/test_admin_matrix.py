"""The Wagtail admin matrix: every admin URL × every editorial role × GET and POST, on the world's objects.

The URL list comes from the resolver (tests/support/admin_matrix.py), the
world from tests/support/admin_world.py. For each URL and role the policy
below says "deny" or "may": a denied role gets 403/404/405 or a redirect
(to the login or the dashboard), and the database is the same after its
POSTs; a role that may gets no server error. No response shows a draft the
role cannot edit, nor a course registrant's name, to a role that cannot read
registrations. Each URL's allowed requests run in a savepoint rolled back,
so one role's delete does not remove what the next role is tested on.
"""

import hashlib

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.test import Client
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    PageViewRestriction,
    Revision,
    Site,
    Task,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)
from wagtail_localize.models import StringTranslation, Translation

from portal.events.organisations import Organisation
from portal.taxonomy.models import Craft, Material
from portal.training.certificates import Certificate
from portal.training.registrations import Registration
from tests.support.admin_matrix import FAMILIES, cases, unclassified, url_for
from tests.support.admin_world import REGISTRANT, REGISTRANT_EMAIL, ROLES, SECTION_ROLES, build_world
from tests.support.demo import loaded_for_the_module

pytestmark = pytest.mark.django_db

Image = get_image_model()
Document = get_document_model()
CASES = cases()
EDITORIAL = ("news", "events", "programme", "tr_fr", "tr_en", "tr_zgh", "tr_kab", "moderator", "admin")
TRANSLATOR_LANG = {"tr_fr": "fr", "tr_en": "en", "tr_zgh": "zgh", "tr_kab": "kab"}
# Page URLs that need "publish" (or lock, privacy, starting translations) even inside one's section.
# (Converting a translation to an alias of its source, or an alias to a page, is editing: in scope.)
PUBLISHER_ONLY = (
    "unpublish",
    "workflow_action",
    "collect_workflow_action_data",
    "lock",
    "unlock",
    "set_privacy",
    "revisions_unschedule",
    "submit_page_translation",
    "delete",
    "move",
    "set_page_position",
)
# Image and document URLs that only read (the chooser's "chosen", usage, a preview): every editor chooses.
MEDIA_READS = ("chosen", "select_format", "usage", "preview", "api:")
SNIPPET_WRITES = (":add", ":edit", ":delete", ":copy", ":create", "submit_snippet_translation")
SNIPPETS = {  # model → (roles that read it, roles that write it); site administrators do both.
    "taxonomy.craft": (EDITORIAL, ("programme",)),
    "taxonomy.material": (EDITORIAL, ("programme",)),
    "events.organisation": (EDITORIAL, ()),
    "training.registration": (("programme",), ()),
    "training.certificate": (("programme",), ()),
}
REGISTRATION_READERS = ("programme", "admin")
# Upstream bugs: a malformed POST from a role that may use the view raises instead of answering 400
# (refused roles never reach them: the permission check comes first). (URL name, method) → why.
STREAMFIELD_COUNT = (
    "Wagtail: StreamField/ListBlock read '<field>-count' from POST without a default (KeyError)"
)
KNOWN_SERVER_ERRORS = {
    ("wagtailadmin_pages:add", "POST"): STREAMFIELD_COUNT,
    ("wagtailadmin_pages:edit", "POST"): STREAMFIELD_COUNT,
    ("wagtailadmin_pages:preview_on_add", "POST"): STREAMFIELD_COUNT,
    ("wagtailadmin_pages:preview_on_edit", "POST"): STREAMFIELD_COUNT,
    ("wagtailadmin_pages:revisions_revert", "POST"): STREAMFIELD_COUNT,
    ("wagtailadmin_choose_page_external_link", "POST"): "Wagtail: the external-link form's URL field "
    "calls .startswith on None when 'url' is missing (AttributeError)",
    ("wagtail_localize:upload_pofile", "POST"): "wagtail-localize: request.FILES['file'] (KeyError)",
    ("wagtailredirects:process_import", "POST"): "Wagtail: request.POST['input_format'] (KeyError)",
    ("wagtailsnippetchoosers_taxonomy_craft:create", "POST"): "Wagtail: a snippet chooser without a "
    "creation form calls .is_valid() on None (AttributeError)",
    ("wagtailsnippetchoosers_taxonomy_material:create", "POST"): "the same",
}


def in_scope(role, section, lang):
    if role in ("moderator", "admin"):
        return True
    if role in SECTION_ROLES:
        return role == section
    return TRANSLATOR_LANG.get(role) == lang


def snippet_policy(role, name, label):
    if role == "admin" or (role == "moderator" and "submit_snippet_translation" in name):
        return "may"  # moderators start translations (wagtail_localize.submit_translation)
    readers, writers = SNIPPETS[label]
    writes = any(part in name for part in SNIPPET_WRITES)
    return "may" if role in (writers if writes else readers) else "deny"


def policy(role, family, name, variant):
    """ "deny" or "may": what ``role`` is granted on this URL."""
    scope = FAMILIES[family][0]
    if scope == "public":
        return "may"
    if role in ("anonymous", "plain"):
        return "deny"
    if scope in ("own", "browse", "media_browse"):
        return "may"
    if scope in ("page", "page_add"):
        if not in_scope(role, *variant):
            return "deny"
        short = name.split(":")[-1]
        if role not in ("moderator", "admin") and any(short.startswith(p) for p in PUBLISHER_ONLY):
            return "deny"
        return "may"
    if scope in ("image", "document"):
        if any(part in name for part in MEDIA_READS) or role in ("moderator", "admin"):
            return "may"
        return "may" if role == variant[1] else "deny"
    if scope == "media_add":
        return "deny" if role in TRANSLATOR_LANG else "may"
    if scope == "snippet":
        from tests.support.admin_matrix import snippet_label

        return snippet_policy(role, name, variant or snippet_label(name, {}))
    if scope == "translation":
        return "may" if in_scope(role, "news", variant) else "deny"
    if scope == "training":
        return "may" if role in ("programme", "admin") else "deny"
    if scope == "admin_area":
        return "may" if role == "admin" else "deny"
    raise AssertionError(f"no policy for scope {scope}")


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    with loaded_for_the_module(django_db_blocker, tmp_path_factory.mktemp("media"), build_world) as built:
        yield built


@pytest.fixture(scope="module")
def clients(world):
    # A server error is a response to check (and KNOWN_SERVER_ERRORS to allow), not an exception.
    clients = {"anonymous": Client(raise_request_exception=False)}
    for role in ROLES[1:]:
        clients[role] = Client(raise_request_exception=False)
        clients[role].force_login(world.users[role])
    return clients


def _rows(queryset, *fields):
    return list(queryset.order_by("pk").values_list("pk", *fields))


def snapshot():
    """Everything a forbidden POST could change, as plain values."""
    return {
        "pages": _rows(
            Page.objects.all(),
            "title",
            "slug",
            "path",
            "live",
            "has_unpublished_changes",
            "latest_revision_id",
            "live_revision_id",
            "locked",
            "owner_id",
            "alias_of_id",
            "go_live_at",
        ),
        "revisions": hashlib.sha256(
            repr(_rows(Revision.objects.all(), "object_id", "content", "approved_go_live_at")).encode()
        ).hexdigest(),
        "images": _rows(
            Image.objects.all(), "title", "collection_id", "file", "focal_point_x", "description"
        ),
        "documents": _rows(Document.objects.all(), "title", "collection_id", "file"),
        "collections": _rows(Collection.objects.all(), "name", "path"),
        "users": _rows(get_user_model().objects.all(), "username", "is_superuser", "is_active", "password"),
        "memberships": sorted(get_user_model().groups.through.objects.values_list("user_id", "group_id")),
        "groups": _rows(Group.objects.all(), "name"),
        "grants": (
            GroupPagePermission.objects.count(),
            GroupCollectionPermission.objects.count(),
            Group.permissions.through.objects.count(),
        ),
        "workflow": (
            _rows(WorkflowState.objects.all(), "status"),
            _rows(TaskState.objects.all(), "status"),
            _rows(Workflow.objects.all(), "name", "active"),
            _rows(Task.objects.all(), "name", "active"),
            WorkflowTask.objects.count(),
            WorkflowPage.objects.count(),
        ),
        "sites": _rows(Site.objects.all(), "hostname", "root_page_id"),
        "redirects": _rows(Redirect.objects.all(), "old_path", "redirect_link"),
        "restrictions": PageViewRestriction.objects.count(),
        "locales": _rows(Locale.objects.all(), "language_code"),
        "translations": (_rows(Translation.objects.all(), "enabled"), StringTranslation.objects.count()),
        "snippets": (
            _rows(Craft.objects.all(), "name", "slug"),
            _rows(Material.objects.all(), "name"),
            _rows(Organisation.objects.all(), "name"),
            _rows(Registration.objects.all(), "name", "status", "attended"),
            _rows(Certificate.objects.all(), "revoked"),
        ),
    }


def crafted_post(world):
    """One POST that carries what each kind of admin form writes: a page, an image, a user, a snippet."""
    return {
        "title": "PWNED",
        "slug": "pwned",
        "intro": "PWNED",
        "summary": "PWNED",
        "date": "2026-11-21",
        "name": "PWNED",
        "username": "pwned",
        "email": "pwned@example.org",
        "is_superuser": "on",
        "groups": [Group.objects.get(name="Site administrators").pk],
        "collection": Collection.get_first_root_node().pk,
        "new_parent_page": world.homes["ar"].pk,
        "action-publish": "1",
        "action-submit": "1",
        "comment": "PWNED",
        "reason": "PWNED",
        "restriction_type": "password",
        "password": "pwned-pwned-1",
        "hostname": "pwned.example",
        "root_page": world.homes["ar"].pk,
        "language_code": "de",
        "locales": [Locale.objects.get(language_code="fr").pk],
    }


def secrets_hidden_from(world, role):
    hidden = [
        secret for (section, lang), secret in world.secrets.items() if not in_scope(role, section, lang)
    ]
    if role not in REGISTRATION_READERS:
        hidden += [REGISTRANT, REGISTRANT_EMAIL]
    return hidden


def body(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode(errors="replace")


def denied(response):
    """Refused, not found, or sent elsewhere (the login, the dashboard, back to the page with a message).

    A redirect writes nothing by itself: the snapshot proves that a refused POST
    changed nothing, and the page it redirects to is itself in the matrix.
    """
    return response.status_code in (403, 404, 405) or 300 <= response.status_code < 400


def problems_of(response, role, method, url, expected, hidden, name):
    found = []
    if response.status_code >= 500 and (name, method) not in KNOWN_SERVER_ERRORS:
        found.append(f"{role} {method} {url}: {response.status_code}")
    if expected == "deny" and not denied(response):
        found.append(f"{role} {method} {url}: {response.status_code}, expected a refusal")
    leaks = [secret for secret in hidden if secret in body(response)]
    if leaks:
        found.append(f"{role} {method} {url} shows {leaks}")
    return found


@pytest.mark.parametrize(
    ("family", "name", "kwargs", "variant"),
    CASES,
    ids=[
        f"{name}-{'-'.join(map(str, variant)) if isinstance(variant, tuple) else variant}"
        for _f, name, _k, variant in CASES
    ],
)
def test_no_role_reads_or_writes_outside_its_grant(world, clients, family, name, kwargs, variant):
    url = url_for(world, family, name, kwargs, variant)
    post = crafted_post(world)
    expected = {role: policy(role, family, name, variant) for role in ROLES}
    refused_roles = [role for role in ROLES if expected[role] == "deny"]
    allowed_roles = [role for role in ROLES if expected[role] == "may"]
    problems = []
    before = snapshot()
    for role in refused_roles:
        hidden = secrets_hidden_from(world, role)
        problems += problems_of(clients[role].get(url), role, "GET", url, "deny", hidden, name)
        problems += problems_of(clients[role].post(url, post), role, "POST", url, "deny", hidden, name)
    if refused_roles and snapshot() != before:
        problems.append(f"one of {refused_roles} changed the database through POST {url}")
    for role in allowed_roles:
        hidden = secrets_hidden_from(world, role)
        gets, posts = requests_as(role, family, allowed_roles)
        with transaction.atomic():
            if gets:
                problems += problems_of(clients[role].get(url), role, "GET", url, "may", hidden, name)
            if posts:
                problems += problems_of(clients[role].post(url, post), role, "POST", url, "may", hidden, name)
            transaction.set_rollback(True)
    assert not problems, "\n".join(problems)


def requests_as(role, family, allowed_roles):
    """``(GET?, POST?)`` for a role the URL is granted to; every refused role sends both.

    Listings and choosers are read by every role they are granted to (what they
    list depends on the role: the leak check), and POSTed to once. A URL on one
    object is requested by the least and the most privileged roles granted it.
    """
    ends = role in (allowed_roles[0], allowed_roles[-1])
    scope = FAMILIES[family][0]
    if scope in ("browse", "media_browse", "snippet"):
        return True, role == allowed_roles[0]
    if scope in ("public", "own"):
        return ends, role == allowed_roles[0]
    return ends, ends


def test_every_admin_url_is_classified():
    """A new URL under /admin/ (Wagtail, an app) must be put in a family of tests/support/admin_matrix.py."""
    assert unclassified() == []
    assert len(CASES) > 250


# --- What each role is granted: the matrix's "may" is not an empty promise ---------------------------


def edit_url(world, section, lang):
    return f"/admin/pages/{world.pages[(section, lang)].pk}/edit/"


def test_section_editors_edit_their_section_in_every_locale_and_nothing_else(world, clients):
    for role in SECTION_ROLES:
        for section in SECTION_ROLES:
            for lang in ("ar", "fr", "kab"):
                response = clients[role].get(edit_url(world, section, lang))
                if section == role:
                    assert response.status_code == 200, (role, section, lang)
                    if lang == "ar":  # a translation opens wagtail-localize's editor (segments, not fields)
                        assert world.secrets[(section, lang)] in body(response)
                else:
                    assert denied(response), (role, section, lang, response.status_code)


def test_translators_edit_their_locale_only(world, clients):
    for role, lang in TRANSLATOR_LANG.items():
        for other in ("fr", "zgh", "ar"):
            response = clients[role].get(edit_url(world, "events", other))
            assert (response.status_code == 200) == (other == lang), (role, other, response.status_code)


def test_a_moderator_approves_what_an_editor_submitted(world, clients):
    page, task_state = world.pages[("news", "ar")], world.task_state
    url = f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/"
    assert denied(clients["news"].post(url, {"comment": ""}))
    assert Page.objects.get(pk=page.pk).live_revision_id != world.revisions[("news", "ar")][1].pk

    response = clients["moderator"].post(url, {"comment": "ok"})

    assert response.status_code in (200, 302), response.status_code
    assert Page.objects.get(pk=page.pk).live_revision_id == world.revisions[("news", "ar")][1].pk


def test_uploaders_edit_their_own_media_and_choose_everyone_elses(world, clients):
    editor = clients["news"]
    own, colleagues = world.images[("news", "news")], world.images[("news", "moderator")]
    assert editor.get(f"/admin/images/{own.pk}/").status_code == 200
    assert denied(editor.get(f"/admin/images/{colleagues.pk}/"))
    assert denied(editor.post(f"/admin/images/{colleagues.pk}/delete/"))
    assert Image.objects.filter(pk=colleagues.pk).exists()
    chooser = editor.get("/admin/images/chooser/")
    assert chooser.status_code == 200 and colleagues.title in body(chooser)
    document = world.documents[("news", "moderator")]
    assert denied(editor.post(f"/admin/documents/delete/{document.pk}/"))
    assert Document.objects.filter(pk=document.pk).exists()


def test_course_registrants_are_shown_to_the_programme_editors_only(world, clients):
    url = "/admin/snippets/choose/training/registration/"
    assert REGISTRANT in body(clients["programme"].get(url))
    for role in ("news", "tr_fr", "moderator"):
        response = clients[role].get(url)
        assert denied(response) and REGISTRANT not in body(response), role
