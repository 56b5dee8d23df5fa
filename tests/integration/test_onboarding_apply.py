"""The public application form: applying in Arabic and French, and every refusal with its message."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction

from shop.onboarding.forms import ApplicationForm
from shop.onboarding.models import Application
from tests.support.onboarding import application_data, make_craft, photo

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def crafts(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    make_craft("pottery-ceramics", {"ar": "الفخار", "fr": "Poterie"})
    make_craft("textiles", {"ar": "المنسوجات", "fr": "Textiles"})


def apply(client, lang="fr", **overrides):
    data = application_data(**overrides)
    data.setdefault("photo", photo())
    return client.post(f"/{lang}/shop/apply/", data)


def errors(response, field):
    assert response.status_code == 200, response.status_code
    return response.context["form"].errors.get(field, [])


@pytest.mark.parametrize(
    ("lang", "heading", "craft"),
    [("ar", "كن حرفيًا في حرفة", "الفخار"), ("fr", "Devenir artisan Hirfa", "Poterie")],
)
def test_the_form_speaks_the_visitors_language(client, lang, heading, craft):
    response = client.get(f"/{lang}/shop/apply/")

    assert response.status_code == 200
    body = response.content.decode()
    assert heading in body
    assert craft in body
    assert 'enctype="multipart/form-data"' in body
    assert "bootstrap" not in body.lower()  # the portal's light stylesheet, not Oscar's
    assert "css/onboarding.css" in body


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_applying_stores_the_application_and_shows_its_status_page(client, lang):
    response = apply(client, lang, phone="+212 6 12-34-56-78", register_number="ar 2024 0042")

    application = Application.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/{lang}/shop/apply/status/{application.token}/"
    assert application.state == Application.State.SUBMITTED
    assert application.language == lang
    assert application.phone == "+212612345678"
    assert application.register_key == "AR20240042"
    assert list(application.crafts.values_list("slug", flat=True)) == ["pottery-ceramics"]
    assert application.photo.name.startswith("applications/")
    assert len(application.token) >= 40
    assert client.get(response["Location"]).status_code == 200


def test_the_applicant_gets_the_status_link_by_email_in_their_language(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        apply(client, "ar")

    application = Application.objects.get()
    (message,) = mail.outbox
    assert message.to == ["fatima@example.test"]
    assert "استلمنا" in message.subject
    assert f"/ar/shop/apply/status/{application.token}/" in message.body


def test_without_an_email_no_mail_is_sent(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        apply(client, email="")

    assert Application.objects.count() == 1
    assert mail.outbox == []


def test_a_register_number_already_used_is_refused(client):
    apply(client)

    response = apply(client, phone="0661234567", register_number="AR 2024 0042")

    assert errors(response, "register_number") == [
        "Une candidature avec cette carte d’artisan ou ce numéro de registre est déjà en cours d’examen "
        "ou a été acceptée."
    ]
    assert Application.objects.count() == 1


def test_the_same_phone_written_another_way_is_refused(client):
    apply(client, phone="0612345678")

    response = apply(client, lang="ar", phone="+212 612 34 56 78", register_number="OTHER-1")

    assert "رقم الهاتف" in " ".join(errors(response, "phone"))
    assert Application.objects.count() == 1


def test_a_rejected_application_frees_its_phone_and_register_number(client):
    apply(client)
    Application.objects.update(state=Application.State.REJECTED)

    assert apply(client).status_code == 302
    assert Application.objects.count() == 2


def test_a_phone_of_another_country_is_refused(client):
    response = apply(client, phone="+213 551 23 45 67")

    assert errors(response, "phone") == [
        "Saisissez un numéro de mobile marocain, par exemple 06 12 34 56 78."
    ]


def test_a_fixed_line_is_refused(client):
    response = apply(client, phone="0522 22 33 44")  # Casablanca landline

    assert "fixe" in " ".join(errors(response, "phone"))


def test_a_20_mb_photo_is_refused_before_it_is_read(client, monkeypatch):
    opened = []
    monkeypatch.setattr("portal.uploads.validators.Image.open", lambda *a, **k: opened.append(a))
    heavy = SimpleUploadedFile("big.jpg", b"\xff\xd8\xff\xe0" + b"\0" * (20 * 1024 * 1024), "image/jpeg")

    response = apply(client, photo=heavy)

    assert errors(response, "photo") == [
        "Cette photo pèse 20,0\xa0Mio ; la limite est de 10,0\xa0Mio. Envoyez une photo plus légère."
    ]
    assert opened == []
    assert not Application.objects.exists()


def test_an_html_file_named_jpg_is_refused(client):
    fake = SimpleUploadedFile("photo.jpg", b"<!doctype html><script>alert(1)</script>", "image/jpeg")

    response = apply(client, lang="ar", photo=fake)

    assert errors(response, "photo") == ["هذا الملف ليس صورة بصيغة JPEG أو PNG أو WebP."]
    assert not Application.objects.exists()


def test_a_photo_with_too_many_pixels_is_refused(client):
    response = apply(client, photo=photo("wide.png", size=(6001, 2), image_format="PNG"))

    assert "6001 × 2" in " ".join(errors(response, "photo"))


def test_a_gif_is_refused(client):
    response = apply(client, photo=photo("anim.gif", image_format="GIF"))

    assert errors(response, "photo")


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"name": ""}, "name"),
        ({"crafts": [], "other_craft": ""}, "crafts"),
        ({"region_code": "DZ-16"}, "region_code"),
        ({"kind": "cooperative", "workshop_name": ""}, "workshop_name"),
        ({"register_number": " - "}, "register_number"),
        ({"email": "not-an-address"}, "email"),
    ],
)
def test_missing_or_wrong_fields_are_reported_on_the_field(client, overrides, field):
    response = apply(client, **overrides)

    assert errors(response, field)
    assert not Application.objects.exists()


def test_another_craft_alone_is_enough(client):
    assert apply(client, crafts=[], other_craft="Dinanderie").status_code == 302


@pytest.mark.parametrize(
    ("phone", "register_key"), [("+212612345678", "OTHER2"), ("+212661234567", "AR20240042")]
)
def test_the_database_refuses_a_second_live_application_with_the_same_phone_or_register(phone, register_key):
    form = ApplicationForm(data=application_data())
    assert form.is_valid(), form.errors
    first = form.save()
    row = {**Application.objects.values().get(pk=first.pk), "id": None, "token": "other-token"}

    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.create(**{**row, "phone": phone, "register_key": register_key})
    Application.objects.create(**{**row, "phone": phone, "register_key": register_key, "state": "rejected"})


def test_a_duplicate_that_slips_past_the_form_check_gets_the_message_not_a_500(client, monkeypatch):
    apply(client)
    # Two submissions at once: both pass the form's check before either is saved.
    monkeypatch.setattr(ApplicationForm, "_live_others", lambda self: Application.objects.none())

    response = apply(client, register_number="OTHER-3")

    assert "numéro de téléphone" in " ".join(errors(response, "phone"))
    assert Application.objects.count() == 1


def test_the_crafts_are_the_taxonomys_in_the_readers_language_and_order(client):
    make_craft("jewellery", {"ar": "الحلي", "fr": "Bijouterie"})

    french = client.get("/fr/shop/apply/").context["form"]["crafts"]
    arabic = client.get("/ar/shop/apply/").context["form"]["crafts"]

    assert [choice.choice_label for choice in french] == ["Bijouterie", "Poterie", "Textiles"]
    assert [choice.choice_label for choice in arabic] == ["الحلي", "الفخار", "المنسوجات"]
    assert [choice.data["value"] for choice in french][0] == "jewellery"  # posted by slug


def test_an_unknown_craft_is_refused_with_a_message(client):
    response = apply(client, "fr", crafts=["pottery-ceramics", "no-such-craft"])

    assert "no-such-craft" in " ".join(errors(response, "crafts"))
    assert not Application.objects.exists()
