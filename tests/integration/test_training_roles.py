"""Who keeps a course roll: setup gives the Programme editors the training permissions, no one else."""

import pytest
from django.test import TestCase

from portal.setup.editorial import NEWS_EDITORS, PROGRAMME_EDITORS
from portal.training.models import Certificate
from tests.factories.training import make_course, make_index, sign_up
from tests.support.editorial import member, run_setup

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site_home):
    run_setup()
    return make_course(make_index(site_home), start_in=-3)


def test_a_programme_editor_ticks_completion_and_the_certificate_is_issued(client, course):
    registration = sign_up(course, "amira@example.test")
    client.force_login(member(PROGRAMME_EDITORS))
    roll = f"/admin/training/{course.pk}/roll/"
    assert client.get(roll).status_code == 200
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(roll, {"attended": [registration.pk], "completed": [registration.pk]})
    assert Certificate.objects.get().registration == registration


def test_a_news_editor_cannot_open_a_roll_nor_issue_a_certificate(client, course):
    registration = sign_up(course, "amira@example.test")
    client.force_login(member(NEWS_EDITORS))
    roll = f"/admin/training/{course.pk}/roll/"
    assert client.get(roll).status_code == 302  # Wagtail's "permission denied" redirect
    client.post(roll, {"attended": [registration.pk], "completed": [registration.pk]})
    assert not Certificate.objects.exists()
