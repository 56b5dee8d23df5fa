"""Many people sign up for the last places at the same instant, through the real page: never over capacity.

Runs on the file SQLite database (BEGIN IMMEDIATE) and on PostgreSQL (row lock).
"""

import pytest
from django.db import connection
from django.test import Client

from portal.training.models import Registration
from tests.conftest import make_site_home
from tests.factories.training import make_course, make_index
from tests.support.concurrency import all_at_once

PEOPLE = 8


@pytest.mark.django_db(transaction=True)
def test_simultaneous_sign_ups_never_exceed_capacity():
    course = make_course(make_index(make_site_home()), capacity=3)
    url = course.url
    connection.close()

    def sign_up(index):
        response = Client().post(
            url,
            {"name": f"Artisan {index}", "email": f"p{index}@example.test", "phone": "0612345678"},
            follow=True,
        )
        return response.status_code

    statuses = all_at_once(PEOPLE, sign_up)

    assert statuses == [200] * PEOPLE, statuses
    counts = {
        status: Registration.objects.filter(status=status).count() for status in ("confirmed", "waitlisted")
    }
    assert counts == {"confirmed": 3, "waitlisted": PEOPLE - 3}


@pytest.mark.django_db(transaction=True)
def test_the_same_person_pressing_twice_at_once_is_registered_once():
    course = make_course(make_index(make_site_home()), capacity=3)
    url = course.url
    connection.close()

    def sign_up(index):
        return (
            Client()
            .post(url, {"name": "Amira", "email": "amira@example.test", "phone": "0612345678"})
            .status_code
        )

    statuses = sorted(all_at_once(4, sign_up))

    assert statuses == [302, 400, 400, 400], statuses
    assert Registration.objects.count() == 1
