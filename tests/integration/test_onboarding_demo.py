"""Demo applications: every state, for both country profiles, and a second run adds nothing."""

import pytest
from oscar.core.loading import get_model

from portal.country import get_profile, region_choices
from portal.demo.applications import APPLICATIONS, ensure_applications
from portal.demo.shop import ensure_countries, ensure_partners
from portal.demo.users import ensure_users
from shop.onboarding.models import Application
from shop.onboarding.validation import normalise_mobile

pytestmark = pytest.mark.django_db

Partner = get_model("partner", "Partner")


@pytest.mark.parametrize("country", ["MA", "DZ"])
def test_demo_applications_cover_every_state_with_valid_data(settings, country):
    settings.HIRFA_PROFILE = get_profile(country)
    ensure_countries()
    ensure_users()
    ensure_partners()
    partners = Partner.objects.count()

    ensure_applications()
    ensure_applications()

    assert set(Application.objects.values_list("state", flat=True)) == set(Application.State.values)
    assert Application.objects.count() == len(APPLICATIONS[country])
    approved = Application.objects.get(state=Application.State.APPROVED)
    assert approved.partner.users.get() == approved.user
    assert approved.user.check_password(f"{approved.user.username}-demo-2974")  # the demo login still works
    assert Partner.objects.count() == partners
    regions = dict(region_choices(country))
    for application in Application.objects.all():
        assert normalise_mobile(application.phone, country) == application.phone
        assert application.region_code in regions
        if application.state in (Application.State.MORE_INFO, Application.State.REJECTED):
            assert application.staff_message
