"""Every image upload refuses what is beyond the caps, in the user's language, through the real forms.

The four ways in: the public application form, the dashboard product images
(an artisan), the storefront photo (an artisan) and the Wagtail image library
(an editor). Each refusal is checked once per form (French), and in Arabic on
the public form.
"""

import pytest
from django.contrib.auth import get_user_model
from wagtail.images import get_image_model

from portal.taxonomy.models import Craft
from shop.artisans.models import ArtisanProfile
from shop.onboarding.models import Application
from tests.integration.test_dashboard_product_form import DASHBOARD, page_data, prefix_of, shop  # noqa: F401
from tests.support.onboarding import application_data, make_craft
from tests.support.uploads import REFUSALS, animated_webp, jpeg

pytestmark = pytest.mark.django_db

Image = get_image_model()
REFUSAL_IDS = [refusal[0] for refusal in REFUSALS]


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def apply(client, lang, photo):
    if not Craft.objects.filter(slug="pottery-ceramics").exists():
        make_craft("pottery-ceramics", {"ar": "الفخار", "fr": "Poterie"})
    return client.post(f"/{lang}/shop/apply/", application_data(photo=photo))


def form_errors(response, form="form", field="photo"):
    assert response.status_code == 200, response.status_code
    return " ".join(str(error) for error in response.context[form].errors.get(field, []))


@pytest.mark.parametrize(("make", "french", "arabic"), [r[1:] for r in REFUSALS], ids=REFUSAL_IDS)
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_application_form_refuses_it_in_the_visitors_language(client, lang, make, french, arabic):
    response = apply(client, lang, make())

    assert (french if lang == "fr" else arabic) in form_errors(response)
    assert not Application.objects.exists()


@pytest.mark.parametrize(("make", "suffix"), [(jpeg, ".jpg"), (lambda: animated_webp(30), ".webp")])
def test_the_application_form_accepts_a_jpeg_and_a_30_frame_animation(client, make, suffix):
    assert apply(client, "fr", make()).status_code == 302
    assert Application.objects.get().photo.name.endswith(suffix)


def test_a_jpeg_named_html_is_stored_as_jpg(client):
    assert apply(client, "fr", jpeg(name="page.html")).status_code == 302
    assert Application.objects.get().photo.name.endswith(".jpg")


def product_page(client, shop):  # noqa: F811
    from tests.factories.shop import make_product

    client.force_login(shop["amal"])
    product = make_product({"ar": "جرة", "fr": "Jarre"}, partner_name=shop["A"].name)
    product.categories.add(shop["category"])
    url = f"/fr{DASHBOARD}/{product.pk}/"
    return product, url, client.get(url)


@pytest.mark.parametrize(("make", "french"), [r[1:3] for r in REFUSALS], ids=REFUSAL_IDS)
def test_the_dashboard_refuses_it_as_a_product_image(client, shop, make, french):  # noqa: F811
    product, url, page = product_page(client, shop)
    data = page_data(page)
    data[f"{prefix_of(page, 'image_formset')}-0-original"] = make()

    response = client.post(url, data)

    assert response.status_code == 200
    errors = " ".join(str(error) for error in response.context["image_formset"].errors)
    assert french in errors.replace("&#x27;", "'")
    assert not product.images.exists()


@pytest.mark.parametrize(("make", "french"), [r[1:3] for r in REFUSALS], ids=REFUSAL_IDS)
def test_the_storefront_form_refuses_it_as_the_artisans_photo(client, shop, make, french):  # noqa: F811
    client.force_login(shop["amal"])
    url = f"/fr/shop/dashboard/storefront/{shop['A'].pk}/"
    data = {**page_data(client.get(url)), "photo": make()}

    response = client.post(url, data)

    assert response.status_code == 400  # the view's answer to an invalid storefront form
    errors = " ".join(response.context["form"].errors.get("photo", []))
    assert french in errors.replace("&#x27;", "'")
    assert not ArtisanProfile.objects.get(partner=shop["A"]).photo


@pytest.fixture
def editor(client, site_home):
    user = get_user_model().objects.create_superuser("root", "root@example.org", "pw-root-1")
    client.force_login(user)
    return user


def add_wagtail_image(client, file, lang="fr"):
    return client.post(
        "/admin/images/add/",
        {"title": "Poterie", "file": file, "description": "Une jarre", "collection": "1"},
        HTTP_ACCEPT_LANGUAGE=lang,
    )


@pytest.mark.parametrize("make", [r[1] for r in REFUSALS], ids=REFUSAL_IDS)
def test_the_wagtail_library_refuses_it(client, editor, make):
    response = add_wagtail_image(client, make())

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not Image.objects.exists()


def test_the_wagtail_library_accepts_a_jpeg(client, editor):
    response = add_wagtail_image(client, jpeg())

    assert response.status_code == 302, response.context["form"].errors
    assert Image.objects.get().file.name.endswith(".jpg")
