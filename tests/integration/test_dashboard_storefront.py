"""The artisan edits their own storefront in the dashboard (shop/dashboard/storefront), in Arabic and French.

Only their own partners' storefronts (another partner's id is a 404 and
changes nothing); staff edit any; crafted ownership fields are ignored.
"""

import pytest
from django.contrib.auth.models import Permission

from shop.artisans.models import ArtisanProfile
from tests.factories.artisans import make_craft, tiny_image
from tests.factories.shop import PartnerFactory, UserFactory, make_artisan

pytestmark = pytest.mark.django_db


@pytest.fixture
def artisans(site_home):
    user_a, partner_a = make_artisan("Atelier Amal", username="amal")
    user_b, partner_b = make_artisan("Bijoux Bahia", username="bahia")
    profile_a = ArtisanProfile.objects.create(
        partner=partner_a, name="Amal", story_fr="Amal lisse le tadelakt."
    )
    profile_b = ArtisanProfile.objects.create(
        partner=partner_b, name="Bahia", story_fr="Bahia secret 7719", workshop="Atelier Zrq 3318"
    )
    return {"A": (user_a, profile_a), "B": (user_b, profile_b)}


def edit_url(lang, profile):
    return f"/{lang}/shop/dashboard/storefront/{profile.partner_id}/"


def form_data(**fields):
    return {
        "name": "Amal Tadelakt",
        "kind": ArtisanProfile.Kind.INDIVIDUAL,
        "workshop": "Dar Amal",
        "region": "MA-07",
        "story_ar": "أمل تصقل التدلاكت",
        "story_fr": "Amal polit le tadelakt.",
        "phone": "",
        "email": "",
        **fields,
    }


def test_in_arabic_the_artisan_reaches_their_storefront_arabic_text_first_and_saves_it(client, artisans):
    user, profile = artisans["A"]
    client.force_login(user)
    start = client.get("/ar/shop/dashboard/storefront/")
    assert start.status_code == 302 and start["Location"] == edit_url("ar", profile)
    html = client.get(edit_url("ar", profile)).content.decode()
    assert "واجهة Atelier Amal" in html and "احفظ واجهتي" in html
    assert html.index('name="story_ar"') < html.index('name="story_fr"') < html.index('name="story_kab"')
    pottery = make_craft("pottery-ceramics", ar="الفخار والخزف", fr="Poterie")
    other = PartnerFactory(name="Someone else")
    response = client.post(
        edit_url("ar", profile),
        form_data(crafts=[pottery.pk], partner=other.pk, slug="hijacked", is_active="", photo=tiny_image()),
        follow=True,
    )
    assert "حُفظت واجهتك." in response.content.decode()
    profile.refresh_from_db()
    assert (profile.story_ar, profile.story_fr, profile.workshop) == (
        "أمل تصقل التدلاكت",
        "Amal polit le tadelakt.",
        "Dar Amal",
    )
    assert list(profile.crafts.all()) == [pottery]
    assert profile.partner_id == artisans["A"][0].partners.get().pk and profile.slug == "amal"
    assert profile.is_active and profile.photo
    # The public storefront now names the craft in the reader's language.
    assert "الفخار والخزف" in client.get(f"/ar/shop/artisans/{profile.slug}/").content.decode()


def test_in_french_the_french_text_comes_first_and_bad_input_is_refused_in_french(client, artisans):
    user, profile = artisans["A"]
    profile.language = "fr"  # the artisan's own language orders the fields
    profile.save()
    client.force_login(user)
    html = client.get(edit_url("fr", profile)).content.decode()
    assert "Vitrine de Atelier Amal" in html
    assert html.index('name="story_fr"') < html.index('name="story_ar"')
    response = client.post(
        edit_url("fr", profile), form_data(region="XX-99", show_phone="on", story_fr="Changé")
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert "Votre vitrine n’a pas été enregistrée" in body
    profile.refresh_from_db()
    assert profile.story_fr == "Amal lisse le tadelakt."  # nothing half-written


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_an_artisan_cannot_read_or_change_another_artisans_storefront(client, artisans, lang):
    user_a, _profile_a = artisans["A"]
    _user_b, profile_b = artisans["B"]
    client.force_login(user_a)
    assert client.get(edit_url(lang, profile_b)).status_code == 404
    response = client.post(edit_url(lang, profile_b), form_data(story_fr="PWNED"))
    assert response.status_code == 404 and b"Bahia secret 7719" not in response.content
    profile_b.refresh_from_db()
    assert profile_b.story_fr == "Bahia secret 7719" and profile_b.name == "Bahia"


def test_a_user_of_several_partners_chooses_among_their_own_only(client, artisans):
    user_a, profile_a = artisans["A"]
    _user_b, profile_b = artisans["B"]
    second = PartnerFactory(name="Coopérative Amal")
    second.users.add(user_a)
    client.force_login(user_a)
    html = client.get("/fr/shop/dashboard/storefront/").content.decode()
    assert "Choisissez la vitrine à modifier" in html
    assert edit_url("fr", profile_a) in html and f"/storefront/{second.pk}/" in html
    assert "Bijoux Bahia" not in html
    # A partner without a storefront gets one on the first save, offline until staff put it online.
    assert (
        "Votre vitrine n’existe pas encore"
        in client.get(f"/fr/shop/dashboard/storefront/{second.pk}/").content.decode()
    )
    client.post(f"/fr/shop/dashboard/storefront/{second.pk}/", form_data(name="Coopérative Amal"))
    created = ArtisanProfile.objects.get(partner=second)
    assert not created.is_active and created.story_fr == "Amal polit le tadelakt."


def test_staff_edit_any_storefront(client, artisans):
    _user_b, profile_b = artisans["B"]
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    listing = client.get("/fr/shop/dashboard/storefront/").content.decode()
    assert "Bijoux Bahia" in listing and "Atelier Amal" in listing
    client.post(edit_url("fr", profile_b), form_data(name="Bahia", story_fr="Corrigé par l'équipe"))
    profile_b.refresh_from_db()
    assert profile_b.story_fr == "Corrigé par l'équipe"


@pytest.mark.parametrize(("lang", "label"), [("ar", "واجهتي"), ("fr", "Ma vitrine")])
def test_my_storefront_is_in_the_artisans_menu_not_in_staffs(client, artisans, lang, label):
    user_a, _profile = artisans["A"]
    client.force_login(user_a)
    menu = client.get(f"/{lang}/shop/dashboard/").content.decode()
    assert label in menu and f'href="/{lang}/shop/dashboard/storefront/"' in menu
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    assert (
        f'href="/{lang}/shop/dashboard/storefront/"'
        not in client.get(f"/{lang}/shop/dashboard/").content.decode()
    )


def test_without_dashboard_access_the_storefront_form_is_refused(client, artisans):
    user_a, profile_a = artisans["A"]
    user_a.user_permissions.remove(Permission.objects.get(codename="dashboard_access"))
    client.force_login(user_a)
    response = client.get(edit_url("fr", profile_a))
    assert response.status_code in (302, 403)


def test_the_artisan_chooses_their_language_and_their_forms_follow_it(client, artisans):
    user, profile = artisans["A"]
    client.force_login(user)
    assert client.post(edit_url("ar", profile), form_data(language="kab")).status_code == 302
    profile.refresh_from_db()
    assert profile.language == "kab"
    html = client.get(edit_url("ar", profile)).content.decode()
    assert html.index('name="story_kab"') < html.index('name="story_ar"')
    form = client.get("/ar/shop/dashboard/catalogue/products/create/handmade-craft/").context["form"]
    assert list(form.fields)[0] == "title_kab" and form.fields["title_kab"].required
