"""A course page in a browser (ar, fr): sign up (confirmed, then waiting list), verification pages."""

from portal.training.services import revoke
from tests.e2e.conftest import foreign_requests, screenshot
from tests.factories.training import certify, make_course, make_index, translate_to


def test_sign_up_and_verify_in_arabic_and_french(page, live_home, live_server):
    from wagtail.models import Site

    home = Site.objects.get(is_default_site=True).root_page.specific
    course = make_course(make_index(home), capacity=1, title="دورة تكوينية مجانية في التسويق الإلكتروني")
    fr = translate_to(
        course, "fr", {"دورة تكوينية مجانية في التسويق الإلكتروني": "Formation gratuite au e-marketing"}
    )
    past = make_course(home.get_children().get(slug="courses").specific, title="دورة سابقة", start_in=-20)

    for code, url, email in (("ar", course.url, "amira@example.test"), ("fr", fr.url, "salem@example.test")):
        page.goto(live_home + url)
        screenshot(page, f"training-course-{code}")
        page.fill("#id_name", "S")
        page.fill("#id_email", "bad")
        page.fill("#id_phone", "123")
        page.click("button[type=submit]")
        screenshot(page, f"training-registration-errors-{code}")
        page.fill("#id_name", "Amira Khenatla")
        page.fill("#id_email", email)
        page.fill("#id_phone", "06 12 34 56 78")
        page.click("button[type=submit]")
        message = page.locator(".messages").inner_text()
        screenshot(page, f"training-registration-result-{code}")
        assert ("تم تأكيد مقعدك" in message) if code == "ar" else ("liste d'attente" in message)

    valid = certify(past, "nora@example.test", language="ar", name="نورة شنوف")
    revoked = revoke(certify(past, "hocine@example.test", language="fr", name="Hocine Laamouri"), "Erreur")
    for code in ("ar", "fr"):
        page.goto(f"{live_home}/{code}/certificates/{valid.code}/")
        screenshot(page, f"training-verify-valid-{code}")
        page.goto(f"{live_home}/{code}/certificates/{revoked.code}/")
        screenshot(page, f"training-verify-revoked-{code}")
        assert ("ملغاة" if code == "ar" else "RÉVOQUÉE") in page.content()
    assert foreign_requests(page, live_server) == []


def test_staff_tick_attendance_and_completion_on_the_roll_in_arabic(page, live_home, live_server):
    from django.contrib.auth.models import Permission
    from django.test import Client
    from wagtail.models import Site

    from portal.training.models import Certificate
    from tests.factories.shop import UserFactory
    from tests.factories.training import sign_up

    home = Site.objects.get(is_default_site=True).root_page.specific
    course = make_course(make_index(home), start_in=-3, capacity=5)
    registration = sign_up(course, "nora@example.test", name="نورة شنوف")
    sign_up(course, "zohra@example.test", name="زهرة بن الشيخ")
    user = UserFactory(is_staff=True)
    codenames = ["access_admin", "view_registration", "mark_completion"]
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    client = Client()
    client.force_login(user)
    host = live_server.url.split("//")[1].split(":")[0]
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "domain": host, "path": "/"}]
    )
    page.context.add_cookies([{"name": "django_language", "value": "ar", "domain": host, "path": "/"}])
    from wagtail.users.models import UserProfile

    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="ar")

    page.goto(f"{live_home}/admin/training/{course.pk}/roll/")
    page.check(f"input[name=completed][value='{registration.pk}']")
    screenshot(page, "training-admin-roll-ar")
    with page.expect_navigation():
        page.click("form button.button[type=submit]")
    screenshot(page, "training-admin-roll-saved-ar")
    assert Certificate.objects.get().registration == registration
