"""load_demo_content: what it builds, that a second run changes nothing, who can log in where."""

import re
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models.signals import post_save
from oscar.core.loading import get_model

from portal.demo.artisans_data import ARTISANS
from portal.taxonomy.models import Craft, CraftRegion, Material
from shop.delivery.models import RegionRate, StopDesk
from shop.shipping.repository import methods_for_region
from tests.support.demo import loaded_for_the_module

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
ProductImage = get_model("catalogue", "ProductImage")
Partner = get_model("partner", "Partner")
PartnerAddress = get_model("partner", "PartnerAddress")
StockRecord = get_model("partner", "StockRecord")
Country = get_model("address", "Country")
User = get_user_model()
LANGS = ("ar", "fr", "en", "zgh", "kab")
TIFINAGH = re.compile("[\u2d30-\u2d7f]")
MODELS = (Product, Category, ProductImage, Partner, PartnerAddress, StockRecord, Country, User)
MODELS += (Craft, CraftRegion, Material, StopDesk, RegionRate)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """One load for the tests that only read what it built: its printed output."""
    with loaded_for_the_module(django_db_blocker, tmp_path_factory.mktemp("media"), load) as output:
        yield output


def load(*args):
    out, err = StringIO(), StringIO()
    call_command("load_demo_content", "--image-size=32", *args, stdout=out, stderr=err)
    return out.getvalue()


def counts():
    links = {"crafts": Product.crafts.through, "materials": Product.materials.through}
    return {
        **{model.__name__: model.objects.count() for model in MODELS},
        **{name: through.objects.count() for name, through in links.items()},
    }


def password_of(output, username):
    """The password column of ``username``'s row (username, e-mail, password are adjacent)."""
    match = re.search(rf"\s{re.escape(username)}\s+{re.escape(username)}@\S+\s+(\S+)", output)
    assert match, f"{username} is not in the logins table"
    return match.group(1)


def test_a_second_run_changes_and_duplicates_nothing(demo):
    first = counts()
    saved = []

    def record(sender, **kwargs):
        if sender in MODELS:
            saved.append(sender.__name__)

    post_save.connect(record, weak=False)
    try:
        load()
    finally:
        post_save.disconnect(record)

    assert counts() == first
    assert saved == []


def test_artisans_products_stock_and_images(demo):
    partners = Partner.objects.prefetch_related("users", "addresses")
    assert partners.count() >= 12
    for partner in partners:
        assert partner.users.count() == 1, partner
        assert partner.addresses.count() == 1, partner
    assert {"Tizi Ouzou", "Batna", "Safi", "Essaouira", "Kelâat M'Gouna"} <= set(
        PartnerAddress.objects.values_list("line4", flat=True)
    )

    products = Product.objects.prefetch_related("stockrecords", "images", "categories")
    assert products.count() >= 40
    for product in products:
        (stock,) = product.stockrecords.all()
        assert stock.price_currency == "MAD" and stock.price > 0
        assert product.get_product_class().track_stock
        assert len(product.categories.all()) == 1
        (image,) = product.images.all()
        assert Path(image.original.path).stat().st_size > 0
    levels = list(StockRecord.objects.values_list("num_in_stock", flat=True))
    assert levels.count(0) == 1 and levels.count(1) >= 3
    assert Category.objects.filter(depth=1).count() == 9


def test_every_product_has_its_categorys_craft_and_its_materials(demo):
    products = Product.objects.prefetch_related("categories__craft", "crafts", "materials")
    for product in products:
        (category,) = product.categories.all()
        assert list(product.crafts.all()) == [category.craft], product.upc
        assert category.craft.slug == category.slug
        assert product.materials.all(), product.upc
    slugs = set(Category.objects.values_list("slug", flat=True))
    # Every shop category is a craft; the registry adds crafts that nothing in the shop is made in yet.
    registry_only = {
        "zellige",
        "damascening",
        "saddlery",
        "painted-wood",
        "copper-engraving",
        "gold-embroidery",
    }
    assert set(Craft.objects.values_list("slug", flat=True)) == slugs | registry_only
    silver = Material.objects.get(slug="silver")
    assert set(silver.products.values_list("categories__slug", flat=True)) == {"traditional-jewellery"}
    # A craft's regions are those of its artisans, stored as codes.
    assert set(Craft.objects.get(slug="pottery-ceramics").region_codes()) == {"MA-07", "MA-03", "DZ-15"}


def test_every_product_and_category_is_written_in_five_languages(demo):
    for product in Product.objects.all():
        for lang in LANGS:
            assert getattr(product, f"title_{lang}"), (product.upc, lang)
            assert getattr(product, f"description_{lang}").startswith("<p>"), (product.upc, lang)
        assert TIFINAGH.search(product.title_zgh), product.upc
        assert not TIFINAGH.search(product.title_kab), product.upc
        assert product.title_fr != product.title_ar
    for category in Category.objects.all():
        assert all(getattr(category, f"name_{lang}") for lang in LANGS), category.slug


def test_logins_are_printed_with_distinct_passwords(demo):
    output = demo

    usernames = [
        "admin",
        "editor",
        "moderator",
        "translator.fr",
        "customer",
        *(a["username"] for a in ARTISANS),
    ]
    passwords = {name: password_of(output, name) for name in usernames}
    assert len(set(passwords.values())) == len(usernames)
    assert "/ar/shop/dashboard/" in output and "/admin/" in output
    for name, password in passwords.items():
        assert User.objects.get(username=name).check_password(password), name


def test_who_can_use_the_admin_and_the_dashboard(client, demo):
    output = demo

    def can_reach(username):
        client.logout()
        assert client.login(username=username, password=password_of(output, username))
        return (
            client.get("/admin/").status_code == 200,
            client.get("/ar/shop/dashboard/").status_code == 200,
        )

    assert can_reach("admin") == (True, True)
    assert can_reach("editor")[0] is True
    assert can_reach("customer") == (False, False)
    for artisan in ("arezki.aitouali", "khadija.amrani"):
        assert can_reach(artisan) == (False, True)
        user = User.objects.get(username=artisan)
        assert not user.is_staff and user.has_perm("partner.dashboard_access")
        assert user.partners.count() == 1


def test_the_demo_editor_is_a_news_editor_and_the_moderator_publishes(demo):
    from wagtail.models import Page

    from portal.events.models import EventIndexPage
    from portal.news.models import NewsIndexPage

    editor, moderator, translator = (
        User.objects.get(username=name) for name in ("editor", "moderator", "translator.fr")
    )
    assert not editor.is_superuser and list(editor.groups.values_list("name", flat=True)) == ["News editors"]
    for news in NewsIndexPage.objects.all():  # the demo's indexes, in every locale, granted after they exist
        perms = news.permissions_for_user(editor)
        assert perms.can_add_subpage() and not perms.can_publish(), news.locale
        assert news.permissions_for_user(moderator).can_publish()
    for events in EventIndexPage.objects.all():
        assert not events.permissions_for_user(editor).can_edit()
    french = Page.objects.filter(locale__language_code="fr", depth__gt=2)
    assert french.exists() and all(page.permissions_for_user(translator).can_edit() for page in french)
    assert not any(page.permissions_for_user(translator).can_publish() for page in french)
    assert translator.wagtail_userprofile.preferred_language == "fr"


def test_home_country_is_a_shipping_country(demo):
    """The demo opens its home country for shipping even where staff had closed it."""
    Country.objects.filter(iso_3166_1_a2="MA").update(is_shipping_country=False)

    load()

    assert Country.objects.get(iso_3166_1_a2="MA").is_shipping_country


def test_stop_desk_points_in_both_countries_offered_at_checkout(demo):
    assert StopDesk.objects.filter(country="MA", is_active=True).count() >= 3
    assert StopDesk.objects.filter(country="DZ", is_active=True).count() >= 3
    point = StopDesk.objects.get(name_fr="Relais Guéliz")
    assert point.name_ar == "نقطة كليز" and "9" in point.opening_hours_fr
    codes = [method.code for method in methods_for_region("MA-07")]  # the test profile is Morocco
    assert codes[0] == "region-flat-rate" and f"stop-desk-{point.pk}" in codes
