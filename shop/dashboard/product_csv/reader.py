"""An uploaded file → its header and rows, or a ``FileRefused`` that says why (nothing is saved then).

Refused: too large, not text in UTF-8 (with or without a byte-order mark), not
CSV, or a header with unknown, repeated or missing required columns. The
delimiter is a comma, or the semicolon Excel writes in French.
"""

import csv
import io

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .columns import COLUMNS, COLUMNS_BY_NAME

MAX_BYTES = getattr(settings, "HIRFA_PRODUCT_CSV_MAX_BYTES", 10 * 1024 * 1024)
MAX_CELL = 20_000  # characters in one cell (a long description fits)


class FileRefused(Exception):
    """The whole file is refused; ``str(error)`` is the message in the active language."""


def read_upload(upload):
    """``(columns, rows)``: the header's column names and an iterator of ``(line number, cells)``."""
    if upload.size > MAX_BYTES:
        raise FileRefused(
            _("This file is too large (%(size)s MB); the limit is %(limit)s MB.")
            % {"size": round(upload.size / 1_048_576, 1), "limit": round(MAX_BYTES / 1_048_576, 1)}
        )
    raw = upload.read(MAX_BYTES + 1)
    if b"\x00" in raw:
        raise FileRefused(_("This is not a CSV file. Export your sheet as “CSV UTF-8” and send that file."))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileRefused(
            _("This file is not a CSV file in UTF-8. Save it as “CSV UTF-8” and send it again.")
        ) from None
    return read_text(text)


def read_text(text):
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    csv.field_size_limit(MAX_CELL)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error:
        header = None
    if not header or not any(cell.strip() for cell in header):
        raise FileRefused(_("This file is empty or is not a CSV file."))
    columns = [cell.strip().lstrip("\ufeff").lower() for cell in header]
    check_header(columns)
    return columns, _rows(reader)


def _rows(reader):
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise FileRefused(
                _("Line %(line)s of this file cannot be read as CSV (a quote left open, or a cell too long).")
                % {"line": reader.line_num}
            ) from None
        yield reader.line_num, cells


def check_header(columns):
    unknown = [name for name in columns if name not in COLUMNS_BY_NAME]
    repeated = sorted({name for name in columns if name and columns.count(name) > 1})
    missing = [column.name for column in COLUMNS if column.required and column.name not in columns]
    problems = []
    if missing:
        problems.append(
            ngettext("missing column: %(names)s", "missing columns: %(names)s", len(missing))
            % {"names": ", ".join(missing)}
        )
    if unknown:
        problems.append(
            ngettext("unknown column: %(names)s", "unknown columns: %(names)s", len(unknown))
            % {"names": ", ".join(name or "“”" for name in unknown)}
        )
    if repeated:
        problems.append(
            ngettext("repeated column: %(names)s", "repeated columns: %(names)s", len(repeated))
            % {"names": ", ".join(repeated)}
        )
    if problems:
        raise FileRefused(
            _("Wrong columns (%(problems)s). The first line names the columns of the export: %(expected)s.")
            % {"problems": "; ".join(problems), "expected": ", ".join(column.name for column in COLUMNS)}
        )
