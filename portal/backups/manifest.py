"""The manifest of a backup: what it holds, and the figures that prove it arrived whole.

``manifest.json`` is written last: a directory without one is an unfinished backup.
"""

import hashlib
import json
from pathlib import Path

from django.utils import timezone

FORMAT = 1
MANIFEST_NAME = "manifest.json"
CHUNK = 1024 * 1024
REQUIRED = {"database": ("engine", "file", "sha256", "tables"), "media": ("file", "sha256", "files")}


class BackupError(Exception):
    """A backup cannot be made, read or restored; the message says why, for an operator."""


def sha256_file(path):
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def build(*, engine, database_file, tables, media_file, media_files):
    return {
        "format": FORMAT,
        "created_at": timezone.now().isoformat(),
        "database": {
            "engine": engine,
            "file": database_file.name,
            "sha256": sha256_file(database_file),
            "tables": tables,
        },
        "media": {"file": media_file.name, "sha256": sha256_file(media_file), "files": media_files},
    }


def write(directory, manifest):
    path = Path(directory) / MANIFEST_NAME
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    temporary.replace(path)


def read(directory):
    """The manifest of the backup in ``directory``, its files present; BackupError otherwise."""
    directory = Path(directory)
    if not directory.is_dir():
        raise BackupError(f"No backup at {directory}: the directory does not exist.")
    path = directory / MANIFEST_NAME
    if not path.is_file():
        raise BackupError(f"{directory} holds no {MANIFEST_NAME}: not a backup, or an unfinished one.")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        missing = [
            f"{section}.{key}"
            for section, keys in REQUIRED.items()
            for key in keys
            if key not in manifest[section]
        ]
    except (ValueError, KeyError, TypeError) as error:
        raise BackupError(f"{path} is damaged or not a Hirfa manifest ({error!r}).") from error
    if missing:
        raise BackupError(f"{path} is damaged or not a Hirfa manifest (no {', '.join(missing)}).")
    names = [manifest["database"]["file"], manifest["media"]["file"]]
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{path} has format {manifest.get('format')!r}; this version reads {FORMAT}.")
    for name in names:
        if Path(name).name != name or not (directory / name).is_file():
            raise BackupError(f"The backup in {directory} is incomplete: {name} is missing.")
    return manifest


def check_file(directory, section):
    """The file named by a manifest section still has the checksum recorded when it was written."""
    path = Path(directory) / section["file"]
    if sha256_file(path) != section["sha256"]:
        raise BackupError(f"{path} does not match its checksum in the manifest: the backup is damaged.")


def count_differences(expected, actual):
    """``table: expected → actual`` for the first ten tables whose row counts differ (or that are missing)."""
    names = sorted(set(expected) | set(actual))
    return "; ".join(
        [
            f"{name}: {expected.get(name, 'absent')} → {actual.get(name, 'absent')}"
            for name in names
            if expected.get(name) != actual.get(name)
        ][:10]
    )
