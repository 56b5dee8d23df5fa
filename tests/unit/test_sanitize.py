"""Artisans' HTML descriptions are cleaned before they are stored."""

import pytest
from django.conf import settings
from oscar.core.loading import get_model

from shop.catalogue.sanitize import clean_html, sanitize_category, sanitize_product

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
LANGS = [code for code, _name in settings.LANGUAGES]

DIRTY = (
    '<p onclick="steal()" onmouseover="steal()">Tapis <b>tissé</b> <em>main</em></p>'
    "<script>steal()</script><style>body{display:none}</style>"
    '<a href="javascript:steal()">x</a><img src="https://evil.example/p.png" onerror="steal()">'
    '<iframe src="https://evil.example/"></iframe>'
)


def assert_clean(html):
    assert "<script" not in html and "steal()" not in html
    assert "onclick" not in html and "onmouseover" not in html and "onerror" not in html
    assert "javascript:" not in html
    assert "evil.example" not in html and "<iframe" not in html and "<style" not in html


def test_scripts_and_event_handlers_go_formatting_stays():
    cleaned = clean_html(DIRTY)

    assert_clean(cleaned)
    assert cleaned.startswith("<p>Tapis <b>tissé</b> <em>main</em></p>")


def test_harmless_formatting_and_links_are_kept():
    html = (
        '<h3>Matières</h3><ul><li>laine</li><li dir="rtl">صوف</li></ul>'
        '<p>Voir <a href="https://hirfa.example/artisans/">nos artisans</a><br>merci</p>'
    )

    cleaned = clean_html(html)

    assert '<h3>Matières</h3><ul><li>laine</li><li dir="rtl">صوف</li></ul>' in cleaned
    assert 'href="https://hirfa.example/artisans/"' in cleaned
    assert 'rel="noopener noreferrer nofollow"' in cleaned
    assert "<br>" in cleaned


@pytest.mark.parametrize("value", [None, "", "texte simple", "نص عربي"])
def test_plain_values_pass_through(value):
    assert clean_html(value) == value


def test_every_language_column_of_a_product_is_cleaned():
    product = Product(**{f"description_{lang}": f"{DIRTY}<p>{lang}</p>" for lang in LANGS})

    sanitize_product(Product, product)

    for lang in LANGS:
        cleaned = getattr(product, f"description_{lang}")
        assert_clean(cleaned)
        assert f"<p>{lang}</p>" in cleaned
        assert "<b>tissé</b>" in cleaned


def test_category_descriptions_are_cleaned():
    category = Category(long_description=DIRTY, **{f"description_{lang}": DIRTY for lang in LANGS})

    sanitize_category(Category, category)

    assert_clean(category.long_description)
    for lang in LANGS:
        assert_clean(getattr(category, f"description_{lang}"))


@pytest.mark.django_db
def test_saving_a_product_stores_clean_html_in_every_column():
    from tests.factories.shop import make_product

    product = make_product()
    for lang in LANGS:
        setattr(product, f"description_{lang}", DIRTY)
    product.save()

    stored = Product.objects.filter(pk=product.pk).values(
        "description", *[f"description_{lang}" for lang in LANGS]
    )[0]
    for html in stored.values():
        assert_clean(html)
        assert "<b>tissé</b>" in html
