"""Storefront and directory in a browser: ar (right to left), fr and zgh, desktop and a 360-px phone."""

import pytest
from django.core.files.base import ContentFile

from portal.demo.images import draw_image
from shop.artisans.models import ArtisanProfile
from tests.e2e.conftest import foreign_requests, screenshot
from tests.factories.artisans import made_to_order_class, make_profile
from tests.factories.shop import make_category, make_product


@pytest.fixture
def storefront(live_home, settings):
    from django.core.cache import cache
    from oscar.apps.catalogue.models import ProductImage

    # Uploads and thumbnails go where the live server serves /media/ from, whatever an earlier test
    # left in the storage's cached location or in sorl-thumbnail's cached key-value store.
    settings.MEDIA_ROOT = settings.MEDIA_ROOT
    cache.clear()

    profile = make_profile(
        "Khadija Amrani",
        kind=ArtisanProfile.Kind.WOMENS_HOUSE,
        workshop="Dar Sani'a des femmes de Marrakech",
        region="MA-07",
        story_ar="دار الصانعة في مدينة مراكش تجمع نساءً يطرزن وينسجن ويصنعن السلال.",
        story_fr="La maison de l'artisane de la médina de Marrakech réunit des brodeuses et des vannières.",
        story_zgh="Khadija Amrani — ⴰⵎⵙⵏⴰⵡ ⴳ ⵎⵕⵕⴰⴽⵛ. ⵉⵜⵜⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ.",
        phone="+212612345678",
        show_phone=True,
    )
    profile.photo.save("khadija.jpg", ContentFile(draw_image("carpet", "khadija", size=320)), save=True)
    craft = make_category("Embroidery", names={"ar": "تطريز", "fr": "Broderie", "zgh": "ⵜⴰⵔⵇⵇⵎⵜ"})
    titles = [
        ({"ar": "وسادة مطرزة", "fr": "Coussin brodé", "zgh": "ⵜⴰⵙⵓⵎⵜ"}, "250.00", "garment"),
        ({"ar": "سلة من الدوم", "fr": "Panier en doum", "zgh": "ⵜⴰⵙⵍⵜ"}, "180.00", "jar"),
        ({"ar": "قفطان حسب المقاس", "fr": "Caftan sur mesure", "zgh": "ⵇⴼⵟⴰⵏ"}, "1800.00", "garment"),
    ]
    for n, (title, price, motif) in enumerate(titles):
        product = make_product(
            title, price=price, num_in_stock=4, partner_name=profile.partner.name, categories=[craft]
        )
        if n == 2:
            product.product_class = made_to_order_class()
            product.save()
        image = ProductImage(product=product, display_order=0)
        image.original.save(f"e2e-{n}.jpg", ContentFile(draw_image(motif, f"e2e-{n}", size=320)), save=True)
    for name, region in (("Arezki Aït Ouali", "DZ-15"), ("Nora Chenouf", "DZ-05"), ("Itto Oulhaj", "MA-05")):
        other = make_profile(name, region=region, kind=ArtisanProfile.Kind.INDIVIDUAL)
        other.photo.save(f"{other.slug}.jpg", ContentFile(draw_image("pot", name, size=320)), save=True)
    return profile


@pytest.mark.parametrize(("code", "direction"), [("ar", "rtl"), ("fr", "ltr"), ("zgh", "ltr")])
def test_storefront_and_directory_render_in_every_direction(
    page, live_server, live_home, storefront, code, direction
):
    for name, path in (
        ("storefront", f"{storefront.slug}/"),
        ("artisans", ""),
        ("card", f"{storefront.slug}/card/"),
    ):
        response = page.goto(f"{live_home}/{code}/shop/artisans/{path}", wait_until="networkidle")
        assert response.status == 200
        assert page.locator("html").get_attribute("dir") == direction
        assert page.evaluate("getComputedStyle(document.body).direction") == direction
        screenshot(page, f"{name}-{code}")
        assert page.hirfa_failures == [] and page.hirfa_errors == []
        assert foreign_requests(page, live_server) == []
    # On a 360-px phone nothing is wider than the screen.
    page.set_viewport_size({"width": 360, "height": 740})
    for name, path in (("storefront", f"{storefront.slug}/"), ("artisans", "")):
        page.goto(f"{live_home}/{code}/shop/artisans/{path}", wait_until="networkidle")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        screenshot(page, f"{name}-{code}-phone")


def test_a_visitor_writes_to_the_artisan_without_javascript(browser, live_server, live_home, storefront):
    from django.core import mail

    from shop.artisans.models import ArtisanMessage

    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        page.goto(f"{live_home}/fr/shop/artisans/{storefront.slug}/")
        page.fill("#id_name", "Amina")
        page.fill("#id_phone", "06 12 34 56 78")
        page.fill("#id_message", "Bonjour, faites-vous des coussins bleus ?")
        page.click("button[type=submit]")
        assert "Votre message a été envoyé à Khadija Amrani." in page.content()
        screenshot(page, "storefront-fr-message-sent")
    finally:
        context.close()
    assert ArtisanMessage.objects.get().phone == "+212612345678"
    assert len(mail.outbox) == 1
