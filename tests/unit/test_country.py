"""The country module: every region and wilaya named in every language, found by code and back."""

import unicodedata

import pytest
from django.conf import settings
from django.utils import translation

from portal.country import PROFILES, country_name, region_choices, region_code, region_name
from portal.country.names import NAMES

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def scripts(text):
    """The Unicode scripts (by character name prefix) of the letters in ``text``."""
    return {unicodedata.name(ch).split()[0] for ch in text if ch.isalpha()}


def test_every_region_of_both_profiles_has_a_name_in_every_language():
    codes = [code for profile in PROFILES.values() for code, _official in profile["regions"]]
    assert len(codes) == 12 + 58 == len(NAMES)
    for code in codes:
        assert set(NAMES[code]) == set(LANGUAGES), code
        assert all(name.strip() for name in NAMES[code].values()), code


@pytest.mark.parametrize(
    ("lang", "script"),
    [("ar", "ARABIC"), ("zgh", "TIFINAGH"), ("fr", "LATIN"), ("en", "LATIN"), ("kab", "LATIN")],
)
def test_each_language_writes_its_names_in_its_own_script(lang, script):
    for code, names in NAMES.items():
        assert scripts(names[lang]) == {script}, (code, names[lang])


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [
        ("MA-07", "ar", "مراكش آسفي"),
        ("MA-07", "fr", "Marrakech-Safi"),
        ("MA-06", "zgh", "ⴰⵏⴼⴰ-ⵙⵟⵟⴰⵜ"),
        ("DZ-15", "kab", "Tizi Wezzu"),
        ("DZ-06", "kab", "Bgayet"),
        ("DZ-10", "kab", "Tubirett"),
        ("DZ-16", "kab", "Lezzayer"),
        ("DZ-16", "en", "Algiers"),
        ("DZ-16", "fr", "Alger"),
        ("DZ-16", "fr-ca", "Alger"),
    ],
)
def test_region_name_by_code_and_language(code, lang, name):
    assert region_name(code, lang) == name


def test_region_name_follows_the_active_language_and_falls_back_to_the_official_name():
    with translation.override("ar"):
        assert region_name("MA-09") == "سوس ماسة"
    assert region_name("MA-09", "es") == "Souss-Massa"
    assert region_name("Somewhere typed by hand", "fr") == "Somewhere typed by hand"


def test_region_choices_list_a_profile_in_order():
    choices = region_choices("DZ", "ar")
    assert len(choices) == 58 and choices[0] == ("DZ-01", "أدرار") and choices[-1][0] == "DZ-58"


def test_every_name_in_every_language_leads_back_to_its_code():
    for code, names in NAMES.items():
        assert region_code(code) == code
        for name in names.values():
            assert region_code(name) == code, name
    assert region_code("marrakech safi") == "MA-07"
    assert region_code("BEJAIA") == "DZ-06"
    assert region_code("Île-de-France") is None and region_code("") is None


@pytest.mark.parametrize(
    ("lang", "morocco", "algeria"),
    [
        ("ar", "المغرب", "الجزائر"),
        ("fr", "Maroc", "Algérie"),
        ("en", "Morocco", "Algeria"),
        ("zgh", "ⵍⵎⵖⵔⵉⴱ", "ⴷⵣⴰⵢⵔ"),
        ("kab", "Lmerruk", "Lezzayer"),
    ],
)
def test_country_names_are_cldrs(lang, morocco, algeria):
    assert country_name("MA", lang) == morocco
    assert country_name("dz", lang) == algeria
