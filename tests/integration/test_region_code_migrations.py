"""The data migrations that turn stored region names into codes (order 0023, address 0008)."""

import importlib

import pytest
from django.apps import apps
from oscar.core.loading import get_model

from tests.factories.shop import UserFactory

ShippingAddress = get_model("order", "ShippingAddress")
BillingAddress = get_model("order", "BillingAddress")
UserAddress = get_model("address", "UserAddress")

pytestmark = pytest.mark.django_db

order_migration = importlib.import_module("shop.order.migrations.0023_addresses_store_region_codes")
address_migration = importlib.import_module("shop.address.migrations.0008_useraddress_region_codes")


def test_order_addresses_named_in_any_language_get_their_code_and_back():
    names = ["Marrakech-Safi", "مراكش آسفي", "Tizi Ouzou", "Rue inconnue", "MA-09"]
    addresses = [
        ShippingAddress.objects.create(first_name="S", line1="1", state=name, country_id="MA")
        for name in names
    ]
    billing = BillingAddress.objects.create(first_name="S", line1="1", state="Béjaïa", country_id="DZ")

    order_migration.to_codes(apps, None)

    assert [ShippingAddress.objects.get(pk=a.pk).state for a in addresses] == [
        "MA-07",
        "MA-07",
        "DZ-15",
        "Rue inconnue",
        "MA-09",
    ]
    assert BillingAddress.objects.get(pk=billing.pk).state == "DZ-06"

    order_migration.to_names(apps, None)

    assert ShippingAddress.objects.get(pk=addresses[1].pk).state == "Marrakech-Safi"
    assert BillingAddress.objects.get(pk=billing.pk).state == "Béjaïa"


def test_address_book_entries_get_their_code_and_a_matching_hash():
    user = UserFactory(username="samira", email="samira@example.test")
    entry = UserAddress.objects.create(
        user=user, first_name="S", line1="1", state="Marrakech-Safi", country_id="MA"
    )
    old_hash = str(entry.hash)

    address_migration.to_codes(apps, None)

    entry.refresh_from_db()
    assert entry.state == "MA-07"
    assert entry.hash != old_hash and entry.hash == str(entry.generate_hash())
