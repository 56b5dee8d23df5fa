"""Staff manage stop-desk points, stop-desk rates and artisans' free-delivery thresholds; artisans get 403."""

from decimal import Decimal

import pytest

from shop.delivery.models import FreeDeliveryThreshold, RegionRate, StopDesk
from tests.factories.shop import UserFactory, make_artisan

pytestmark = pytest.mark.django_db
BASE = "/fr/shop/dashboard/delivery/"
POINT = {
    "region_code": "MA-07",
    "name_ar": "نقطة كليز",
    "name_fr": "Relais Guéliz",
    "address_ar": "8 شارع الحرية",
    "address_fr": "8 rue de la Liberté",
    "town": "Marrakech",
    "opening_hours_fr": "9 h – 19 h",
    "phone": "0524430000",
    "is_active": "on",
}


@pytest.fixture
def staff_client(client, site_home):
    client.force_login(UserFactory(is_staff=True))
    return client


def test_staff_create_edit_and_deactivate_a_point(staff_client):
    response = staff_client.post(f"{BASE}stop-desks/new/", POINT, follow=True)

    point = StopDesk.objects.get()
    assert "Point relais « Relais Guéliz » enregistré" in response.content.decode()
    assert (point.country, point.region_code, point.phone) == ("MA", "MA-07", "+212524430000")
    staff_client.post(f"{BASE}stop-desks/{point.pk}/", {**POINT, "town": "Marrakech-Guéliz"})
    point.refresh_from_db()
    assert point.town == "Marrakech-Guéliz"
    listed = staff_client.get(f"{BASE}stop-desks/").content.decode()
    assert "Relais Guéliz" in listed
    staff_client.post(f"{BASE}stop-desks/{point.pk}/deactivate/")
    point.refresh_from_db()
    assert not point.is_active


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name_ar": ""}, "Champ requis"),
        ({"region_code": "XX-99"}, "Choisissez votre région ou wilaya dans la liste"),
        ({"phone": "12"}, "Saisissez un numéro de téléphone marocain valide"),
    ],
)
def test_a_bad_point_is_refused_in_french_and_nothing_is_saved(staff_client, changes, message):
    response = staff_client.post(f"{BASE}stop-desks/new/", {**POINT, **changes})

    assert response.status_code == 200
    assert message in response.content.decode()
    assert StopDesk.objects.count() == 0


def test_staff_edit_stop_desk_rates_on_their_own_page(staff_client):
    page = staff_client.get(f"{BASE}stop-desk-rates/")
    formset = page.context["formset"]
    assert {form.instance.method for form in formset.forms} == {"stop-desk"} and len(formset.forms) == 12
    data = {f"form-{key}": value for key, value in formset.management_form.initial.items()}
    for index, form in enumerate(formset.forms):
        data[f"form-{index}-id"] = form.instance.pk
        rate = form.instance
        data[f"form-{index}-charge"] = "19.00" if rate.region_code == "MA-07" else rate.charge
        data[f"form-{index}-is_active"] = "on"

    staff_client.post(f"{BASE}stop-desk-rates/", data)

    assert RegionRate.objects.get(region_code="MA-07", method="stop-desk").charge == Decimal("19.00")
    assert RegionRate.objects.get(region_code="MA-07", method="home").charge == Decimal("35.00")


def test_staff_set_change_and_remove_an_artisans_threshold(staff_client):
    _user, partner = make_artisan("Poterie de Safi", username="potter")
    url = f"{BASE}free-delivery/{partner.pk}/"

    staff_client.post(url, {"amount": "500"})
    assert FreeDeliveryThreshold.objects.get(partner=partner).amount == Decimal("500.00")
    assert "500,00" in staff_client.get(f"{BASE}free-delivery/").content.decode()
    refused = staff_client.post(url, {"amount": "-5"})
    assert "Le seuil n’a pas été enregistré" in refused.content.decode()
    assert FreeDeliveryThreshold.objects.get(partner=partner).amount == Decimal("500.00")
    staff_client.post(url, {"amount": ""})
    assert not FreeDeliveryThreshold.objects.exists()


def test_artisans_get_403_on_every_delivery_screen(client, site_home):
    artisan, partner = make_artisan("Poterie de Safi", username="potter")
    point = StopDesk.objects.create(region_code="MA-07", name="Relais", address="Rue", town="Marrakech")
    client.force_login(artisan)
    urls = [
        BASE,
        f"{BASE}stop-desk-rates/",
        f"{BASE}stop-desks/",
        f"{BASE}stop-desks/new/",
        f"{BASE}stop-desks/{point.pk}/",
        f"{BASE}free-delivery/",
        f"{BASE}free-delivery/{partner.pk}/",
    ]
    for url in urls:
        assert client.get(url).status_code == 403, url
    assert client.post(f"{BASE}stop-desks/{point.pk}/deactivate/").status_code == 403
    assert client.post(f"{BASE}free-delivery/{partner.pk}/", {"amount": "1"}).status_code == 403
    point.refresh_from_db()
    assert point.is_active and not FreeDeliveryThreshold.objects.exists()
