"""MEDIA_ROOT as a tar archive, each file with its sha256 in the manifest."""

import hashlib
import shutil
import tarfile
import tempfile
from pathlib import Path

from .manifest import CHUNK, BackupError, sha256_file

NOT_EMPTY = "{} is not empty: add --force to replace it, or choose another --media-root."


def files_under(root):
    root = Path(root)
    if not root.is_dir():
        return []
    return sorted(path for path in root.rglob("*") if path.is_file() and not path.is_symlink())


def archive(media_root, target_file):
    """Write ``media_root``'s files into ``target_file``; their list for the manifest."""
    media_root = Path(media_root)
    listed = []
    with tarfile.open(target_file, "w") as tar:
        for path in files_under(media_root):
            name = path.relative_to(media_root).as_posix()
            listed.append({"path": name, "size": path.stat().st_size, "sha256": sha256_file(path)})
            tar.add(path, arcname=name, recursive=False)
    return listed


def _member_digest(tar, member):
    digest = hashlib.sha256()
    stream = tar.extractfile(member)
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def check_archive(archive_file, listed):
    """Every file of the manifest is in the archive, whole, and nothing else is."""
    expected = {entry["path"]: entry["sha256"] for entry in listed}
    try:
        with tarfile.open(archive_file) as tar:
            found = {member.name: _member_digest(tar, member) for member in tar if member.isfile()}
    except (tarfile.TarError, OSError) as error:
        raise BackupError(f"{archive_file} is not a readable media archive ({error}).") from error
    problems = differences(expected, found)
    if problems:
        raise BackupError(f"The media archive {archive_file} does not match the manifest: {problems}")


def check_tree(media_root, listed):
    """The restored files have the checksums of the manifest."""
    media_root = Path(media_root)
    found = {path.relative_to(media_root).as_posix(): sha256_file(path) for path in files_under(media_root)}
    problems = differences({entry["path"]: entry["sha256"] for entry in listed}, found)
    if problems:
        raise BackupError(f"The restored media in {media_root} do not match the manifest: {problems}")


def differences(expected, found):
    problems = [f"{name} missing" for name in sorted(set(expected) - set(found))]
    problems += [f"{name} unexpected" for name in sorted(set(found) - set(expected))]
    altered = [name for name in sorted(expected) if name in found and found[name] != expected[name]]
    problems += [f"{name} altered" for name in altered]
    return "; ".join(problems[:10])


def is_empty(path):
    path = Path(path)
    return not path.exists() or (path.is_dir() and not any(path.iterdir()))


def restore(archive_file, media_root, *, force):
    """Unpack into a directory beside ``media_root``, then swap it in (no half-restored media)."""
    media_root = Path(media_root)
    if not is_empty(media_root) and not force:
        raise BackupError(NOT_EMPTY.format(media_root))
    media_root.parent.mkdir(parents=True, exist_ok=True)
    unpacked = Path(tempfile.mkdtemp(prefix=".restoring-", dir=media_root.parent))
    unpacked.chmod(0o755)  # mkdtemp makes it private; the web server reads media
    try:
        with tarfile.open(archive_file) as tar:
            tar.extractall(unpacked, filter="data")  # no absolute paths, no "..", no devices
        if media_root.exists():
            replaced = media_root.with_name(f".replaced-{media_root.name}-{unpacked.name}")
            media_root.rename(replaced)
            unpacked.rename(media_root)
            shutil.rmtree(replaced)
        else:
            unpacked.rename(media_root)
    except (tarfile.TarError, OSError) as error:
        raise BackupError(f"Restoring the media into {media_root} failed ({error}).") from error
    finally:
        if unpacked.exists():
            shutil.rmtree(unpacked)
    return files_under(media_root)
