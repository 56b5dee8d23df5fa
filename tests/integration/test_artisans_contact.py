"""Writing to an artisan through the platform: stored, e-mailed to them, refused with a clear message."""

import pytest
from django.core.cache import cache

from shop.artisans.contact import MESSAGES_PER_HOUR
from shop.artisans.models import ArtisanMessage
from tests.factories.artisans import make_profile

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Amina",
    "email": "amina@example.test",
    "phone": "",
    "message": "Bonjour, faites-vous des coussins ?",
}


@pytest.fixture
def profile(site_home):
    cache.clear()
    return make_profile("Khadija Amrani", email="khadija@example.test", phone="+212612345678")


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """POST the contact form; the e-mail leaves after the commit, as in production."""

    def send(client, profile, lang="fr", **fields):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/{lang}/shop/artisans/{profile.slug}/", {**VALID, **fields})

    return send


def test_a_valid_message_is_stored_and_mailed_to_the_artisan_in_their_language(
    client, profile, post, mailoutbox
):
    response = post(client, profile)
    assert response.status_code == 302 and response["Location"].endswith(
        f"/fr/shop/artisans/{profile.slug}/#contact"
    )
    message = ArtisanMessage.objects.get()
    assert (message.profile, message.name, message.email, message.language) == (
        profile,
        "Amina",
        "amina@example.test",
        "fr",
    )
    assert len(mailoutbox) == 1
    email = mailoutbox[0]
    assert email.to == ["khadija@example.test"] and email.reply_to == ["amina@example.test"]
    assert "رسالة من Amina" in email.subject  # the artisan's language (the default: Arabic)
    assert "Bonjour, faites-vous des coussins ?" in email.body
    page = client.get(response["Location"]).content.decode()
    assert "Votre message a été envoyé à Khadija Amrani." in page


def test_a_phone_alone_is_enough_and_is_stored_in_international_form(client, profile, post, mailoutbox):
    assert post(client, profile, email="", phone="06 12 34 56 78").status_code == 302
    message = ArtisanMessage.objects.get()
    assert message.phone == "+212612345678" and message.email == ""
    assert mailoutbox[0].reply_to == []


def test_without_any_way_to_answer_the_message_is_refused_in_french(client, profile, post, mailoutbox):
    response = post(client, profile, email="", phone="")
    assert response.status_code == 400
    assert "Donnez un e-mail ou un numéro de téléphone" in response.content.decode()
    assert not ArtisanMessage.objects.exists() and mailoutbox == []


@pytest.mark.parametrize(
    "fields, error",
    [
        ({"phone": "12", "email": ""}, "أدخل رقم هاتف صحيحًا"),
        ({"email": "not-an-address"}, "أدخِل عنوان بريد إلكتروني صحيح"),
        ({"message": "short"}, "10 أحرف"),
        ({"name": ""}, "هذا الحقل مطلوب"),
    ],
)
def test_invalid_fields_are_refused_in_arabic_with_nothing_written(
    client, profile, post, mailoutbox, fields, error
):
    response = post(client, profile, lang="ar", **fields)
    html = response.content.decode()
    assert response.status_code == 400 and 'dir="rtl"' in html
    assert error in html
    assert not ArtisanMessage.objects.exists() and mailoutbox == []


def test_a_robot_filling_the_hidden_field_is_thanked_but_nothing_is_stored_or_sent(
    client, profile, post, mailoutbox
):
    assert post(client, profile, website="http://spam.example").status_code == 302
    assert not ArtisanMessage.objects.exists() and mailoutbox == []


def test_a_visitor_sending_too_many_messages_is_asked_to_wait(client, profile, post, mailoutbox):
    for _n in range(MESSAGES_PER_HOUR):
        assert post(client, profile).status_code == 302
    response = post(client, profile)
    assert response.status_code == 400 and "Réessayez dans une heure" in response.content.decode()
    assert ArtisanMessage.objects.count() == MESSAGES_PER_HOUR


def test_without_a_profile_email_the_message_goes_to_the_partners_login(client, profile, post, mailoutbox):
    from tests.factories.shop import UserFactory

    profile.email = ""
    profile.save()
    profile.partner.users.add(UserFactory(username="khadija", email="login@example.test"))
    assert post(client, profile).status_code == 302
    assert mailoutbox[0].to == ["login@example.test"]


def test_an_artisan_who_works_in_french_is_written_to_in_french(client, profile, post, mailoutbox):
    profile.language = "fr"
    profile.save(update_fields=["language"])
    post(client, profile, lang="ar")
    assert "un message de Amina" in mailoutbox[0].subject
