"""SQLite through its online backup API, never a copy of the file.

A live database in WAL mode keeps its latest commits in ``db.sqlite3-wal``
until a checkpoint folds them into the main file: a copy of the main file
alone loses them, and copying both while a worker writes can tear a page.
``Connection.backup`` copies the pages that one read transaction sees, so the
copy is the database as it was at one instant, every commit before it
included (tests/integration/test_backups.py shows both).
"""

import contextlib
import sqlite3
from pathlib import Path

from .manifest import BackupError

BUSY_TIMEOUT = 30  # seconds a step may wait for a writer's lock


@contextlib.contextmanager
def connect(path, *, must_exist=True):
    if must_exist and not Path(path).is_file():
        raise BackupError(f"No SQLite database at {path}.")
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT)
    try:
        yield connection
    finally:
        connection.close()


def table_counts(connection):
    names = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: connection.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in names}  # noqa: S608  (names read from sqlite_master)


def check_integrity(path):
    """``PRAGMA integrity_check`` on the file at ``path``; its row counts when it is sound."""
    try:
        with connect(path) as connection:
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise BackupError(f"{path} fails SQLite's integrity check: {'; '.join(problems[:5])}")
            return table_counts(connection)
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path} is not a sound SQLite database ({error}).") from error


def copy_online(source_path, target_path):
    """Copy ``source_path`` into ``target_path`` in one step of the backup API (one snapshot)."""
    try:
        with connect(source_path) as source, connect(target_path, must_exist=False) as target:
            source.backup(target)  # pages=-1: every page in one step, so one consistent snapshot
            # The copy stands alone: one file, no -wal beside it.
            target.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as error:
        raise BackupError(f"Copying the SQLite database {source_path} failed ({error}).") from error


def backup(source_path, target_file):
    """Back the live database up into ``target_file``; its row counts, read from the copy."""
    copy_online(source_path, target_file)
    return check_integrity(target_file)


def restore(backup_file, target_path, *, force):
    target_path = Path(target_path)
    if target_path.exists() and not force:
        raise BackupError(f"{target_path} exists: add --force to overwrite it, or choose another --database.")
    target_path.parent.mkdir(parents=True, exist_ok=True)
    copy_online(backup_file, target_path)
    with connect(target_path) as connection:
        connection.execute("PRAGMA journal_mode=WAL")  # as the site opens it (settings.SQLITE_OPTIONS)
    return check_integrity(target_path)
