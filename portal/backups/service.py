"""Back the site up into a directory, check a backup, restore one: what the commands call.

A backup directory holds ``database.sqlite3`` (SQLite) or ``database.dump``
(PostgreSQL, custom format), ``media.tar`` and ``manifest.json`` (see
manifest.py), written last.
"""

from pathlib import Path

from django.conf import settings
from django.db import connections

from . import manifest, media, postgres, sqlite
from .manifest import BackupError

DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.dump"}
MEDIA_FILE = "media.tar"


def engine_of(alias):
    vendor = connections[alias].vendor
    if vendor not in DATABASE_FILES:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    return vendor


def create_backup(directory, *, using="default", media_root=None, force=False):
    """Back the database and MEDIA_ROOT up into ``directory``; return the manifest."""
    directory = Path(directory)
    if directory.exists() and any(directory.iterdir()) and not force:
        raise BackupError(f"{directory} is not empty: add --force to overwrite the backup in it.")
    directory.mkdir(parents=True, exist_ok=True)
    # An overwritten backup is an unfinished one until its new manifest is written.
    (directory / manifest.MANIFEST_NAME).unlink(missing_ok=True)
    engine = engine_of(using)
    database_file = directory / DATABASE_FILES[engine]
    database_file.unlink(missing_ok=True)
    if engine == "sqlite":
        tables = sqlite.backup(connections[using].settings_dict["NAME"], database_file)
    else:
        tables = postgres.backup(connections[using].settings_dict, database_file)
    media_file = directory / MEDIA_FILE
    listed = media.archive(media_root or settings.MEDIA_ROOT, media_file)
    media.check_archive(media_file, listed)
    built = manifest.build(
        engine=engine, database_file=database_file, tables=tables, media_file=media_file, media_files=listed
    )
    manifest.write(directory, built)
    return built


def verify_backup(directory):
    """Checksums, the database's own check (SQLite's integrity_check, the dump's table of contents), media."""
    found = manifest.read(directory)
    directory = Path(directory)
    database = found["database"]
    manifest.check_file(directory, database)
    manifest.check_file(directory, found["media"])
    if database["engine"] == "sqlite":
        counts = sqlite.check_integrity(directory / database["file"])
        problems = manifest.count_differences(database["tables"], counts)
        if problems:
            raise BackupError(f"The database copy does not hold the rows of the manifest: {problems}")
    else:
        postgres.check_archive(directory / database["file"])
    media.check_archive(directory / found["media"]["file"], found["media"]["files"])
    return found


def restore_backup(directory, *, using="default", database=None, media_root=None, force=False, verify=False):
    """Restore into ``database`` (SQLite file / PostgreSQL name; default: the configured one) and media.

    Nothing is touched before both targets are known to be free (or ``force``)
    and, with ``verify``, before the backup passed ``verify_backup``; after the
    restore, ``verify`` compares the restored rows and files with the manifest.
    """
    found = verify_backup(directory) if verify else manifest.read(directory)
    directory = Path(directory)
    engine = found["database"]["engine"]
    settings_dict = connections[using].settings_dict
    if engine == "postgresql" and connections[using].vendor != "postgresql":
        raise BackupError(
            "This is a PostgreSQL backup: restore it with DATABASE_URL naming a PostgreSQL server."
        )
    if engine == "sqlite" and not database and connections[using].vendor != "sqlite":
        raise BackupError("This is a SQLite backup: name the file to restore it into with --database.")
    target = database or settings_dict["NAME"]
    media_root = Path(media_root or settings.MEDIA_ROOT)
    if not force:
        if engine == "sqlite" and Path(target).exists():
            raise BackupError(f"{target} exists: add --force to overwrite it, or choose another --database.")
        if not media.is_empty(media_root):
            raise BackupError(media.NOT_EMPTY.format(media_root))
    database_file = directory / found["database"]["file"]
    if engine == "sqlite":
        tables = sqlite.restore(database_file, target, force=force)
    else:
        tables = postgres.restore(database_file, settings_dict, target, force=force)
    if verify:
        problems = manifest.count_differences(found["database"]["tables"], tables)
        if problems:
            raise BackupError(f"The restored database does not hold the rows of the manifest: {problems}")
    media.restore(directory / found["media"]["file"], media_root, force=force)
    if verify:
        media.check_tree(media_root, found["media"]["files"])
    return {"manifest": found, "database": str(target), "media_root": str(media_root), "tables": tables}
