"""Each editorial role end to end through the Wagtail admin (Django test client).

A news editor writes and submits, a moderator approves or asks for changes, a
translator edits their locale only, nobody but the moderators publishes;
images stay in their role's collections and need alt text before publishing.
"""

from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Collection, Page, WorkflowState
from wagtail.users.models import UserProfile

from portal.events.models import EventPage
from portal.news.models import NewsPage
from tests.support.editorial import home, image, member, news_form, sections

pytestmark = pytest.mark.django_db

HOST = {"HTTP_HOST": "localhost"}


@pytest.fixture
def desk(site_home):
    news, events = sections()
    return {"news": news, "events": events}


@pytest.fixture
def editor(client, desk):
    client.force_login(member("News editors", "karim"))
    return client


@pytest.fixture
def moderator(client, desk):
    return member("Moderators", "nadia")


def refused(response):
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"].rstrip("/") in ("/admin", "/admin/login")
    )


def add_url(parent, model=NewsPage):
    return reverse("wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def write(client, parent, title, slug, **kwargs):
    """Create a draft article as the page editor does; return it."""
    response = client.post(add_url(parent), news_form(title, slug, **kwargs))
    assert response.status_code == 302, response.context and response.context["form"].errors
    return NewsPage.objects.get(slug=slug, locale=parent.locale)


def post_edit(client, page, **kwargs):
    title = kwargs.pop("title", page.title)
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(edit_url(page), news_form(title, page.slug, **kwargs))


def approve(client, page, **kwargs):
    return post_edit(
        client, page, **{"action-workflow-action": "1", "workflow-action-name": "approve"}, **kwargs
    )


# --- News editor --------------------------------------------------------------------------------------


def test_a_news_editor_writes_and_submits_but_cannot_publish(editor, desk):
    page = write(editor, desk["news"]["ar"], "معرض الحرف", "craft-fair")
    assert not page.live

    form = editor.get(edit_url(page)).content.decode()
    assert 'name="action-submit"' in form
    assert 'name="action-publish"' not in form

    response = post_edit(editor, page, **{"action-publish": "1"})  # a forged publish saves a draft
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live and page.has_unpublished_changes

    response = post_edit(editor, page, **{"action-submit": "1"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert page.workflow_in_progress
    assert page.current_workflow_task.name == "Moderators approval"


def test_a_news_editor_writes_in_every_locale_but_never_in_events(editor, desk):
    for lang in ("fr", "en", "zgh", "kab"):
        assert editor.get(add_url(desk["news"][lang])).status_code == 200, lang
    events = desk["events"]["ar"]
    assert refused(editor.get(add_url(events, EventPage)))
    assert refused(editor.get(edit_url(events)))
    assert refused(editor.get(edit_url(home("ar"))))


def test_preview_and_revisions_work_for_the_editor(editor, desk):
    page = write(editor, desk["news"]["ar"], "مسودة", "draft-preview")
    post_edit(editor, page, title="مسودة ثانية")

    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    assert editor.post(preview_url, news_form("معاينة", page.slug)).json()["is_valid"] is True
    preview = editor.get(preview_url)
    assert preview.status_code == 200 and "معاينة" in preview.content.decode()
    assert page.revisions.count() == 2
    assert editor.get(reverse("wagtailadmin_pages:history", args=[page.pk])).status_code == 200


# --- Moderator --------------------------------------------------------------------------------------


def test_the_moderator_approves_and_the_article_goes_live_on_the_home_page(client, editor, desk, moderator):
    page = write(editor, desk["news"]["ar"], "افتتاح أسبوع الصناعة التقليدية", "week-opens")
    post_edit(editor, page, **{"action-submit": "1"})

    client.force_login(moderator)
    response = approve(client, page)

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and not page.workflow_in_progress
    client.logout()
    assert client.get(page.url, **HOST).status_code == 200
    assert "افتتاح أسبوع الصناعة التقليدية" in client.get("/ar/", **HOST).content.decode()


def test_the_moderator_asks_for_changes_with_a_comment(client, editor, desk, moderator):
    page = write(editor, desk["news"]["ar"], "خبر ناقص", "incomplete")
    post_edit(editor, page, **{"action-submit": "1"})
    task_state = page.current_workflow_task_state

    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk])
    response = client.post(url, {"comment": "أضف مصدر الخبر"})

    assert response.status_code in (200, 302)
    task_state.refresh_from_db()
    assert task_state.status == "rejected" and task_state.comment == "أضف مصدر الخبر"
    page.refresh_from_db()
    assert not page.live
    assert page.workflow_states.get().status == WorkflowState.STATUS_NEEDS_CHANGES


def test_a_scheduled_article_goes_live_at_its_date(client, editor, desk, moderator):
    page = write(editor, desk["news"]["ar"], "خبر مجدول", "scheduled")
    go_live = timezone.localtime() + timedelta(days=1)
    post_edit(editor, page, **{"action-submit": "1", "go_live_at": go_live.strftime("%Y-%m-%d %H:%M")})

    client.force_login(moderator)
    approve(client, page, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))

    page.refresh_from_db()
    assert not page.live
    assert page.scheduled_revision is not None
    call_command("publish_scheduled")  # the README's cron job, before the date: nothing
    page.refresh_from_db()
    assert not page.live
    with mock.patch("django.utils.timezone.now", return_value=go_live + timedelta(minutes=5)):
        call_command("publish_scheduled")  # the next day
    page.refresh_from_db()
    assert page.live


# --- Translator -------------------------------------------------------------------------------------


def test_a_translator_edits_their_locale_only_and_cannot_publish(client, desk):
    translator = member("Translators (French)", "helene")
    client.force_login(translator)

    assert client.get(edit_url(desk["news"]["fr"])).status_code == 200
    assert client.get(edit_url(home("fr"))).status_code == 200  # wagtail-localize's editor
    for lang in ("ar", "en", "zgh", "kab"):
        assert refused(client.get(edit_url(desk["news"][lang]))), lang
        assert refused(client.get(edit_url(home(lang)))), lang
    assert refused(client.get(add_url(desk["news"]["ar"])))

    perms = home("fr").permissions_for_user(translator)
    assert perms.can_edit() and not perms.can_publish()
    for lang in ("ar", "fr", "en"):
        assert not desk["news"][lang].permissions_for_user(translator).can_publish()


def test_a_translator_cannot_publish_through_wagtail_localize(client, desk):
    from wagtail_localize.models import Translation

    client.force_login(member("Translators (French)", "helene"))
    fr_home = home("fr")
    translation = Translation.objects.get(
        source__object_id=fr_home.translation_key, target_locale=fr_home.locale
    )
    before = Page.objects.get(pk=fr_home.pk).latest_revision_id

    response = client.post(edit_url(fr_home), {"action": "publish"})

    assert refused(response)
    assert Page.objects.get(pk=fr_home.pk).latest_revision_id == before
    assert translation.target_locale.language_code == "fr"


# --- Collections and alt text -------------------------------------------------------------------------


def test_a_news_editor_changes_only_the_images_they_uploaded(editor, desk):
    karim = get_user_model().objects.get(username="karim")
    ours = image("ours", "News", description="a")
    ours.uploaded_by_user = karim
    ours.save()
    colleague = image("a colleague's", "News", description="c")  # same collection, someone else's
    theirs = image("theirs", "Events", description="b")

    assert editor.get(reverse("wagtailimages:edit", args=[ours.pk])).status_code == 200
    for other in (colleague, theirs):
        assert refused(editor.get(reverse("wagtailimages:edit", args=[other.pk])))
        response = editor.post(
            reverse("wagtailimages:edit", args=[other.pk]), {"title": "hijacked", "description": "x"}
        )
        assert refused(response)
        assert refused(editor.post(reverse("wagtailimages:delete", args=[other.pk])))
        other.refresh_from_db()
        assert other.title in ("theirs", "a colleague's")
    # They may still choose it for a page (choose is granted on every collection).
    assert editor.get(reverse("wagtailimages_chooser:choose")).status_code == 200


def test_the_image_form_requires_alt_text(editor, desk):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images.tests.utils import get_test_image_file

    def upload():
        return SimpleUploadedFile("pot.png", get_test_image_file().file.getvalue(), content_type="image/png")

    url = reverse("wagtailimages:add")
    news = Collection.objects.get(name="News")
    response = editor.post(
        url, {"title": "no alt", "description": " ", "collection": news.pk, "file": upload()}
    )
    assert response.status_code == 200
    assert "description" in response.context["form"].errors
    assert "النص البديل (الوصف)" in response.content.decode()  # the field's label, in the editor's Arabic

    response = editor.post(
        url,
        {"title": "with alt", "description": "إناء فخاري", "collection": news.pk, "file": upload()},
    )
    assert response.status_code == 302

    # The multiple uploader's first step sends the file alone; the alt text comes in its second step.
    multiple = editor.post(
        reverse("wagtailimages:add_multiple"), {"files[]": upload(), "collection": news.pk}
    )
    assert multiple.json()["success"] is True
    edit_step = editor.post(
        reverse("wagtailimages:edit_multiple", args=[multiple.json()["image_id"]]),
        {
            f"image-{multiple.json()['image_id']}-{name}": value
            for name, value in {"title": "pot", "description": "", "collection": news.pk}.items()
        },
    )
    assert edit_step.json()["success"] is False


@pytest.mark.parametrize(
    ("lang", "message"), [("ar", "أضف نصًا بديلًا"), ("fr", "Ajoutez un texte alternatif")]
)
def test_no_publishing_while_an_image_lacks_alt_text(client, editor, desk, moderator, lang, message):
    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = lang
    profile.save()
    hero = image("hero without alt", "News")
    inline = image("body picture without alt", "News")
    page = write(
        editor, desk["news"]["ar"], "خبر مصور", "pictured", hero=hero, body_image=inline
    )  # a draft is fine

    response = post_edit(editor, page, hero=hero, body_image=inline, **{"action-submit": "1"})
    assert response.status_code == 200
    assert "hero without alt" in response.content.decode()
    page.refresh_from_db()
    assert not page.workflow_in_progress

    hero.description = "إناء من الفخار"
    hero.save()
    inline.description = "حرفية تنسج زربية"
    inline.save()
    assert post_edit(editor, page, hero=hero, body_image=inline, **{"action-submit": "1"}).status_code == 302

    # Someone empties an alt text while the article waits: the moderator's approval is refused too.
    hero.description = ""
    hero.save()
    client.force_login(moderator)
    response = approve(client, page, hero=hero, body_image=inline)
    assert response.status_code == 200
    assert message in response.content.decode()
    page.refresh_from_db()
    assert not page.live
