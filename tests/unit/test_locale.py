"""The committed .mo files match their .po files (compiled by bin/compilemessages with Babel)."""

import gettext
import importlib.util
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "locale"
LANGUAGES = ("ar", "fr", "en", "zgh", "kab")

_spec = importlib.util.spec_from_file_location("hirfa_locale", ROOT / "bin" / "lib" / "hirfa_locale.py")
hirfa_locale = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hirfa_locale)


def test_every_committed_mo_matches_its_po():
    problems = hirfa_locale.check_all(LOCALE)

    assert problems == [], "\n".join(problems) + "\nRun bin/compilemessages and commit the .mo files."


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_has_a_po_and_a_mo(code):
    folder = LOCALE / code / "LC_MESSAGES"

    assert (folder / "django.po").is_file()
    assert (folder / "django.mo").is_file()


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_header_is_fuzzy(code):
    # pybabel (and Django's compilemessages) skip a catalogue whose header is fuzzy.
    header = (LOCALE / code / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8").split("\n\n", 1)[0]
    assert not re.search(r"^#,.*\bfuzzy\b", header, re.MULTILINE)


@pytest.mark.parametrize(("code", "forms"), [("ar", 6), ("fr", 2), ("en", 2), ("zgh", 2), ("kab", 2)])
def test_plural_forms(code, forms):
    with (LOCALE / code / "LC_MESSAGES" / "django.mo").open("rb") as handle:
        catalogue = gettext.GNUTranslations(handle)

    assert catalogue.info()["language"] == code
    assert catalogue.info()["plural-forms"].startswith(f"nplurals={forms};")
    assert len({catalogue.plural(n) for n in range(200)}) == forms
    if code == "ar":  # 0, 1, 2, 3-10, 11-99, 100-102 (CLDR: zero, one, two, few, many, other)
        assert [catalogue.plural(n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111)] == [
            0, 1, 2, 3, 3, 4, 4, 5, 5, 3, 4,
        ]  # fmt: skip


# --- The check itself can fail ------------------------------------------------------------------

# A message no template uses, so that it is never already in the catalogue.
ENTRY = '\nmsgid "Test-only loom"\nmsgstr "Métier à tisser de test"\n'


@pytest.fixture
def locale_copy(tmp_path):
    copy = tmp_path / "locale"
    shutil.copytree(LOCALE, copy)
    return copy


def test_a_po_edited_without_recompiling_is_reported(locale_copy):
    po = locale_copy / "fr" / "LC_MESSAGES" / "django.po"
    po.write_text(po.read_text(encoding="utf-8") + ENTRY, encoding="utf-8")

    problems = hirfa_locale.check_all(locale_copy)

    assert len(problems) == 1
    assert "fr/LC_MESSAGES/django.mo: does not match django.po" in problems[0]
    assert "'Test-only loom'" in problems[0]


def test_compiling_fixes_it_and_gettext_then_translates(locale_copy):
    po = locale_copy / "fr" / "LC_MESSAGES" / "django.po"
    po.write_text(po.read_text(encoding="utf-8") + ENTRY, encoding="utf-8")

    assert hirfa_locale.compile_all(locale_copy) == 0
    assert hirfa_locale.check_all(locale_copy) == []
    translation = gettext.translation("django", locale_copy, languages=["fr"])
    assert translation.gettext("Test-only loom") == "Métier à tisser de test"


def test_a_missing_mo_and_an_orphan_mo_are_reported(locale_copy):
    (locale_copy / "zgh" / "LC_MESSAGES" / "django.mo").unlink()
    orphan = locale_copy / "xx" / "LC_MESSAGES"
    orphan.mkdir(parents=True)
    shutil.copy(locale_copy / "fr" / "LC_MESSAGES" / "django.mo", orphan / "django.mo")

    problems = hirfa_locale.check_all(locale_copy)

    assert any("zgh/LC_MESSAGES/django.mo: missing" in p for p in problems)
    assert any("xx/LC_MESSAGES/django.mo: no django.po beside it" in p for p in problems)


def test_a_changed_plural_rule_is_reported(locale_copy):
    po = locale_copy / "kab" / "LC_MESSAGES" / "django.po"
    po.write_text(po.read_text(encoding="utf-8").replace("(n != 1)", "(n > 1)"), encoding="utf-8")

    problems = hirfa_locale.check_all(locale_copy)

    assert len(problems) == 1
    assert "Plural-Forms" in problems[0]


def test_a_fuzzy_header_is_still_compiled_but_fuzzy_entries_are_not(locale_copy, capsys):
    po = locale_copy / "zgh" / "LC_MESSAGES" / "django.po"
    text = po.read_text(encoding="utf-8").replace('msgid ""\n', '#, fuzzy\nmsgid ""\n', 1)
    text += '\nmsgid "Shop"\nmsgstr "ⵜⴰⵃⴰⵏⵓⵜ"\n\n#, fuzzy\nmsgid "Search"\nmsgstr "ⴰⵔⵣⵣⵓ"\n'
    po.write_text(text, encoding="utf-8")
    (locale_copy / "zgh" / "LC_MESSAGES" / "django.mo").unlink()

    assert hirfa_locale.compile_all(locale_copy) == 0

    assert "header is marked '#, fuzzy'" in capsys.readouterr().err
    translation = gettext.translation("django", locale_copy, languages=["zgh"])
    assert translation.gettext("Shop") == "ⵜⴰⵃⴰⵏⵓⵜ"
    assert translation.gettext("Search") == "Search"  # a fuzzy guess is never shown
    assert hirfa_locale.check_all(locale_copy) == []
