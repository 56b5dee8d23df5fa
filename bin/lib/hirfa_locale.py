"""Compile and check Hirfa's gettext catalogues with Babel (no GNU gettext needed).

    python bin/lib/hirfa_locale.py compile [--locale-dir locale]
    python bin/lib/hirfa_locale.py check   [--locale-dir locale]

``compile`` writes ``<lang>/LC_MESSAGES/<domain>.mo`` next to every ``.po``.
It is ``pybabel compile -d locale -D django`` with one difference: a catalogue
whose *header* is marked ``#, fuzzy`` (as ``makemessages`` writes it) is still
compiled, with its fuzzy entries left out, instead of being skipped whole
(a skipped ``zgh`` catalogue means no ``.mo``, and ``/zgh/`` becomes a 404).
A header that is fuzzy is reported so that the translator removes the flag.

``check`` compiles every ``.po`` in memory and compares what gettext would
answer with the committed ``.mo`` (messages, plural forms, contexts; not the
bytes, so a ``.mo`` made by GNU ``msgfmt`` passes too). It also reports a
``.po`` without ``.mo``, a ``.mo`` without ``.po``, a ``.po`` Babel cannot read
and a header without a ``Plural-Forms`` line. Exit status 1 on any problem.
"""

from __future__ import annotations

import argparse
import gettext
import io
import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

DOMAINS = ("django", "djangojs")
ROOT = Path(__file__).resolve().parent.parent.parent


def catalogue_paths(locale_dir: Path, suffix: str) -> list[Path]:
    return sorted(p for d in DOMAINS for p in locale_dir.glob(f"*/LC_MESSAGES/{d}{suffix}"))


def read_catalogue(po_path: Path):
    with po_path.open("rb") as handle:
        # abort_invalid: a syntax error is an error, not a silently dropped entry.
        return read_po(handle, locale=None, domain=po_path.stem, abort_invalid=True)


def compiled_bytes(po_path: Path) -> tuple[bytes, list[str]]:
    """The .mo bytes for ``po_path`` and the warnings a translator should see."""
    catalogue = read_catalogue(po_path)
    warnings = []
    if catalogue.fuzzy:
        warnings.append(
            f"{po_path}: the header is marked '#, fuzzy'; compiled anyway (fuzzy entries left out). "
            "Remove '#, fuzzy' from the header once it is reviewed."
        )
    if "Plural-Forms" not in po_path.read_text(encoding="utf-8").split("\n\n", 1)[0]:
        warnings.append(f"{po_path}: the header has no Plural-Forms line.")
    for message, errors in catalogue.check():
        for error in errors:
            warnings.append(f"{po_path}:{message.lineno}: {error}")
    catalogue.fuzzy = False  # the header flag only; entries keep their own flags
    buffer = io.BytesIO()
    write_mo(buffer, catalogue, use_fuzzy=False)
    return buffer.getvalue(), warnings


def gettext_view(mo_bytes: bytes) -> tuple[dict, str | None]:
    """What gettext answers from a .mo: its catalogue (header aside) and its Plural-Forms."""
    translations = gettext.GNUTranslations(io.BytesIO(mo_bytes))
    catalogue = dict(translations._catalog)  # noqa: SLF001 (no public accessor)
    header = catalogue.pop("", "")
    plural_forms = None
    for line in header.splitlines():
        if line.lower().startswith("plural-forms:"):
            plural_forms = " ".join(line.split(":", 1)[1].split()).rstrip(";")
    return catalogue, plural_forms


def compile_all(locale_dir: Path) -> int:
    po_paths = catalogue_paths(locale_dir, ".po")
    if not po_paths:
        print(f"no .po files under {locale_dir}", file=sys.stderr)
        return 1
    status = written = 0
    for po_path in po_paths:
        try:
            data, warnings = compiled_bytes(po_path)
        except Exception as error:  # noqa: BLE001 (report every broken file, then fail)
            print(f"ERROR {po_path}: {error}", file=sys.stderr)
            status = 1
            continue
        for warning in warnings:
            print(f"warning: {warning}", file=sys.stderr)
        mo_path = po_path.with_suffix(".mo")
        if not mo_path.exists() or mo_path.read_bytes() != data:
            mo_path.write_bytes(data)
            print(f"compiled {mo_path}")
            written += 1
    if status == 0:
        print(f"{len(po_paths)} catalogue(s), {written} .mo file(s) written, the others were up to date")
    return status


def check_all(locale_dir: Path) -> list[str]:
    """Every mismatch between the committed .po and .mo files, as readable lines."""
    problems = []
    po_paths = catalogue_paths(locale_dir, ".po")
    if not po_paths:
        problems.append(f"no .po files under {locale_dir}")
    for mo_path in catalogue_paths(locale_dir, ".mo"):
        if not mo_path.with_suffix(".po").exists():
            problems.append(f"{mo_path}: no {mo_path.with_suffix('.po').name} beside it")
    for po_path in po_paths:
        mo_path = po_path.with_suffix(".mo")
        try:
            expected_bytes, _warnings = compiled_bytes(po_path)
        except Exception as error:  # noqa: BLE001
            problems.append(f"{po_path}: Babel cannot read it: {error}")
            continue
        if not mo_path.exists():
            problems.append(f"{mo_path}: missing (run bin/compilemessages)")
            continue
        expected, expected_plural = gettext_view(expected_bytes)
        try:
            actual, actual_plural = gettext_view(mo_path.read_bytes())
        except Exception as error:  # noqa: BLE001
            problems.append(f"{mo_path}: not a valid .mo file: {error}")
            continue
        if expected_plural != actual_plural:
            problems.append(
                f"{mo_path}: Plural-Forms is {actual_plural!r}, the .po says {expected_plural!r} "
                "(run bin/compilemessages)"
            )
        if expected != actual:
            stale = sorted(str(k) for k in expected.keys() - actual.keys())
            extra = sorted(str(k) for k in actual.keys() - expected.keys())
            changed = sorted(str(k) for k in expected.keys() & actual.keys() if expected[k] != actual[k])
            detail = "; ".join(
                f"{label}: {', '.join(repr(k) for k in keys[:5])}{' ...' if len(keys) > 5 else ''}"
                for label, keys in (("missing", stale), ("not in the .po", extra), ("changed", changed))
                if keys
            )
            problems.append(f"{mo_path}: does not match {po_path.name} ({detail}) (run bin/compilemessages)")
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("compile", "check"))
    parser.add_argument("--locale-dir", type=Path, default=ROOT / "locale")
    args = parser.parse_args(argv)
    if args.action == "compile":
        return compile_all(args.locale_dir)
    problems = check_all(args.locale_dir)
    for problem in problems:
        print(f"ERROR {problem}", file=sys.stderr)
    if not problems:
        count = len(catalogue_paths(args.locale_dir, ".po"))
        print(f"{count} catalogue(s): every .mo matches its .po")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
