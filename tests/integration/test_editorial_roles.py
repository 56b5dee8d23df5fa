"""setup_site creates the editorial roles: groups, section grants in every locale, collections, workflow."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
)

from tests.support.editorial import LANGS, home, member, run_setup, sections

pytestmark = pytest.mark.django_db

# Written out here, not imported: the test says what each role may do.
TRANSLATORS = {
    "fr": "Translators (French)",
    "en": "Translators (English)",
    "zgh": "Translators (Standard Moroccan Tamazight)",
    "kab": "Translators (Kabyle)",
}
SECTION_MODEL_PERMISSIONS = {"wagtailadmin.access_admin", "taxonomy.view_craft", "taxonomy.view_material"}


def model_permissions(group_name):
    held = Group.objects.get(name=group_name).permissions.select_related("content_type")
    return {f"{p.content_type.app_label}.{p.codename}" for p in held}


def page_grants(group_name):
    rows = GroupPagePermission.objects.filter(group__name=group_name).select_related("page", "permission")
    return {(row.page_id, row.permission.codename.removesuffix("_page")) for row in rows}


def collection_grants(group_name):
    rows = GroupCollectionPermission.objects.filter(group__name=group_name).select_related(
        "collection", "permission"
    )
    return {(row.collection.name, row.permission.codename) for row in rows}


def refused(response):
    """Wagtail answers PermissionDenied in its admin with a redirect to the dashboard (or a 403)."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def counts():
    models = (Group, Group.permissions.through, GroupPagePermission, GroupCollectionPermission)
    models += (Collection, Workflow, WorkflowPage)
    return {model.__name__: model.objects.count() for model in models}


def test_every_role_is_a_group(site_home):
    names = set(Group.objects.values_list("name", flat=True))
    expected = {"News editors", "Events editors", "Programme editors", "Moderators", "Site administrators"}
    assert expected | set(TRANSLATORS.values()) <= names
    assert "Translators (Arabic)" not in names  # Arabic is the source language


def test_section_editors_get_their_index_pages_in_every_locale_once_they_exist(site_home):
    assert page_grants("News editors") == set()  # no news index yet: nothing to grant

    news, events = sections()

    assert page_grants("News editors") == {
        (news[lang].pk, kind) for lang in LANGS for kind in ("add", "change")
    }
    assert page_grants("Events editors") == {
        (events[lang].pk, kind) for lang in LANGS for kind in ("add", "change")
    }
    # No registry, masters, programme or courses index exists yet: nothing granted, no error.
    assert page_grants("Programme editors") == set()
    for group in ("News editors", "Events editors", "Programme editors"):
        assert model_permissions(group) >= SECTION_MODEL_PERMISSIONS
        assert not {kind for _page, kind in page_grants(group)} & {"publish", "bulk_delete", "unlock"}
    assert model_permissions("Programme editors") >= {"taxonomy.add_craft", "taxonomy.change_craft"}


def test_a_section_index_created_in_the_admin_is_granted_without_running_setup_again(site_home):
    from django.test import TestCase

    from portal.crafts.models import CraftIndexPage
    from portal.news.models import NewsIndexPage

    run_setup()
    with TestCase.captureOnCommitCallbacks(execute=True):
        news = home("ar").add_child(instance=NewsIndexPage(title="الأخبار", slug="news"))
        registry = home("ar").add_child(instance=CraftIndexPage(title="سجل الحرف", slug="crafts"))

    assert page_grants("News editors") == {(news.pk, "add"), (news.pk, "change")}
    assert page_grants("Programme editors") == {(registry.pk, "add"), (registry.pk, "change")}


def test_a_translator_may_change_their_locale_only_and_publish_nowhere(site_home):
    for lang, group in TRANSLATORS.items():
        assert page_grants(group) == {(home(lang).pk, "change")}
        assert model_permissions(group) == SECTION_MODEL_PERMISSIONS


def test_moderators_and_site_administrators_cover_the_whole_tree(site_home):
    root = Page.get_first_root_node()
    assert {(root.pk, kind) for kind in ("add", "change", "publish", "lock", "unlock")} <= page_grants(
        "Moderators"
    )
    assert "wagtail_localize.submit_translation" in model_permissions("Moderators")
    admin_grants = page_grants("Site administrators")
    assert {
        (root.pk, kind) for kind in ("add", "change", "publish", "bulk_delete", "lock", "unlock")
    } <= admin_grants
    held = model_permissions("Site administrators")
    for name in (
        "auth.change_user",
        "auth.change_group",
        "wagtailcore.change_site",
        "wagtailcore.change_locale",
        "wagtailcore.change_workflow",
        "wagtailcore.add_collection",
        "wagtailredirects.add_redirect",
        "wagtail_localize.submit_translation",
        "taxonomy.delete_craft",
    ):
        assert name in held, name


def test_collections_per_role(site_home):
    # No change/delete in their own collections either: Wagtail lets the uploader edit their own upload.
    own = {"add_image", "choose_image", "add_document", "choose_document"}
    choose_everywhere = {("Root", "choose_image"), ("Root", "choose_document")}
    assert collection_grants("News editors") == choose_everywhere | {("News", p) for p in own}
    assert collection_grants("Events editors") == choose_everywhere | {("Events", p) for p in own}
    assert collection_grants("Programme editors") == choose_everywhere | {
        (name, p) for name in ("Heritage", "Training") for p in own
    }
    assert collection_grants(TRANSLATORS["fr"]) == choose_everywhere
    assert ("Root", "delete_image") in collection_grants("Moderators")


def test_the_moderation_workflow_is_on_every_locales_home(site_home):
    for lang in LANGS:
        workflow = home(lang).get_workflow()
        assert workflow is not None and workflow.active
        assert WorkflowPage.objects.filter(page=home(lang)).exists()
        (task,) = [task.specific for task in workflow.tasks]
        assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]


def test_a_second_run_changes_nothing(site_home):
    sections()
    before = counts()
    saved = []

    def record(sender, **kwargs):
        saved.append(sender.__name__)

    post_save.connect(record, weak=False)
    try:
        results = dict(run_setup())
    finally:
        post_save.disconnect(record)

    assert counts() == before
    assert saved == []
    assert all(not created for created in results.values())


def test_a_run_keeps_what_administrators_added_and_renamed(site_home):
    news, _events = sections()
    publish = Permission.objects.get(codename="publish_page")
    GroupPagePermission.objects.create(
        group=Group.objects.get(name="News editors"), page=news["fr"], permission=publish
    )
    Group.objects.get(name="News editors").permissions.add(Permission.objects.get(codename="add_craft"))
    Collection.objects.filter(name="News").update(name="Actualités")
    other = WorkflowPage.objects.get(page=home("kab"))
    custom = Workflow.objects.create(name="Kabyle review")
    other.workflow = custom
    other.save()

    run_setup()

    assert (news["fr"].pk, "publish") in page_grants("News editors")
    assert "taxonomy.add_craft" in model_permissions("News editors")
    assert not Collection.objects.filter(name="News").exists()  # the renamed one is still theirs
    assert ("Actualités", "add_image") in collection_grants("News editors")
    assert WorkflowPage.objects.get(page=home("kab")).workflow == custom


def test_removed_roles_come_back(site_home):
    Group.objects.filter(name__in=["News editors", "Moderators", TRANSLATORS["fr"]]).delete()
    WorkflowPage.objects.filter(page=home("fr")).delete()

    run_setup()

    assert model_permissions("News editors") >= SECTION_MODEL_PERMISSIONS
    assert page_grants(TRANSLATORS["fr"]) == {(home("fr").pk, "change")}
    assert home("fr").get_workflow().tasks.get().specific.groups.get().name == "Moderators"


@pytest.mark.parametrize(
    "url",
    [
        "/admin/users/",
        "/admin/groups/",
        "/admin/sites/",
        "/admin/locales/",
        "/admin/workflows/list/",
        "/admin/collections/",
        "/admin/redirects/",
        "/admin/images/",
        "/admin/snippets/taxonomy/craft/",
    ],
)
def test_a_site_administrator_runs_the_whole_admin_without_being_superuser(site_home, client, url):
    admin = member("Site administrators", "site-admin")
    client.force_login(admin)

    assert not admin.is_superuser and not admin.is_staff
    assert client.get(url).status_code == 200


def test_a_site_administrator_cannot_make_edit_or_delete_a_superuser(site_home, client):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    root = User.objects.create_superuser("root", "root@example.org", "pw-root-1")
    editor = member("News editors", "plain-editor")
    client.force_login(member("Site administrators", "site-admin"))

    assert client.get(f"/admin/users/edit/{editor.pk}/").status_code == 200
    response = client.post(
        f"/admin/users/edit/{editor.pk}/",
        {
            "username": "plain-editor",
            "email": "e@example.org",
            "first_name": "A",
            "last_name": "B",
            "is_active": "on",
            "is_superuser": "on",
            "groups": [],
        },
    )
    assert refused(response)
    assert not User.objects.get(pk=editor.pk).is_superuser
    assert refused(client.get(f"/admin/users/edit/{root.pk}/"))
    assert refused(client.post(f"/admin/users/delete/{root.pk}/"))
    assert User.objects.filter(pk=root.pk).exists()


def test_the_owner_only_migration_takes_back_the_old_change_grant(site_home):
    """Setups before owner-only media granted section editors "change": the data migration removes it."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("portal.editorial.migrations.0001_owner_only_media")
    news = Collection.objects.get(name="News")
    change = Permission.objects.get(content_type__app_label="wagtailimages", codename="change_image")
    GroupCollectionPermission.objects.create(
        group=Group.objects.get(name="News editors"), collection=news, permission=change
    )
    moderators = collection_grants("Moderators")

    migration.owner_only_media(apps, None)

    assert ("News", "change_image") not in collection_grants("News editors")
    assert ("News", "add_image") in collection_grants("News editors")
    assert collection_grants("Moderators") == moderators
