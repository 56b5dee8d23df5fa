"""The dashboard's frame: links shown only to who may open them, accessible names in the user's language."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from tests.factories.shop import make_artisan

pytestmark = pytest.mark.django_db

STOCK_ALERTS = "/fr/shop/dashboard/catalogue/stock-alerts/"
ARIA_LABEL = re.compile(r'aria-label="([^"]*)"')
BUTTON = f'<a href="{STOCK_ALERTS}" class="btn'  # the index's button (the menu's entry is another link)


@pytest.fixture
def clerk(site_home):
    """Shop staff as setup_site defines them: is_staff, without ``partner.view_stockalert``."""
    user = get_user_model().objects.create_user("clerk", "clerk@example.org", "pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Shop staff"))
    return user


def test_staff_who_cannot_open_the_stock_alerts_are_not_offered_the_button(client, clerk):
    client.force_login(clerk)

    assert client.get(STOCK_ALERTS).status_code == 403
    html = client.get("/fr/shop/dashboard/").content.decode()
    assert STOCK_ALERTS not in html
    # The links they may follow stay.
    assert "/fr/shop/dashboard/orders/" in html
    assert "/fr/shop/dashboard/catalogue/" in html


def test_staff_allowed_to_read_stock_alerts_keep_the_button(client, clerk):
    clerk.user_permissions.add(Permission.objects.get(codename="view_stockalert"))
    client.force_login(clerk)

    assert client.get(STOCK_ALERTS).status_code == 200
    assert BUTTON in client.get("/fr/shop/dashboard/").content.decode()


def test_an_artisans_home_links_to_no_stock_alerts(client):
    fatima, _ = make_artisan("Fatima Poterie", username="fatima")
    client.force_login(fatima)

    assert STOCK_ALERTS not in client.get("/fr/shop/dashboard/").content.decode()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", {"Menu du compte", "Menu du tableau de bord", "Fil d'Ariane"}),
        ("ar", {"قائمة الحساب", "قائمة لوحة التحكم", "مسار التنقل"}),
        ("kab", {"Umuɣ n umiḍan", "Umuɣ n tfelwit n usenqed", "Abrid n yinig"}),
    ],
)
def test_the_menu_toggles_and_breadcrumb_are_named_in_the_users_language(client, lang, expected):
    fatima, _ = make_artisan("Fatima Poterie", username="fatima")
    client.force_login(fatima)

    html = client.get(f"/{lang}/shop/dashboard/storefront/", follow=True).content.decode()
    labels = set(ARIA_LABEL.findall(html.replace("&#x27;", "'")))

    assert expected <= labels
    assert not labels & {"Toggle navigation", "breadcrumb", "Close"}
