"""Shop pages as a shopper sees them: layout, direction, language switch, safe descriptions."""

import re
from html.parser import HTMLParser

import pytest
from django.utils import translation

from tests.factories.shop import make_category, make_product, url_in

pytestmark = pytest.mark.django_db


class _Links(HTMLParser):
    """Every URL the browser would fetch by itself (scripts, styles, images, frames)."""

    def __init__(self):
        super().__init__()
        self.fetched = []
        self.alternates = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"script", "img", "iframe", "source", "video", "audio"} and attrs.get("src"):
            self.fetched.append(attrs["src"])
        if tag == "link":
            if attrs.get("rel") == "alternate":
                self.alternates[attrs.get("hreflang")] = attrs.get("href")
            elif attrs.get("href") and attrs.get("rel") != "canonical":  # a canonical URL is not fetched
                self.fetched.append(attrs["href"])


def parse(response):
    links = _Links()
    links.feed(response.content.decode())
    return links


def lang_switch_url(response, code):
    match = re.search(rf'<a href="([^"]+)" lang="{code}" hreflang="{code}"', response.content.decode())
    assert match, f"no switcher link to {code}"
    return match.group(1)


@pytest.fixture
def product():
    category = make_category("Pottery", names={"ar": "فخار", "fr": "Poterie"})
    return make_product({"ar": "طاجين فخاري", "fr": "Tajine en terre cuite"}, categories=[category])


def shop_urls(product):
    with translation.override("ar"):
        return [
            "/ar/shop/catalogue/",
            product.get_absolute_url(),
            product.categories.first().get_absolute_url(),
            "/ar/shop/basket/",
        ]


def test_shop_pages_use_the_portal_header_and_footer_in_both_directions(client, product):
    for url in shop_urls(product):
        ar = client.get(url)
        fr = client.get("/fr/" + url[4:])
        for response, direction in ((ar, "rtl"), (fr, "ltr")):
            html = response.content.decode()
            assert response.status_code == 200, url
            assert f'dir="{direction}"' in html
            assert 'class="site-header"' in html and 'class="site-footer"' in html
            assert 'id="top_page"' not in html  # Oscar's account bar is gone
            assert "/static/css/shop.css" in html and "/static/oscar/css/styles.css" in html


def test_no_shop_page_loads_anything_from_another_host(client, product, settings):
    settings.GOOGLE_ANALYTICS_ID = "G-TEST"  # Oscar's tracking partial must stay silent
    for url in shop_urls(product):
        fetched = parse(client.get(url)).fetched
        assert fetched, url
        foreign = [src for src in fetched if re.match(r"^(https?:)?//", src)]
        assert foreign == [], url


def test_language_switcher_lands_on_the_same_product(client, product):
    ar = client.get(url_in("ar", product))
    assert ar.status_code == 200
    assert "<h1>طاجين فخاري</h1>" in ar.content.decode()

    fr_url = lang_switch_url(ar, "fr")
    assert fr_url == url_in("fr", product)
    assert parse(ar).alternates["fr"].endswith(fr_url)
    fr = client.get(fr_url)

    assert fr.status_code == 200
    html = fr.content.decode()
    assert "<h1>Tajine en terre cuite</h1>" in html
    assert 'lang="fr"' in html


def test_language_switcher_keeps_a_product_with_an_arabic_slug(client):
    product = make_product({"ar": "زربية أمازيغية"})  # slug made from the Arabic title
    fr_url = lang_switch_url(client.get(url_in("ar", product)), "fr")

    response = client.get(fr_url)

    assert response.status_code == 200
    assert response.context["product"] == product


def test_language_switcher_on_a_category_and_the_catalogue(client, product):
    category = product.categories.first()
    ar = client.get(url_in("ar", category))
    fr = client.get(lang_switch_url(ar, "fr"))
    assert fr.status_code == 200
    assert "<h1>Poterie</h1>" in fr.content.decode()

    kab = client.get(lang_switch_url(client.get("/fr/shop/catalogue/?page=1"), "kab"))
    assert kab.status_code == 200


def test_product_detail_shows_the_artisan(client):
    product = make_product({"ar": "عقد فضي", "fr": "Collier en argent"}, partner_name="Tizi Ouzou Bijoux")

    html = client.get(url_in("fr", product)).content.decode()

    assert "Tizi Ouzou Bijoux" in html


def test_unknown_or_hidden_product_is_a_404(client):
    hidden = make_product()
    hidden.is_public = False
    hidden.save()

    assert client.get("/ar/shop/catalogue/nothing_999999/").status_code == 404
    assert client.get(url_in("ar", hidden)).status_code == 404


def test_artisan_description_is_shown_without_scripts(client):
    product = make_product({"ar": "صابون", "fr": "Savon"})
    product.description_ar = (
        '<p onmouseover="steal()">صابون <strong>طبيعي</strong></p><script>steal()</script>'
    )
    product.description_fr = (
        '<p>Savon <em>naturel</em><img src="https://evil.example/x.png" onerror="steal()"></p>'
    )
    product.save()

    ar = client.get(url_in("ar", product)).content.decode()
    fr = client.get(url_in("fr", product)).content.decode()

    assert "<p>صابون <strong>طبيعي</strong></p>" in ar
    assert "<p>Savon <em>naturel</em></p>" in fr
    for html in (ar, fr):
        assert "steal()" not in html
        assert "evil.example" not in html


def test_oscars_untranslated_strings_read_in_arabic_on_the_product_and_catalogue(client, product, settings):
    settings.OSCAR_PRODUCTS_PER_PAGE = 1
    make_product({"ar": "زربية", "fr": "Tapis"})
    with translation.override("ar"):
        detail = client.get(product.get_absolute_url()).content.decode()
    catalogue = client.get("/ar/shop/catalogue/").content.decode()

    assert "متوفر (10 في المخزون)" in detail
    assert "In stock" not in detail and "Price (incl. tax)" not in detail
    assert "نتيجة - من" in catalogue and "results - showing" not in catalogue
    assert "الصفحة 1 من 2" in catalogue and "Page 1 of" not in catalogue
