"""The artisan's product form (forked Oscar dashboard): languages, taxonomy, lead time, variants, images.

Every post is built from the page the artisan was shown (its forms and
formsets, the blank extra rows included), then changed as a user would.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from oscar.core.loading import get_model

from portal.setup.catalogue import ensure_product_classes
from portal.taxonomy.models import Material
from shop.artisans.models import ArtisanProfile
from tests.factories.artisans import make_craft, tiny_image
from tests.factories.shop import PartnerFactory, UserFactory, make_artisan, make_category, make_product

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
StockRecord = get_model("partner", "StockRecord")
DASHBOARD = "/shop/dashboard/catalogue/products"


@pytest.fixture
def shop(site_home):
    ensure_product_classes()
    amal, partner_a = make_artisan("Atelier Amal", username="amal")
    bahia, partner_b = make_artisan("Bijoux Bahia", username="bahia")
    ArtisanProfile.objects.create(partner=partner_a, name="Amal", language="fr")
    return {
        "amal": amal,
        "bahia": bahia,
        "A": partner_a,
        "B": partner_b,
        "category": make_category("Poterie", names={"ar": "فخار", "fr": "Poterie"}),
        "craft": make_craft("pottery-ceramics", ar="الفخار", fr="Poterie"),
        "material": Material.objects.create(slug="clay", name_ar="طين", name_fr="Argile"),
        "stocked": ProductClass.objects.get(slug="handmade-craft"),
        "to_order": ProductClass.objects.get(slug="made-to-order"),
    }


def page_data(response):
    """Every field of the page's form and formsets (blank extra rows too), as the browser posts them."""
    data = {}
    forms = [response.context["form"]]
    for name in response.context.keys():
        value = response.context[name]
        if name.endswith("_formset") and hasattr(value, "management_form"):
            forms += [value.management_form, *value.forms]
    for form in forms:
        for bound in form:
            if bound.field.show_hidden_initial:  # what the browser posts for a callable default
                data[bound.html_initial_name] = bound.field.prepare_value(bound.initial)
            value = bound.value()
            if value is None or value is False or bound.field.disabled:
                continue
            data[bound.html_name] = "on" if value is True else value
    return data


def prefix_of(response, formset):
    return response.context[formset].prefix


def create(client, shop, lang="fr", product_class="stocked", **fields):
    url = f"/{lang}{DASHBOARD}/create/{shop[product_class].slug}/"
    page = client.get(url)
    data = page_data(page)
    stock, categories = prefix_of(page, "stockrecord_formset"), prefix_of(page, "category_formset")
    data.update({f"{categories}-0-category": shop["category"].pk, f"{stock}-0-partner_sku": "AM-1"})
    data[f"{stock}-0-price"] = "180.00"
    if shop[product_class].track_stock:
        data[f"{stock}-0-num_in_stock"] = "4"
    data.update(fields)
    return client.post(url, data), stock


def test_the_artisans_own_language_comes_first_and_is_the_one_required(client, shop):
    client.force_login(shop["amal"])
    form = client.get(f"/ar{DASHBOARD}/create/{shop['stocked'].slug}/").context["form"]
    names = list(form.fields)
    assert names[:5] == ["title_fr", "title_ar", "title_en", "title_zgh", "title_kab"]
    assert names.index("description_fr") < names.index("description_ar")
    assert [name for name in names if name.startswith("title_") and form.fields[name].required] == [
        "title_fr"
    ]


def test_staff_see_the_site_default_language_first(client, shop):
    client.force_login(UserFactory(username="staff", is_staff=True, is_superuser=True))
    response = client.get(f"/fr{DASHBOARD}/create/{shop['stocked'].slug}/")
    assert response.status_code == 200, response
    form = response.context["form"]
    assert list(form.fields)[:2] == ["title_ar", "title_fr"]


def test_an_artisan_creates_a_product_in_two_languages_with_crafts_materials_and_dimensions(client, shop):
    client.force_login(shop["amal"])
    response, _stock = create(
        client,
        shop,
        title_fr="Plat à tajine",
        title_ar="طاجين",
        description_fr="<p>Tourné à la main.</p>",
        crafts=[shop["craft"].pk],
        materials=[shop["material"].pk],
        dimensions="30 × 12 cm",
    )
    assert response.status_code == 302, response.context["form"].errors
    product = Product.objects.get(title_fr="Plat à tajine")
    assert product.title_ar == "طاجين" and product.description_fr == "<p>Tourné à la main.</p>"
    assert list(product.crafts.all()) == [shop["craft"]] and list(product.materials.all()) == [
        shop["material"]
    ]
    assert product.dimensions == "30 × 12 cm" and product.maker == shop["A"]
    assert list(product.stockrecords.values_list("partner", "price")) == [(shop["A"].pk, 180)]
    # The product page shows the dimensions.
    assert "30 × 12 cm" in client.get(f"/fr{product.get_absolute_url()[3:]}").content.decode()


def test_updating_keeps_each_language_in_its_own_column(client, shop):
    client.force_login(shop["amal"])
    product = make_product({"ar": "جرة", "fr": "Jarre"}, partner_name=shop["A"].name)
    product.categories.add(shop["category"])
    url = f"/ar{DASHBOARD}/{product.pk}/"
    data = page_data(client.get(url))
    data.update(title_fr="Grande jarre", title_kab="Tacbayt")
    response = client.post(url, data)
    assert response.status_code == 302, page_errors(response)
    product.refresh_from_db()
    assert (product.title_ar, product.title_fr, product.title_kab) == ("جرة", "Grande jarre", "Tacbayt")


def test_the_artisans_language_title_is_required_and_nothing_is_written_without_it(client, shop):
    client.force_login(shop["amal"])
    response, _stock = create(client, shop, title_ar="طاجين")
    assert response.status_code == 200
    assert "title_fr" in response.context["form"].errors
    assert not Product.objects.filter(title_ar="طاجين").exists()
    assert not StockRecord.objects.filter(partner=shop["A"]).exists()


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_made_to_order_needs_a_lead_time_which_the_product_page_shows(client, shop, lang):
    client.force_login(shop["amal"])
    response, _stock = create(client, shop, lang=lang, product_class="to_order", title_fr="Tapis sur mesure")
    assert response.status_code == 200
    error = response.context["form"].errors["lead_time_days"][0]
    assert (
        error
        == {
            "ar": "المنتجات المصنوعة حسب الطلب تحتاج إلى مدة إنجاز: كم يوما حتى تجهز القطعة.",
            "fr": "Un produit fait sur commande demande un délai : "
            "combien de jours avant que la pièce soit prête.",
        }[lang]
    )
    assert not Product.objects.filter(title_fr="Tapis sur mesure").exists()

    response, _stock = create(
        client, shop, lang=lang, product_class="to_order", title_fr="Tapis sur mesure", lead_time_days="21"
    )
    assert response.status_code == 302
    product = Product.objects.get(title_fr="Tapis sur mesure")
    assert product.lead_time_days == 21
    page = client.get(f"/{lang}{product.get_absolute_url()[3:]}").content.decode()
    assert {"ar": "حسب الطلب: جاهز خلال 21 يوما", "fr": "Fait sur commande : prêt en 21 jours"}[lang] in page


def test_a_lead_time_of_zero_days_is_refused(client, shop):
    client.force_login(shop["amal"])
    response, _stock = create(client, shop, product_class="to_order", title_fr="Tapis", lead_time_days="0")
    assert response.status_code == 200 and "lead_time_days" in response.context["form"].errors


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_an_artisan_creates_a_parent_and_variants_each_with_its_own_stock_and_price(client, shop, lang):
    client.force_login(shop["amal"])
    url = f"/{lang}{DASHBOARD}/create/{shop['stocked'].slug}/"
    page = client.get(url)
    data = page_data(page)
    data.update(
        {
            f"{prefix_of(page, 'category_formset')}-0-category": shop["category"].pk,
            "title_fr": "Babouches",
            "title_ar": "بلغة",
            "action": "create-child",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, page_errors(response)
    parent = Product.objects.get(title_fr="Babouches")
    assert response.status_code == 302
    assert response["Location"] == f"/{lang}{DASHBOARD}/{parent.pk}/create-variant/"
    assert not parent.stockrecords.exists() and parent.maker == shop["A"]

    for size, colour, price in (("38", "Rouge", "250.00"), ("40", "Jaune", "270.00")):
        child_url = (
            response["Location"] if size == "38" else f"/{lang}{DASHBOARD}/{parent.pk}/create-variant/"
        )
        page = client.get(child_url)
        assert page.status_code == 200
        form = page.context["form"]
        assert {"attr_size", "attr_colour"} <= set(form.fields)
        data = page_data(page)
        stock = prefix_of(page, "stockrecord_formset")
        data.update(
            {
                "attr_size": size,
                "attr_colour": colour,
                f"{stock}-0-partner_sku": f"BAB-{size}",
                f"{stock}-0-price": price,
                f"{stock}-0-num_in_stock": "3",
            }
        )
        response = client.post(child_url, data)
        assert response.status_code == 302, page_errors(response)

    parent.refresh_from_db()
    assert parent.is_parent
    variants = {child.attr.size: child for child in parent.children.all()}
    assert set(variants) == {"38", "40"}
    prices = {
        size: list(child.stockrecords.values_list("partner", "price")) for size, child in variants.items()
    }
    assert prices == {"38": [(shop["A"].pk, 250)], "40": [(shop["A"].pk, 270)]}
    # The parent stays the artisan's in the list, and nothing of it reaches the other artisan.
    assert "Babouches" in client.get("/fr/shop/dashboard/catalogue/").content.decode()
    client.force_login(shop["bahia"])
    assert client.get(f"/{lang}{DASHBOARD}/{parent.pk}/create-variant/").status_code == 404
    assert client.get(f"/{lang}{DASHBOARD}/{parent.pk}/").status_code == 404


def page_errors(response):
    if response.context is None:
        return response
    return [response.context["form"].errors] + [
        response.context[name].errors for name in response.context.keys() if name.endswith("_formset")
    ]


def test_a_product_about_to_get_variants_takes_no_stock_of_its_own(client, shop):
    client.force_login(shop["amal"])
    response, _stock = create(client, shop, title_fr="Babouches", action="create-child")
    assert response.status_code == 200
    assert "chaque variante" in str(response.context["stockrecord_formset"].non_form_errors())
    assert not Product.objects.filter(title_fr="Babouches").exists()


def test_an_artisan_cannot_add_a_variant_to_another_artisans_product(client, shop):
    collier = make_product({"fr": "Collier"}, partner_name=shop["B"].name)
    client.force_login(shop["amal"])
    assert client.get(f"/fr{DASHBOARD}/{collier.pk}/create-variant/").status_code == 404


@pytest.mark.parametrize("crafted", ["partner", "maker"])
def test_crafted_partner_or_maker_on_a_new_product_changes_nothing(client, shop, crafted):
    client.force_login(shop["amal"])
    _response, stock = create(client, shop, title_fr="Tajine")  # learn the prefix
    Product.objects.filter(title_fr="Tajine").delete()
    key = f"{stock}-0-partner" if crafted == "partner" else "maker"
    response, _stock = create(client, shop, title_fr="Tajine", **{key: shop["B"].pk})
    if crafted == "partner":
        assert response.status_code == 200  # a form error, nothing written
        assert not Product.objects.filter(title_fr="Tajine").exists()
    else:
        assert response.status_code == 302
        assert Product.objects.get(title_fr="Tajine").maker == shop["A"]
    assert not StockRecord.objects.filter(partner=shop["B"]).exists()


def test_the_artisan_is_never_offered_a_partner_to_choose(client, shop):
    client.force_login(shop["amal"])
    page = client.get(f"/fr{DASHBOARD}/create/{shop['stocked'].slug}/")
    html = page.content.decode()
    stock = prefix_of(page, "stockrecord_formset")
    assert f'type="hidden" name="{stock}-0-partner" value="{shop["A"].pk}"' in html
    assert "Bijoux Bahia" not in html


HTML_AS_JPG = SimpleUploadedFile(
    "photo.jpg", b"<html><script>alert(1)</script></html>", content_type="image/jpeg"
)


def big_file():
    return SimpleUploadedFile(
        "big.jpg", b"\xff\xd8\xff" + b"0" * (20 * 1024 * 1024), content_type="image/jpeg"
    )


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (big_file, "Cette photo pèse 20,0"),
        (lambda: HTML_AS_JPG, "Ce fichier n'est pas une photo JPEG, PNG ou WebP."),
        (lambda: tiny_image("huge.png", size=(6001, 50), image_format="PNG"), "6001 × 50"),
    ],
    ids=["20 MB", "HTML named .jpg", "too many pixels"],
)
def test_product_images_keep_the_photo_limits(client, shop, upload, message):
    client.force_login(shop["amal"])
    product = make_product({"ar": "جرة", "fr": "Jarre"}, partner_name=shop["A"].name)
    product.categories.add(shop["category"])
    url = f"/fr{DASHBOARD}/{product.pk}/"
    page = client.get(url)
    data = page_data(page)
    data[f"{prefix_of(page, 'image_formset')}-0-original"] = upload()
    response = client.post(url, data)
    assert response.status_code == 200
    errors = " ".join(str(error) for error in response.context["image_formset"].errors)
    assert message in errors.replace("&#x27;", "'")
    assert not product.images.exists()


def test_a_real_small_photo_is_stored(client, shop):
    client.force_login(shop["amal"])
    product = make_product({"ar": "جرة", "fr": "Jarre"}, partner_name=shop["A"].name)
    product.categories.add(shop["category"])
    url = f"/fr{DASHBOARD}/{product.pk}/"
    page = client.get(url)
    data = page_data(page)
    data[f"{prefix_of(page, 'image_formset')}-0-original"] = tiny_image()
    response = client.post(url, data)
    assert response.status_code == 302, page_errors(response)
    assert product.images.count() == 1


def test_setup_creates_the_variant_attributes_once():
    ProductClass.objects.filter(slug__in=["handmade-craft", "made-to-order"]).delete()
    assert ensure_product_classes()
    assert ensure_product_classes() == []
    for slug in ("handmade-craft", "made-to-order"):
        codes = set(ProductClass.objects.get(slug=slug).attributes.values_list("code", flat=True))
        assert codes == {"size", "colour"}
    assert not ProductClass.objects.get(slug="made-to-order").track_stock


def test_another_partner_in_the_world_does_not_change_the_artisans_hidden_partner(client, shop):
    PartnerFactory(name="Third")
    client.force_login(shop["amal"])
    response, _stock = create(client, shop, title_fr="Tajine")
    assert response.status_code == 302
    assert list(Product.objects.get(title_fr="Tajine").stockrecords.values_list("partner", flat=True)) == [
        shop["A"].pk
    ]
