"""Staff edit the flat delivery rate of each region in the shop dashboard; checkout charges the new rate."""

from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from shop.delivery.models import RegionRate
from tests.factories.checkout import add_to_basket, give_address, reach_preview, start_as_guest
from tests.factories.shop import UserFactory, make_artisan, make_product

pytestmark = pytest.mark.django_db
URL = "/fr/shop/dashboard/delivery/"
Country = get_model("address", "Country")


def formset_data(response, **changes):
    """The page's formset as posted, with {region_code: charge} changes."""
    formset = response.context["formset"]
    data = {f"form-{key}": value for key, value in formset.management_form.initial.items()}
    for index, form in enumerate(formset.forms):
        rate = form.instance
        data[f"form-{index}-id"] = rate.pk
        data[f"form-{index}-charge"] = changes.get(rate.region_code, rate.charge)
        if rate.is_active:
            data[f"form-{index}-is_active"] = "on"
    return data


@pytest.fixture
def staff_client(client, site_home):
    client.force_login(UserFactory(is_staff=True))
    return client


def test_migrations_give_every_region_of_both_profiles_a_rate_per_method_and_both_countries():
    for method in ("home", "stop-desk"):
        assert RegionRate.objects.filter(country="MA", method=method).count() == 12
        assert RegionRate.objects.filter(country="DZ", method=method).count() == 58
    assert set(Country.objects.filter(is_shipping_country=True).values_list("pk", flat=True)) >= {"MA", "DZ"}


def test_staff_see_the_twelve_moroccan_regions(staff_client):
    response = staff_client.get(URL)

    assert response.status_code == 200
    assert len(response.context["formset"].forms) == 12
    assert "Marrakech-Safi" in response.content.decode()


def test_a_new_rate_is_what_the_next_customer_pays(staff_client, client):
    page = staff_client.get(URL)
    saved = staff_client.post(URL, formset_data(page, **{"MA-07": "49.50"}), follow=True)

    assert "1 tarif(s) de livraison mis à jour" in saved.content.decode()
    assert RegionRate.objects.get(region_code="MA-07", method="home").charge == Decimal("49.50")

    staff_client.logout()
    product = make_product(price="100.00")
    add_to_basket(client, product)
    start_as_guest(client)
    give_address(client)  # Marrakech-Safi
    assert "149,50" in reach_preview(client).content.decode()


def test_a_negative_or_garbled_rate_is_refused_and_nothing_is_saved(staff_client):
    page = staff_client.get(URL)

    response = staff_client.post(URL, formset_data(page, **{"MA-01": "-5", "MA-02": "trente"}))

    assert response.status_code == 200
    assert "Certains tarifs n’ont pas été enregistrés" in response.content.decode()
    assert RegionRate.objects.get(region_code="MA-01", method="home").charge == Decimal("35.00")
    assert RegionRate.objects.get(region_code="MA-02", method="home").charge == Decimal("35.00")


def test_a_region_without_delivery_cannot_be_chosen_at_checkout(client, site_home):
    RegionRate.objects.filter(region_code="MA-07", method="home").update(is_active=False)
    product = make_product(price="100.00")
    add_to_basket(client, product)
    start_as_guest(client)

    response = give_address(client)  # Marrakech-Safi

    assert response.status_code == 200
    assert "Choisissez votre région ou wilaya dans la liste" in response.content.decode()
    regions = [label for value, label in response.context["form"].fields["state"].choices if value]
    assert "Marrakech-Safi" not in regions and len(regions) == 11


def test_artisans_and_anonymous_visitors_cannot_edit_rates(client, site_home):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    artisan, _partner = make_artisan("Poterie de Safi", username="potter")
    client.force_login(artisan)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"form-TOTAL_FORMS": "0", "form-INITIAL_FORMS": "0"}).status_code == 403


def test_the_rates_are_in_the_dashboard_menu_for_staff_only(client, site_home):
    client.force_login(UserFactory(is_staff=True))
    assert URL in client.get("/fr/shop/dashboard/").content.decode()
    artisan, _partner = make_artisan("Poterie de Safi", username="potter")
    client.force_login(artisan)
    assert URL not in client.get("/fr/shop/dashboard/").content.decode()
