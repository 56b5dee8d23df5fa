"""setup_site: what a production site has after ``migrate`` and ``setup_site``, without the demo.

The test database is set up that way once per run (tests/conftest.py); one
test takes it back to what ``migrate`` alone leaves and runs the setup again.
"""

from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db.models.signals import post_save
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import HomePage
from portal.country.profiles import PROFILES
from portal.setup.steps import STEPS
from shop.delivery.models import RegionRate

pytestmark = pytest.mark.django_db

Country = get_model("address", "Country")
Partner = get_model("partner", "Partner")
User = get_user_model()
LANGS = ("ar", "fr", "en", "zgh", "kab")
TITLES = {"ar": "حرفة", "fr": "Hirfa", "en": "Hirfa", "zgh": "ⵃⵉⵔⴼⴰ", "kab": "Hirfa"}
WELCOME = "Welcome to your new Wagtail site!"

# Written out here, not imported: the test says what each role may do.
ARTISAN_PERMISSIONS = {"partner.dashboard_access"}
SHOP_STAFF_PERMISSIONS = {
    "order.view_order",
    "order.change_order",
    "order.view_line",
    "order.change_line",
    "order.view_lineprice",
    "order.view_orderstatuschange",
    "order.view_shippingaddress",
    "order.change_shippingaddress",
    "order.view_billingaddress",
    "order.view_ordernote",
    "order.add_ordernote",
    "order.change_ordernote",
    "order.view_shippingevent",
    "order.add_shippingevent",
    "order.view_paymentevent",
    "order.add_paymentevent",
    "order.view_communicationevent",
    "delivery.view_regionrate",
    "delivery.change_regionrate",
    "onboarding.view_application",
    "onboarding.change_application",
    "partner.view_partner",
    "partner.view_partneraddress",
    "partner.view_stockrecord",
    "catalogue.view_product",
    "address.view_country",
}


def setup_site():
    out = StringIO()
    # wagtail-localize publishes translations on commit: run those callbacks, as a real commit would.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("setup_site", stdout=out)
    return out.getvalue()


@pytest.fixture
def site(site_home):
    return site_home


def as_migrate_leaves_it():
    """Undo the setup: Wagtail's welcome page as the Site root, one locale, no roles, no rates."""
    for page in HomePage.objects.exclude(locale__language_code=settings.LANGUAGE_CODE):
        page.delete()
    HomePage.objects.get().delete()
    root = Page.get_first_root_node()
    welcome = root.add_child(instance=Page(title=WELCOME, slug="home", locale=root.locale))
    Site.objects.filter(is_default_site=True).update(root_page=welcome)
    TranslationSource.objects.all().delete()
    Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).delete()
    Group.objects.filter(name__in=["Artisans", "Cooperative managers", "Shop staff"]).delete()
    RegionRate.objects.all().delete()


def grants(group_name):
    held = Group.objects.get(name=group_name).permissions.select_related("content_type")
    return {f"{p.content_type.app_label}.{p.codename}" for p in held}


def rows():
    models = (Locale, Page, Revision, Site, Group, Group.permissions.through, Country, RegionRate)
    models += (TranslationSource, Translation, StringTranslation)
    return {model.__name__: model.objects.count() for model in models}


def test_every_language_has_a_locale(site):
    assert set(Locale.objects.values_list("language_code", flat=True)) == set(LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_the_home_page_answers_in_every_language(site, client, lang):
    response = client.get(f"/{lang}/", HTTP_HOST="localhost")

    assert response.status_code == 200
    page = response.context["page"]
    assert isinstance(page, HomePage)
    assert page.locale.language_code == lang
    assert "pages/home_page.html" in [t.name for t in response.templates]
    assert f"<title>{TITLES[lang]}</title>" in " ".join(response.content.decode().split())
    assert WELCOME not in response.content.decode()


def test_the_home_page_is_the_site_root_its_translations_are_synchronised(site):
    root = Site.objects.get(is_default_site=True).root_page.specific
    assert isinstance(root, HomePage) and root.locale.language_code == settings.LANGUAGE_CODE
    assert {page.locale.language_code for page in root.get_translations(inclusive=True)} == set(LANGS)
    # Translations made by wagtail-localize, so editors keep them in step with the Arabic source.
    assert Translation.objects.filter(source__object_id=root.translation_key).count() == len(LANGS) - 1
    assert not Page.objects.filter(title=WELCOME).exists()


def test_the_roles_hold_exactly_their_permissions(site):
    assert grants("Artisans") == ARTISAN_PERMISSIONS
    assert grants("Cooperative managers") == ARTISAN_PERMISSIONS
    assert grants("Shop staff") == SHOP_STAFF_PERMISSIONS


def test_shipping_countries_and_one_rate_per_region(site):
    assert set(Country.objects.filter(is_shipping_country=True).values_list("iso_3166_1_a2", flat=True)) >= {
        "MA",
        "DZ",
    }
    for code, profile in PROFILES.items():
        expected = {region_code for region_code, _name in profile["regions"]}
        assert set(RegionRate.objects.filter(country=code).values_list("region_code", flat=True)) == expected


def test_a_second_run_creates_and_saves_nothing(site):
    before = rows()
    saved = []

    def record(sender, **kwargs):
        saved.append(sender.__name__)

    post_save.connect(record, weak=False)
    try:
        output = setup_site()
    finally:
        post_save.disconnect(record)

    assert rows() == before
    assert saved == []
    assert output.count("nothing to do") == len(STEPS)


def test_a_run_keeps_what_staff_and_editors_changed(site):
    rate = RegionRate.objects.filter(country="MA").first()
    rate.charge, rate.is_active = 99, False
    rate.save()
    Country.objects.filter(iso_3166_1_a2="DZ").update(is_shipping_country=False)
    extra = Permission.objects.get(codename="view_order")
    Group.objects.get(name="Artisans").permissions.add(extra)
    home = HomePage.objects.get(locale__language_code="ar")
    home.tagline = "شعار المحررين"
    home.save_revision().publish()

    setup_site()

    rate.refresh_from_db()
    assert (rate.charge, rate.is_active) == (99, False)
    assert not Country.objects.get(iso_3166_1_a2="DZ").is_shipping_country
    assert "order.view_order" in grants("Artisans")
    assert HomePage.objects.get(locale__language_code="ar").tagline == "شعار المحررين"


def test_missing_rows_come_back(site):
    RegionRate.objects.filter(country="MA").delete()
    HomePage.objects.get(locale__language_code="kab").delete()
    Group.objects.get(name="Shop staff").delete()

    output = setup_site()

    # A home-delivery and a stop-desk rate per region.
    assert RegionRate.objects.filter(country="MA").count() == 2 * len(PROFILES["MA"]["regions"])
    assert HomePage.objects.filter(locale__language_code="kab").exists()
    assert grants("Shop staff") == SHOP_STAFF_PERMISSIONS
    assert "Home page translations: added: kab" in output


def test_from_what_migrate_leaves_the_setup_builds_the_whole_site(site, client):
    as_migrate_leaves_it()
    assert client.get("/fr/", HTTP_HOST="localhost").status_code == 404  # no French locale, no home page

    output = setup_site()

    assert "Languages: added: fr, en, zgh, kab" in output
    assert set(Locale.objects.values_list("language_code", flat=True)) == set(LANGS)
    assert not Page.objects.filter(title=WELCOME).exists()
    for lang in LANGS:
        response = client.get(f"/{lang}/", HTTP_HOST="localhost")
        assert response.status_code == 200
        assert response.context["page"].locale.language_code == lang
    assert grants("Artisans") == ARTISAN_PERMISSIONS
    assert grants("Shop staff") == SHOP_STAFF_PERMISSIONS
    assert RegionRate.objects.count() == 2 * sum(len(profile["regions"]) for profile in PROFILES.values())


def test_a_welcome_page_someone_built_on_is_kept(site):
    as_migrate_leaves_it()
    welcome = Page.objects.get(title=WELCOME)
    welcome.add_child(instance=Page(title="Under the welcome page", slug="kept", locale=welcome.locale))

    setup_site()

    assert Page.objects.filter(pk=welcome.pk).exists()
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage


# --- The roles at work ----------------------------------------------------------------------------


def member_of(group_name, username, **flags):
    user = User.objects.create_user(username, f"{username}@example.org", "pw", **flags)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def status(client, url):
    return client.get(url, HTTP_HOST="localhost").status_code


def dashboard(name):
    with translation.override("ar"):
        return reverse(name)


@pytest.mark.parametrize("group_name", ["Artisans", "Cooperative managers"])
def test_an_artisan_reaches_their_products_and_orders_and_nothing_else(site, client, group_name):
    user = member_of(group_name, "maker")
    Partner.objects.create(name="Atelier", code="atelier").users.add(user)
    client.force_login(user)

    assert status(client, dashboard("dashboard:index")) == 200
    assert status(client, dashboard("dashboard:catalogue-product-list")) == 200
    assert status(client, dashboard("dashboard:order-list")) == 200
    staff_only = (
        "dashboard:users-index",
        "dashboard:partner-list",
        "dashboard:stock-alert-list",  # Oscar lists every partner's alerts there
        "dashboard:delivery-rate-list",
        "dashboard:application-list",
    )
    for name in staff_only:
        assert status(client, dashboard(name)) in (302, 403), name
    assert status(client, "/admin/") == 302  # no Wagtail admin
    assert status(client, "/django-admin/") == 302  # nor Django's


def test_shop_staff_work_in_the_dashboard_but_cannot_edit_pages_or_delete(site, client):
    client.force_login(member_of("Shop staff", "clerk", is_staff=True))

    assert status(client, dashboard("dashboard:order-list")) == 200
    assert status(client, dashboard("dashboard:delivery-rate-list")) == 200
    assert status(client, dashboard("dashboard:application-list")) == 200
    assert status(client, "/django-admin/order/order/") == 200
    assert status(client, "/django-admin/delivery/regionrate/") == 200
    assert status(client, "/django-admin/catalogue/product/add/") == 403
    assert status(client, "/django-admin/auth/user/") == 403
    assert status(client, "/admin/") == 302  # Wagtail's admin is for editors


def test_the_group_alone_does_not_open_the_staff_dashboard(site, client):
    """Oscar opens its dashboard to staff by ``is_staff``: without it the group's permissions
    reach only the pages Oscar maps to them (the order list), filtered to the user's partners."""
    client.force_login(member_of("Shop staff", "not-yet-staff"))

    assert status(client, dashboard("dashboard:index")) in (302, 403)
    assert status(client, dashboard("dashboard:delivery-rate-list")) in (302, 403)
    assert status(client, dashboard("dashboard:application-list")) in (302, 403)
    assert status(client, "/django-admin/") == 302
