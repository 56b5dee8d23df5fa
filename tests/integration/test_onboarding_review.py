"""Staff review of applications: filters, approve (one transaction), reject, ask for more, who may."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from oscar.core.loading import get_model

from portal.taxonomy.models import Craft
from shop.artisans.models import ArtisanProfile
from shop.onboarding import approval
from shop.onboarding.models import Application
from tests.factories.shop import UserFactory
from tests.support.onboarding import make_craft

pytestmark = pytest.mark.django_db

Partner = get_model("partner", "Partner")
User = get_user_model()
DASHBOARD = "/{lang}/shop/dashboard/applications/"


def make_application(**fields):
    values = {
        "name": "Fatima Zahra Alaoui",
        "kind": Application.Kind.INDIVIDUAL,
        "workshop_name": "Atelier Safi",
        "region_code": "MA-07",
        "phone": "+212612345678",
        "email": "fatima@example.test",
        "register_number": "AR-2024-0042",
        "language": "ar",
        **fields,
    }
    values.setdefault("register_key", re.sub(r"\W", "", values["register_number"]).upper())
    crafts = values.pop("crafts", ["pottery-ceramics"])
    application = Application.objects.create(**values)
    application.crafts.set(Craft.objects.filter(slug__in=crafts))
    return application


@pytest.fixture
def staff(client):
    user = UserFactory(username="staff", is_staff=True)
    client.force_login(user)
    return user


@pytest.fixture
def applications():
    make_craft("pottery-ceramics", {"ar": "الفخار", "fr": "Poterie"})
    make_craft("textiles", {"ar": "المنسوجات", "fr": "Textiles"})
    return {
        "fatima": make_application(),
        "yacine": make_application(
            name="Yacine Amrani",
            phone="+212661234567",
            register_number="RN-77",
            region_code="MA-03",
            crafts=["textiles"],
            state=Application.State.MORE_INFO,
            language="fr",
        ),
        "tafsut": make_application(
            name="Coopérative Tafsut",
            kind=Application.Kind.COOPERATIVE,
            workshop_name="Coopérative Tafsut",
            phone="+212700112233",
            register_number="COOP-9",
            region_code="MA-09",
            crafts=["textiles", "pottery-ceramics"],
            email="",
            language="fr",
        ),
    }


def listed(client, lang="fr", **params):
    response = client.get(DASHBOARD.format(lang=lang), params)
    assert response.status_code == 200
    return {application.name for application in response.context["applications"]}


def test_staff_list_every_application_in_arabic_and_french(client, staff, applications):
    assert listed(client, "ar") == {"Fatima Zahra Alaoui", "Yacine Amrani", "Coopérative Tafsut"}
    assert "طلبات الحرفيين" in client.get(DASHBOARD.format(lang="ar")).content.decode()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"state": "more_info"}, {"Yacine Amrani"}),
        ({"region": "MA-09"}, {"Coopérative Tafsut"}),
        ({"craft": "textiles"}, {"Yacine Amrani", "Coopérative Tafsut"}),
        ({"craft": "pottery-ceramics", "state": "submitted"}, {"Fatima Zahra Alaoui", "Coopérative Tafsut"}),
        ({"q": "amrani"}, {"Yacine Amrani"}),
        ({"q": "06 61 23 45 67"}, {"Yacine Amrani"}),
        ({"q": "coop 9"}, {"Coopérative Tafsut"}),
        ({"submitted_from": "2000-01-01", "submitted_to": "2000-12-31"}, set()),
        ({"submitted_from": "2000-01-01"}, {"Fatima Zahra Alaoui", "Yacine Amrani", "Coopérative Tafsut"}),
    ],
)
def test_staff_filter_the_list(client, staff, applications, params, expected):
    assert listed(client, **params) == expected


def test_the_detail_page_shows_the_application(client, staff, applications):
    fatima = applications["fatima"]

    response = client.get(f"{DASHBOARD.format(lang='fr')}{fatima.pk}/")

    body = response.content.decode()
    assert response.status_code == 200
    assert "+212612345678" in body
    assert "Marrakech-Safi" in body
    assert "Poterie" in body
    assert 'id="approve-form"' in body


@pytest.mark.parametrize("who", ["anonymous", "customer", "artisan"])
def test_only_staff_reach_the_review_screens(client, applications, who):
    if who != "anonymous":
        user = UserFactory(username=who)
        if who == "artisan":
            group = approval.dashboard_group(applications["fatima"])
            user.groups.add(group)
        client.force_login(user)
    fatima = applications["fatima"]
    base = DASHBOARD.format(lang="fr")

    for url in (base, f"{base}{fatima.pk}/"):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert "Fatima" not in response.content.decode()
    for action in ("approve", "reject", "more"):
        response = client.post(f"{base}{fatima.pk}/{action}/", {"reject-message": "x", "more-message": "x"})
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert "/login/" in response["Location"]
    fatima.refresh_from_db()
    assert fatima.state == Application.State.SUBMITTED
    assert not Partner.objects.exists()


def approve(client, application, lang="fr"):
    return client.post(f"{DASHBOARD.format(lang=lang)}{application.pk}/approve/")


def test_approving_creates_user_partner_and_dashboard_access_and_tells_the_applicant_in_arabic(
    client, staff, applications, django_capture_on_commit_callbacks
):
    fatima = applications["fatima"]

    with django_capture_on_commit_callbacks(execute=True):
        response = approve(client, fatima, lang="fr")  # staff work in French, the applicant wrote in Arabic

    assert response.status_code == 302
    fatima.refresh_from_db()
    assert fatima.state == Application.State.APPROVED
    assert fatima.reviewed_by == staff
    user, partner = fatima.user, fatima.partner
    assert user.email == "fatima@example.test"
    assert not user.has_usable_password()
    assert not user.is_staff
    assert partner.name == "Atelier Safi"
    assert list(partner.users.all()) == [user]
    assert list(user.groups.values_list("name", flat=True)) == ["Artisans"]
    assert user.has_perm("partner.dashboard_access")
    (message,) = mail.outbox
    assert message.to == ["fatima@example.test"]
    assert message.subject == "حرفة: تم قبول طلبك"
    assert "/ar/shop/password-reset/confirm/" in message.body


def test_a_cooperative_gets_the_cooperative_managers_group(client, staff, applications):
    approve(client, applications["tafsut"])

    tafsut = Application.objects.get(pk=applications["tafsut"].pk)
    assert list(tafsut.user.groups.values_list("name", flat=True)) == ["Cooperative managers"]
    assert tafsut.user.has_perm("partner.dashboard_access")
    assert mail.outbox == []  # no e-mail given: the status page carries the news


def test_the_approved_artisan_sets_a_password_and_signs_in_to_the_dashboard(
    client, staff, applications, django_capture_on_commit_callbacks
):
    fatima = applications["fatima"]
    with django_capture_on_commit_callbacks(execute=True):
        approve(client, fatima)
    client.logout()
    link = re.search(r"https?://[^/]+(/ar/shop/password-reset/confirm/\S+/)", mail.outbox[0].body).group(1)

    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    set_password_url = form_page.redirect_chain[-1][0]
    done = client.post(
        set_password_url, {"new_password1": "tajine-de-safi-2974", "new_password2": "tajine-de-safi-2974"}
    )
    assert done.status_code == 302

    login = client.post(
        "/fr/shop/dashboard/login/",
        {"username": "fatima@example.test", "password": "tajine-de-safi-2974"},
    )
    assert login.status_code == 302
    assert client.get("/fr/shop/dashboard/").status_code == 200
    # The link worked once: it is dead now.
    client.logout()
    assert client.get(link, follow=True).context["validlink"] is False


def test_the_status_page_offers_the_set_password_link_while_no_password_is_set(client, staff, applications):
    tafsut = applications["tafsut"]
    approve(client, tafsut)
    client.logout()

    page = client.get(f"/fr/shop/apply/status/{tafsut.token}/").content.decode()

    assert "Acceptée" in page
    assert "/fr/shop/password-reset/confirm/" in page


def test_approving_twice_does_nothing_the_second_time(client, staff, applications):
    fatima = applications["fatima"]
    approve(client, fatima)

    response = approve(client, fatima)

    assert response.status_code == 302
    assert Partner.objects.count() == 1
    assert User.objects.filter(email="fatima@example.test").count() == 1
    assert approval.approve(fatima, staff) is False


def test_a_failure_during_approval_leaves_nothing_behind(staff, applications, monkeypatch):
    def broken_partner(application, user):
        raise RuntimeError("partner creation failed")

    monkeypatch.setattr(approval, "create_partner", broken_partner)
    fatima = applications["fatima"]

    with pytest.raises(RuntimeError):
        approval.approve(fatima, staff)

    fatima.refresh_from_db()
    assert fatima.state == Application.State.SUBMITTED
    assert fatima.user is None
    assert not User.objects.filter(email="fatima@example.test").exists()
    assert not Partner.objects.exists()


def test_a_failing_storefront_also_undoes_user_and_partner(staff, applications, monkeypatch):
    monkeypatch.setattr(approval, "create_storefront", lambda application, partner: 1 / 0)

    with pytest.raises(ZeroDivisionError):
        approval.approve(applications["fatima"], staff)

    assert not User.objects.filter(email="fatima@example.test").exists()
    assert not Partner.objects.exists()
    assert not User.objects.filter(groups__name="Artisans").exists()


def test_an_email_already_used_by_an_account_is_explained_to_staff(client, staff, applications):
    UserFactory(username="someone", email="fatima@example.test")

    response = client.post(f"{DASHBOARD.format(lang='fr')}{applications['fatima'].pk}/approve/", follow=True)

    assert "fatima@example.test" in response.content.decode()
    assert not Partner.objects.exists()
    assert Application.objects.get(pk=applications["fatima"].pk).state == Application.State.SUBMITTED


def test_rejecting_needs_a_reason(client, staff, applications):
    fatima = applications["fatima"]

    response = client.post(f"{DASHBOARD.format(lang='fr')}{fatima.pk}/reject/", {"reject-message": "  "})

    assert response.status_code == 400
    assert response.context["reject_form"].errors["message"]
    fatima.refresh_from_db()
    assert fatima.state == Application.State.SUBMITTED


def test_rejecting_with_a_reason_tells_the_applicant(
    client, staff, applications, django_capture_on_commit_callbacks
):
    yacine = applications["yacine"]

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"{DASHBOARD.format(lang='ar')}{yacine.pk}/reject/",
            {"reject-message": "Le numéro de registre ne correspond à aucun artisan."},
        )

    yacine.refresh_from_db()
    assert yacine.state == Application.State.REJECTED
    (message,) = mail.outbox
    assert message.subject == "Hirfa : réponse à votre candidature"  # his language, not the staff's
    assert "ne correspond à aucun artisan" in message.body
    page = client.get(f"/fr/shop/apply/status/{yacine.token}/").content.decode()
    assert "Refusée" in page
    assert "ne correspond à aucun artisan" in page
    assert not Partner.objects.exists()


def test_asking_for_more_needs_a_message(client, staff, applications):
    response = client.post(f"{DASHBOARD.format(lang='fr')}{applications['fatima'].pk}/more/", {})

    assert response.status_code == 400
    assert Application.objects.get(pk=applications["fatima"].pk).state == Application.State.SUBMITTED


def test_ask_for_more_then_the_applicant_updates_from_the_status_page(
    client, staff, applications, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    fatima = applications["fatima"]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"{DASHBOARD.format(lang='fr')}{fatima.pk}/more/",
            {"more-message": "Envoyez une photo de vos poteries."},
        )
    assert mail.outbox[0].subject == "حرفة: نحتاج إلى معلومات إضافية عن طلبك"
    client.logout()
    status_url = f"/ar/shop/apply/status/{fatima.token}/"
    page = client.get(status_url)
    assert "Envoyez une photo de vos poteries." in page.content.decode()
    assert page.context["form"]["name"].value() == "Fatima Zahra Alaoui"

    from tests.support.onboarding import application_data, photo

    data = application_data(
        phone="+212612345678",
        story="Je tourne des tajines à Safi.",
        crafts=["pottery-ceramics", "textiles"],
        applicant_note="Voici la photo de mes tajines.",
        photo=photo("tajines.jpg"),
    )
    response = client.post(status_url, data)

    assert response.status_code == 302
    fatima.refresh_from_db()
    assert fatima.state == Application.State.SUBMITTED
    assert fatima.applicant_note == "Voici la photo de mes tajines."
    assert fatima.story == "Je tourne des tajines à Safi."
    assert set(fatima.crafts.values_list("slug", flat=True)) == {"pottery-ceramics", "textiles"}
    assert fatima.photo
    assert fatima.language == "ar"  # the application's language stays the applicant's


def test_the_status_page_cannot_be_changed_unless_more_is_asked(client, applications):
    fatima = applications["fatima"]

    response = client.post(f"/fr/shop/apply/status/{fatima.token}/", {"name": "Someone else"})

    assert response.status_code == 302
    fatima.refresh_from_db()
    assert fatima.name == "Fatima Zahra Alaoui"
    assert "form" not in client.get(f"/fr/shop/apply/status/{fatima.token}/").context


def test_a_wrong_token_is_a_404(client, applications):
    assert client.get("/fr/shop/apply/status/not-the-token/").status_code == 404
    token = applications["fatima"].token
    assert client.get(f"/fr/shop/apply/status/{token[:-1]}x/").status_code == 404
    assert client.get(f"/ar/shop/apply/status/{token}/").status_code == 200


def test_the_status_page_speaks_the_language_of_its_link(client, applications):
    page = client.get(f"/ar/shop/apply/status/{applications['yacine'].token}/").content.decode()

    assert "مطلوب معلومات إضافية" in page


def test_approval_opens_the_storefront_from_the_application(
    client, staff, applications, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    from tests.support.onboarding import photo

    fatima = applications["fatima"]
    fatima.story = "تعلمت الفخار من أمي في آسفي."
    fatima.photo.save("atelier.jpg", photo(), save=True)

    with django_capture_on_commit_callbacks(execute=True):
        approve(client, fatima)

    fatima.refresh_from_db()
    profile = ArtisanProfile.objects.get(partner=fatima.partner)
    assert (profile.name, profile.workshop, profile.region, profile.kind) == (
        "Fatima Zahra Alaoui",
        "Atelier Safi",
        "MA-07",
        ArtisanProfile.Kind.INDIVIDUAL,
    )
    assert profile.story_ar == "تعلمت الفخار من أمي في آسفي." and not profile.story_fr
    assert (profile.phone, profile.email) == ("+212612345678", "fatima@example.test")
    assert not profile.show_phone and not profile.show_email
    assert profile.photo and profile.photo.name != fatima.photo.name  # a copy: the application keeps its own
    client.logout()
    page = client.get(f"/ar/shop/artisans/{profile.slug}/")
    assert page.status_code == 200
    body = page.content.decode()
    assert "تعلمت الفخار من أمي في آسفي." in body
    assert "612345678" not in body and "fatima@example.test" not in body  # no opt-in: no raw contact
    storefront = f"/ar/shop/artisans/{profile.slug}/"
    assert storefront in mail.outbox[0].body
    status = client.get(f"/ar/shop/apply/status/{fatima.token}/").content.decode()
    assert f'href="{storefront}"' in status


def test_a_cooperative_gets_a_cooperative_storefront(client, staff, applications):
    approve(client, applications["tafsut"])

    profile = ArtisanProfile.objects.get(partner__name="Coopérative Tafsut")
    assert profile.kind == ArtisanProfile.Kind.COOPERATIVE
    assert profile.story_fr == "" and profile.region == "MA-09"


def test_a_failing_profile_creation_undoes_the_whole_approval(client, staff, applications, monkeypatch):
    def broken_save(profile, *args, **kwargs):
        raise RuntimeError("profile creation failed")

    monkeypatch.setattr(ArtisanProfile, "save", broken_save)
    fatima = applications["fatima"]

    with pytest.raises(RuntimeError):
        approval.approve(fatima, staff)

    fatima.refresh_from_db()
    assert fatima.state == Application.State.SUBMITTED
    assert not User.objects.filter(email="fatima@example.test").exists()
    assert not Partner.objects.exists()
    assert not ArtisanProfile.objects.exists()


def test_a_storefront_that_cannot_be_valid_is_explained_to_staff(client, staff, applications):
    fatima = applications["fatima"]
    Application.objects.filter(pk=fatima.pk).update(region_code="XX-99")

    response = client.post(f"{DASHBOARD.format(lang='fr')}{fatima.pk}/approve/", follow=True)

    assert response.status_code == 200
    assert response.context["messages"]
    assert not Partner.objects.exists() and not ArtisanProfile.objects.exists()
    assert Application.objects.get(pk=fatima.pk).state == Application.State.SUBMITTED


def test_staff_find_the_review_screens_in_the_dashboard_menu(client, staff, applications):
    page = client.get("/fr/shop/dashboard/").content.decode()

    assert 'href="/fr/shop/dashboard/applications/"' in page
    assert "Candidatures d’artisans" in page


@pytest.mark.skipif(
    not hasattr(ArtisanProfile, "crafts"), reason="ArtisanProfile.crafts comes with the back office"
)
def test_approval_gives_the_storefront_the_applications_crafts(client, staff, applications):
    approve(client, applications["tafsut"])

    profile = ArtisanProfile.objects.get(partner__name="Coopérative Tafsut")
    assert set(profile.crafts.values_list("slug", flat=True)) == {"textiles", "pottery-ceramics"}


def test_approval_gives_the_storefront_the_applicants_language(
    client, staff, applications, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        approve(client, applications["yacine"], lang="ar")  # staff work in Arabic, Yacine applied in French
    applications["yacine"].refresh_from_db()
    assert ArtisanProfile.objects.get(partner=applications["yacine"].partner).language == "fr"
