"""load_demo_content's options and refusals, each on a database of its own: --password, the Algerian
profile, production settings, a missing or broken pages module."""

import sys
import types
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils.text import slugify
from oscar.core.loading import get_model

from portal.country.profiles import PROFILES
from portal.demo.artisans_data import ARTISANS
from tests.integration.test_demo_content import load

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
StockRecord = get_model("partner", "StockRecord")
Country = get_model("address", "Country")
Order = get_model("order", "Order")
User = get_user_model()
DZ_PARTNERS = {slugify(artisan["key"]) for artisan in ARTISANS if artisan["country"] == "DZ"}


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_password_option_sets_one_password_for_all(monkeypatch):
    # Every demo account is made by the people step; the pages (a minute of translations) add none.
    monkeypatch.setattr("portal.demo.PAGES_MODULE", "tests.integration.no_such_pages_module")
    load("--password", "one-demo-secret")

    users = User.objects.all()
    assert users.count() >= 15
    assert all(user.check_password("one-demo-secret") for user in users)


def test_algerian_profile_prices_in_dinars_and_orders_go_to_wilayas(settings):
    settings.HIRFA_PROFILE = PROFILES["DZ"]
    settings.OSCAR_DEFAULT_CURRENCY = "DZD"

    load()

    stock = StockRecord.objects.get(partner_sku="HIRFA-POT-01")  # 320 MAD
    assert (stock.price_currency, stock.price) == ("DZD", Decimal("4320"))
    assert Country.objects.get(iso_3166_1_a2="DZ").is_shipping_country
    orders = Order.objects.filter(number__startswith="DEMO-").select_related("shipping_address")
    assert len(orders) == 6
    for order in orders:
        assert order.currency == "DZD" and order.shipping_address.state.startswith("DZ-")
        assert {line.partner.code for line in order.lines.all()} <= DZ_PARTNERS


def test_refuses_production_settings(settings):
    settings.SETTINGS_MODULE = "portal.settings.production"

    with pytest.raises(CommandError):
        load()
    assert Product.objects.count() == 0


def test_missing_pages_module_is_skipped_with_a_warning(monkeypatch):
    monkeypatch.setattr("portal.demo.PAGES_MODULE", "tests.integration.no_such_pages_module")
    err = StringIO()

    call_command("load_demo_content", "--image-size=32", stdout=StringIO(), stderr=err)

    assert "skipping the Wagtail pages" in err.getvalue()
    assert Product.objects.exists()


def test_an_error_in_the_pages_steps_propagates(monkeypatch):
    def broken():
        Category.add_root(name="half-built", slug="half-built")
        raise RuntimeError("broken page step")

    fake = types.ModuleType("fake_demo_pages")
    fake.__spec__ = types.SimpleNamespace(name="fake_demo_pages")
    fake.PAGE_STEPS = [("Broken", broken)]
    monkeypatch.setitem(sys.modules, "fake_demo_pages", fake)
    monkeypatch.setattr("portal.demo.PAGES_MODULE", "fake_demo_pages")

    with pytest.raises(RuntimeError, match="broken page step"):
        load()
    assert not Category.objects.filter(slug="half-built").exists()
