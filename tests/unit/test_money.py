"""Prices in both country profiles: Morocco (MAD) and Algeria (DZD), per language."""

from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from portal.core.money import babel_locale, format_price
from portal.country.profiles import get_profile

ARABIC_INDIC_DIGITS = set("٠١٢٣٤٥٦٧٨٩")


@pytest.fixture
def morocco(settings):
    settings.HIRFA_PROFILE = get_profile("MA")
    settings.OSCAR_DEFAULT_CURRENCY = "MAD"


@pytest.fixture
def algeria(settings):
    settings.HIRFA_PROFILE = get_profile("DZ")
    settings.OSCAR_DEFAULT_CURRENCY = "DZD"


def render_price(amount, language):
    template = Template("{% load currency_filters %}{{ amount|currency }}")
    with translation.override(language):
        return template.render(Context({"amount": amount}))


def test_morocco_in_arabic_uses_latin_digits_and_the_arabic_sign(morocco):
    text = format_price(Decimal("1234.50"), language="ar")

    assert babel_locale("ar") == "ar_MA"
    assert "1.234,50" in text
    assert "د.م." in text
    assert not ARABIC_INDIC_DIGITS & set(text)


def test_morocco_in_french(morocco):
    assert format_price(Decimal("1234.50"), language="fr").replace("\u202f", " ").replace("\xa0", " ") == (
        "1 234,50 MAD"
    )


def test_algeria_in_french_shows_da(algeria):
    text = format_price(Decimal("1234.50"), language="fr")

    assert babel_locale("fr") == "fr_DZ"
    assert text.replace("\u202f", " ").replace("\xa0", " ") == "1 234,50 DA"


def test_algeria_in_arabic_uses_latin_digits_and_the_arabic_sign(algeria):
    text = format_price(Decimal("1234.50"), language="ar")

    assert babel_locale("ar") == "ar_DZ"
    assert "1.234,50" in text
    assert "د.ج." in text
    assert not ARABIC_INDIC_DIGITS & set(text)


@pytest.mark.parametrize(
    ("profile", "language", "expected"),
    [
        ("MA", "ar", "د.م."),
        ("MA", "fr", "MAD"),
        ("MA", "en", "MAD"),
        ("DZ", "ar", "د.ج."),
        ("DZ", "fr", "DA"),
        ("DZ", "kab", "DA"),
        ("DZ", "zgh", "DZD"),
    ],
)
def test_template_filter_follows_the_active_language_and_profile(settings, profile, language, expected):
    settings.HIRFA_PROFILE = get_profile(profile)
    settings.OSCAR_DEFAULT_CURRENCY = settings.HIRFA_PROFILE["currency"]

    text = render_price(Decimal("99.5"), language)

    assert expected in text
    assert "99" in text and "50" in text
    assert not ARABIC_INDIC_DIGITS & set(text)


@pytest.mark.parametrize("bad", [None, "", "abc", object()])
def test_template_filter_renders_nothing_for_a_non_number(morocco, bad):
    assert render_price(bad, "ar") == ""



NUMBER = Template("{% load hirfa_i18n %}{{ n|local_number }}")


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ar", "305.358"), ("fr", "305\u202f358"), ("en", "305,358"), ("kab", "305\xa0358")],
)
def test_key_figures_are_grouped_for_the_readers_locale(morocco, language, expected):
    with translation.override(language):
        assert NUMBER.render(Context({"n": 305358})) == expected
        assert NUMBER.render(Context({"n": "abc"})) == ""
