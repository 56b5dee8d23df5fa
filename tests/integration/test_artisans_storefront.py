"""An artisan's storefront as visitors see it: Arabic (right to left) and French, products, QR code, 404s."""

import pytest
from defusedxml.ElementTree import fromstring
from django.utils import translation

from portal.core.money import format_price
from shop.artisans.models import ArtisanProfile
from shop.artisans.qr import qr_svg, qr_svg_document
from tests.factories.artisans import made_to_order_class, make_craft, make_profile
from tests.factories.shop import make_category, make_product, url_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(site_home):
    profile = make_profile(
        "Khadija Amrani",
        kind=ArtisanProfile.Kind.WOMENS_HOUSE,
        workshop="Dar Sani'a",
        region="MA-07",
        story_ar="نساء مراكش يطرزن وينسجن معًا.",
        story_fr="Les femmes de Marrakech brodent et tissent ensemble.",
        phone="+212612345678",
        email="khadija@example.test",
    )
    pottery = make_category("Embroidery", names={"ar": "فئة التطريز", "fr": "Rayon broderie"})
    cushion = make_product(
        {"ar": "وسادة مطرزة", "fr": "Coussin brodé"},
        price="250.00",
        num_in_stock=3,
        partner_name=profile.partner.name,
        categories=[pottery],
    )
    cushion.crafts.add(make_craft("embroidery", ar="تطريز", fr="Broderie"))
    kaftan = make_product(
        {"ar": "قفطان حسب المقاس", "fr": "Caftan sur mesure"},
        price="1800.00",
        num_in_stock=None,
        partner_name=profile.partner.name,
    )
    kaftan.product_class = made_to_order_class()
    kaftan.save()
    return profile


def html_of(response):
    assert response.status_code == 200
    return response.content.decode()


def test_storefront_in_arabic_is_right_to_left_with_arabic_texts(client, profile):
    html = html_of(client.get(f"/ar/shop/artisans/{profile.slug}/"))
    assert '<html lang="ar" dir="rtl">' in html
    assert "نساء مراكش يطرزن وينسجن معًا." in html
    assert "مراكش آسفي" in html  # the region by its code, named in Arabic
    assert "دار الصانعة" in html  # the kind
    assert "تطريز" in html  # the craft, from the products' crafts (the profile has none)
    assert "وسادة مطرزة" in html and "قفطان حسب المقاس" in html
    with translation.override("ar"):
        assert format_price(250, "MAD") in html
    assert "/static/css/artisans.css" in html
    assert "bootstrap" not in html.lower() and "jquery" not in html.lower()


def test_storefront_in_french_is_left_to_right_with_french_texts(client, profile):
    html = html_of(client.get(f"/fr/shop/artisans/{profile.slug}/"))
    assert '<html lang="fr" dir="ltr">' in html
    assert "Les femmes de Marrakech brodent et tissent ensemble." in html
    assert "Marrakech-Safi" in html and "Maison de l&#x27;artisane" in html and "Broderie" in html
    assert "Coussin brodé" in html and "Caftan sur mesure" in html
    with translation.override("fr"):
        assert format_price(1800, "MAD") in html


def test_tamazight_falls_back_to_the_arabic_story(client, profile):
    html = html_of(client.get(f"/zgh/shop/artisans/{profile.slug}/"))
    assert '<html lang="zgh" dir="ltr">' in html
    assert "نساء مراكش يطرزن وينسجن معًا." in html


def test_products_are_split_into_in_stock_and_made_to_order_each_linking_to_its_page(client, profile):
    html = html_of(client.get(f"/fr/shop/artisans/{profile.slug}/"))
    in_stock, made_to_order = html.split('id="made-to-order"')
    assert "Coussin brodé" in in_stock and "Caftan sur mesure" not in in_stock
    assert "Caftan sur mesure" in made_to_order
    for product in profile.partner.stockrecords.all():
        assert f'href="{url_in("fr", product.product)}"' in html


def test_sold_out_hidden_other_artisans_and_private_products_are_not_listed(client, profile):
    make_product({"fr": "Panier épuisé"}, num_in_stock=0, partner_name=profile.partner.name)
    make_product({"fr": "Produit d'un autre"}, num_in_stock=5, partner_name="Another artisan")
    make_product({"fr": "Brouillon"}, num_in_stock=5, partner_name=profile.partner.name, is_public=False)
    html = html_of(client.get(f"/fr/shop/artisans/{profile.slug}/"))
    assert "Coussin brodé" in html
    for title in ("Panier épuisé", "Produit d&#x27;un autre", "Brouillon"):
        assert title not in html


def test_a_variant_parent_is_listed_from_its_lowest_price(client, profile):
    from oscar.test.factories import create_product

    parent = create_product(title="Tapis", structure="parent", product_class="Carpets")
    parent.title_fr = "Tapis zayane"
    parent.save()
    for price in ("900.00", "600.00"):
        create_product(
            parent=parent, title="", price=price, num_in_stock=2, partner_name=profile.partner.name
        )
    html = html_of(client.get(f"/fr/shop/artisans/{profile.slug}/"))
    with translation.override("fr"):
        assert f"À partir de <bdi>{format_price(600, 'MAD')}</bdi>" in html


def test_phone_and_email_are_hidden_unless_the_artisan_opts_in(client, profile):
    url = f"/fr/shop/artisans/{profile.slug}/"
    html = html_of(client.get(url))
    assert "khadija@example.test" not in html and "612345678" not in html
    profile.show_phone = True
    profile.save()
    html = html_of(client.get(url))
    assert 'href="tel:+212612345678"' in html and "khadija@example.test" not in html
    profile.show_email = True
    profile.save()
    assert 'href="mailto:khadija@example.test"' in html_of(client.get(url))


def test_unknown_or_inactive_storefront_is_a_404_in_the_visitors_language(client, profile):
    response = client.get("/fr/shop/artisans/nobody-here/")
    assert response.status_code == 404 and "Page introuvable" in response.content.decode()
    profile.is_active = False
    profile.save()
    for suffix in ("", "card/", "qr.svg"):
        response = client.get(f"/ar/shop/artisans/{profile.slug}/{suffix}")
        assert response.status_code == 404
        html = response.content.decode()
        assert "الصفحة غير موجودة" in html and 'dir="rtl"' in html and "Khadija" not in html


def test_print_card_holds_a_qr_code_of_the_storefront_url_in_the_pages_language(client, profile):
    for lang in ("ar", "fr"):
        expected = f"http://testserver/{lang}/shop/artisans/{profile.slug}/"
        html = html_of(client.get(f"/{lang}/shop/artisans/{profile.slug}/card/"))
        assert qr_svg(expected, scale=6) in html  # exactly what segno draws for that URL
        assert f"<title>{expected}</title>" in html and f"<bdi>{expected}</bdi>" in html
        assert "size: A6" in html and "Khadija Amrani" in html
    assert "size: A5" in html_of(client.get(f"/fr/shop/artisans/{profile.slug}/card/?size=a5"))
    assert "size: A6" in html_of(client.get(f"/fr/shop/artisans/{profile.slug}/card/?size=%3Cscript%3E"))


def test_qr_svg_file_is_valid_svg_encoding_the_storefront_url(client, profile):
    expected = f"http://testserver/fr/shop/artisans/{profile.slug}/"
    response = client.get(f"/fr/shop/artisans/{profile.slug}/qr.svg")
    assert response.status_code == 200 and response["Content-Type"] == "image/svg+xml"
    root = fromstring(response.content)
    ns = {"svg": "http://www.w3.org/2000/svg"}
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.find("svg:title", ns).text == expected
    assert response.content == qr_svg_document(expected)
    assert response.content != qr_svg_document(expected.replace("/fr/", "/ar/"))


def test_product_page_links_to_the_artisans_storefront(client, profile):
    product = profile.partner.stockrecords.order_by("pk").first().product
    html = html_of(client.get(url_in("fr", product)))
    assert f'href="/fr/shop/artisans/{profile.slug}/"' in html
    profile.is_active = False
    profile.save()
    assert f'href="/fr/shop/artisans/{profile.slug}/"' not in html_of(client.get(url_in("fr", product)))


def test_slug_is_ascii_made_from_the_name_and_unique(db):
    first = make_profile("خديجة العمراني")
    second = make_profile("خديجة  العمراني!", partner_name="Another partner")
    assert first.slug == "khdyjh-lmrny"
    assert second.slug == "khdyjh-lmrny-2"
    assert make_profile("Tassadit Hamdi").slug == "tassadit-hamdi"


def test_the_profiles_own_crafts_replace_its_products_crafts_in_the_readers_language(client, profile):
    profile.crafts.add(make_craft("weaving", ar="النسيج", fr="Tissage"))
    ar = html_of(client.get(f"/ar/shop/artisans/{profile.slug}/"))
    fr = html_of(client.get(f"/fr/shop/artisans/{profile.slug}/"))
    assert "النسيج" in ar and "تطريز" not in ar
    assert ">Tissage</a>" in fr and "Broderie" not in fr
    assert 'href="/fr/shop/artisans/?craft=weaving"' in fr
    card = html_of(client.get(f"/fr/shop/artisans/{profile.slug}/card/"))
    assert "Tissage" in card
