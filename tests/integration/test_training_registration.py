"""Signing up on a course page: validation, duplicates, capacity, waiting list, e-mails, cancel links."""

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.test import TestCase

from portal.training.models import Registration
from portal.training.services import cancel
from tests.factories.training import make_course, make_index, sign_up, translate_to

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site_home):
    return make_course(make_index(site_home), capacity=2)


def post(client, course, email, name="Salem Laddoui", phone="06 12 34 56 78", url=None):
    return client.post(url or course.url, {"name": name, "email": email, "phone": phone}, follow=True)


def test_a_bad_phone_and_e_mail_are_refused_with_errors_in_the_visitors_language(client, course):
    fr = translate_to(course, "fr", {})
    response = client.post(fr.url, {"name": "S", "email": "pas-un-email", "phone": "123"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Saisissez une adresse de courriel valide." in html
    assert "Saisissez vos nom et prénom." in html
    assert "numéro de téléphone marocain valide" in html
    assert Registration.objects.count() == 0


def test_registration_is_confirmed_and_mailed_in_the_registrants_language_with_a_cancel_link(client, course):
    fr = translate_to(course, "fr", {"دورة التسويق الإلكتروني": "Formation au e-marketing"})
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = post(client, course, "salem@example.test", url=fr.url)
    assert "Votre place est confirmée" in response.content.decode()
    registration = Registration.objects.get()
    assert (registration.status, registration.language, registration.phone) == (
        "confirmed",
        "fr",
        "+212612345678",
    )
    assert registration.course_id == course.pk  # the source course, whatever translation was used
    (message,) = mail.outbox
    assert message.to == ["salem@example.test"]
    assert "Formation au e-marketing" in message.subject
    assert f"/fr/registrations/cancel/{registration.token}/" in message.body


def test_the_same_e_mail_cannot_register_twice_whatever_its_case(client, course):
    post(client, course, "amira@example.test")
    response = client.post(
        course.url, {"name": "Amira", "email": "AMIRA@Example.test", "phone": "0612345678"}
    )
    assert response.status_code == 400
    assert "مسجل" in response.content.decode()  # Arabic: this e-mail address is already registered
    assert Registration.objects.count() == 1


def test_the_database_refuses_a_second_live_registration_for_the_same_e_mail(course):
    sign_up(course, "a@example.test")
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(course=course, name="x", email="A@EXAMPLE.TEST", phone="1", language="ar")


def test_past_capacity_goes_to_the_waiting_list_with_a_clear_message(client, course):
    post(client, course, "one@example.test")
    post(client, course, "two@example.test")
    response = post(client, course, "three@example.test")
    assert "قائمة الانتظار" in response.content.decode()  # Arabic: waiting list
    assert list(Registration.objects.values_list("status", flat=True)) == [
        "confirmed",
        "confirmed",
        "waitlisted",
    ]


def test_a_cancellation_promotes_the_first_waitlisted_person_and_mails_them(course):
    first = sign_up(course, "one@example.test")
    sign_up(course, "two@example.test")
    waiting = sign_up(course, "three@example.test", language="fr")
    sign_up(course, "four@example.test")
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        cancel(first)
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
    assert Registration.objects.get(email="four@example.test").status == "waitlisted"
    (message,) = mail.outbox
    assert message.to == ["three@example.test"]
    assert "Une place s'est libérée" in message.body


def test_cancelling_by_link_asks_first_then_cancels_and_a_used_link_says_so(client, course):
    registration = sign_up(course, "one@example.test", language="fr")
    url = f"/fr/registrations/cancel/{registration.token}/"
    page = client.get(url)
    assert page.status_code == 200
    assert "Oui, annuler mon inscription" in page.content.decode()
    registration.refresh_from_db()
    assert registration.status == "confirmed"  # GET never cancels

    done = client.post(url)
    assert "est annulée" in done.content.decode()
    registration.refresh_from_db()
    assert registration.status == "cancelled"

    again = client.post(url)
    assert again.status_code == 410
    assert "n'est pas valide" in again.content.decode()


def test_a_bad_cancel_token_is_a_clear_404(client, course):
    response = client.get("/fr/registrations/cancel/not-a-token/")
    assert response.status_code == 404
    assert "n'est pas valide" in response.content.decode()


def test_after_cancelling_the_same_person_may_register_again(course):
    registration = sign_up(course, "one@example.test")
    cancel(registration)
    assert sign_up(course, "ONE@example.test").status == "confirmed"


def test_a_closed_course_refuses_registration(client, site_home):
    past = make_course(make_index(site_home), start_in=-5)
    response = post(client, past, "late@example.test")
    assert Registration.objects.count() == 0
    assert response.status_code == 200
