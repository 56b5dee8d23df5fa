"""Thumbnails and renditions are made when an image is uploaded, so a visitor's first view decodes nothing.

Counted without patching: the files under MEDIA_ROOT, sorl's key-value rows
(one per thumbnail) and Wagtail's rendition rows, before and after the view.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.template import Context, Template
from sorl.thumbnail.models import KVStore
from wagtail.images import get_image_model

from portal.uploads.renditions import ARTISAN_THUMBNAILS, PRODUCT_THUMBNAILS, WAGTAIL_RENDITIONS
from tests.integration.test_dashboard_product_form import DASHBOARD, page_data, prefix_of, shop  # noqa: F401
from tests.support.uploads import jpeg

pytestmark = pytest.mark.django_db

Image = get_image_model()
TEMPLATE_DIRS = [settings.BASE_DIR / "portal", settings.BASE_DIR / "shop", settings.BASE_DIR / "home"]


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def media_files(root):
    return sorted(str(path.relative_to(root)) for path in Path(root).rglob("*") if path.is_file())


def template_texts():
    for folder in TEMPLATE_DIRS:
        for path in folder.rglob("*.html"):
            yield path.read_text()


def test_every_size_our_templates_ask_for_is_in_the_lists():
    thumbnails = {size for size, _options in PRODUCT_THUMBNAILS + ARTISAN_THUMBNAILS}
    specs = {spec.replace("|", " ") for spec in WAGTAIL_RENDITIONS}
    for text in template_texts():
        for size in re.findall(r'{% oscar_thumbnail \S+ "([^"]+)"', text):
            assert size in thumbnails, size
        for tag in re.findall(r"{% image \S+ ([^%]+?)%}", text):
            spec = " ".join(word for word in tag.split() if "=" not in word)
            assert spec in specs, spec


def test_the_first_view_of_a_product_page_makes_no_thumbnail(
    client,
    shop,  # noqa: F811
    media,
    django_capture_on_commit_callbacks,
):
    from tests.factories.shop import make_product

    client.force_login(shop["amal"])
    product = make_product({"ar": "جرة", "fr": "Jarre"}, partner_name=shop["A"].name)
    product.categories.add(shop["category"])
    url = f"/fr{DASHBOARD}/{product.pk}/"
    page = client.get(url)
    data = page_data(page)
    data[f"{prefix_of(page, 'image_formset')}-0-original"] = jpeg(size=(1200, 900))
    with django_capture_on_commit_callbacks(execute=True):  # made once the upload is committed
        assert client.post(url, data).status_code == 302
    client.logout()
    files, rows = media_files(media), KVStore.objects.count()
    assert len([name for name in files if name.startswith("cache/")]) == len(PRODUCT_THUMBNAILS)

    response = client.get(product.get_absolute_url())

    assert response.status_code == 200
    thumbnail = product.primary_image().original.name
    assert "/media/cache/" in response.content.decode() and thumbnail
    assert media_files(media) == files
    assert KVStore.objects.count() == rows


def test_an_image_added_to_the_wagtail_library_has_its_renditions_at_once(
    client, site_home, django_capture_on_commit_callbacks
):
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "pw-1"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/images/add/",
            {
                "title": "Jarre",
                "file": jpeg(size=(1600, 1200)),
                "description": "Une jarre",
                "collection": "1",
            },
        )
    assert response.status_code == 302
    image = Image.objects.get()
    made = image.renditions.count()
    assert made == len(WAGTAIL_RENDITIONS)

    for spec in WAGTAIL_RENDITIONS:  # what {% image %} in a page does on its first view
        html = Template("{% load wagtailimages_tags %}{% image img " + spec.replace("|", " ") + " %}").render(
            Context({"img": Image.objects.get()})
        )
        assert "<img" in html

    assert image.renditions.count() == made


def test_replacing_the_file_of_a_wagtail_image_makes_its_renditions_again(
    client, site_home, django_capture_on_commit_callbacks
):
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "pw-1"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/admin/images/add/",
            {"title": "Jarre", "file": jpeg(size=(800, 600)), "description": "Une jarre", "collection": "1"},
        )
    image = Image.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/images/{image.pk}/",
            {
                "title": "Jarre",
                "file": jpeg("autre.jpg", size=(900, 700)),
                "description": "Une jarre",
                "collection": "1",
                "focal_point_x": "",
                "focal_point_y": "",
                "focal_point_width": "",
                "focal_point_height": "",
            },
        )
    assert response.status_code == 302, response.context["form"].errors
    image.refresh_from_db()
    assert image.width == 900
    assert image.renditions.count() == len(WAGTAIL_RENDITIONS)
