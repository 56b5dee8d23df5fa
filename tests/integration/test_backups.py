"""``manage.py backup`` / ``manage.py restore``: taken while customers order, restored somewhere new.

Runs on the file SQLite database (the online backup API) and on PostgreSQL
(``pg_dump`` from one snapshot, restored into a new database on the
throwaway server). One test shows why SQLite is never copied as a file.
"""

import contextlib
import hashlib
import json
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from oscar.core.loading import get_model

from portal.backups import postgres
from portal.backups.service import create_backup
from tests.conftest import make_site_home
from tests.factories.checkout import guest_checkout
from tests.factories.shop import make_product

Order = get_model("order", "Order")

BUYERS = 3
MEDIA = {
    "original_images/tajine.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
    "documents/programme-2026.pdf": b"%PDF-1.7\n" + b"x" * 5000,
    "original_images/زربية-أمازيغية.jpg": b"\xff\xd8\xff\xe0" + bytes(reversed(range(256))) * 30,
}


@pytest.fixture
def media_root(tmp_path, settings):
    root = tmp_path / "media"
    for name, content in MEDIA.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(content)
    settings.MEDIA_ROOT = root
    return root


def restore_target(tmp_path):
    """A fresh SQLite file, or a new database on the same PostgreSQL server."""
    if connection.vendor == "sqlite":
        return str(tmp_path / "restored" / "hirfa.sqlite3")
    return f"hirfa_restored_{uuid.uuid4().hex[:12]}"


@contextlib.contextmanager
def restored_database(target):
    """A DB-API connection to the restored database; a PostgreSQL one is dropped afterwards."""
    if connection.vendor == "sqlite":
        with contextlib.closing(sqlite3.connect(target)) as restored:
            yield restored
        return
    params = postgres.libpq_params(connection.settings_dict)
    try:
        with psycopg.connect(**{**params, "dbname": target}) as restored:
            yield restored
    finally:
        with psycopg.connect(**params, autocommit=True) as server:
            server.execute(f'DROP DATABASE IF EXISTS "{target}"')


def order_numbers(db):
    return {number for (number,) in db.execute("SELECT number FROM order_order").fetchall()}


@pytest.mark.django_db(transaction=True)
def test_a_backup_taken_while_orders_are_placed_restores_every_order_committed_before_it(
    tmp_path, media_root, settings
):
    # Three buyers on one address and one phone place dozens of orders: far above the hourly
    # limits a real client meets (portal/abuse), which would answer 429 here.
    settings.HIRFA_RATE_LIMITS = {
        **settings.HIRFA_RATE_LIMITS,
        "cod-order-client": "100000/h",
        "cod-order-phone": "100000/h",
    }
    make_site_home()
    product = make_product(titles={"fr": "Tajine de Safi"}, price="180.00", num_in_stock=10_000)
    # A first order alone: Oscar links its "missing image" picture into MEDIA_ROOT on first use,
    # and two threads doing that at once trip over each other (FileExistsError).
    guest_checkout(Client(), product)
    connection.close()
    stop = threading.Event()
    failures = []

    def buyer(index):
        try:
            while not stop.is_set():
                response = guest_checkout(Client(), product)
                if [url for url, _status in response.redirect_chain][-1:] != ["/fr/shop/checkout/thank-you/"]:
                    failures.append((index, response.status_code, response.redirect_chain))
                    return
        except Exception as error:  # noqa: BLE001  (reported by the assertion below)
            failures.append((index, repr(error)))
        finally:
            connection.close()

    def wait_for_orders(count, timeout=120):
        deadline = time.monotonic() + timeout
        while Order.objects.count() < count and time.monotonic() < deadline and not failures:
            time.sleep(0.05)

    threads = [threading.Thread(target=buyer, args=(index,)) for index in range(BUYERS)]
    for thread in threads:
        thread.start()
    try:
        wait_for_orders(5)
        committed_before = set(Order.objects.values_list("number", flat=True))
        call_command("backup", str(tmp_path / "backup"))
        after_backup = Order.objects.count()
        wait_for_orders(after_backup + 2)  # the buyers were still at it around the backup
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=120)
    connection.close()

    assert not failures, failures
    placed = set(Order.objects.values_list("number", flat=True))
    assert len(committed_before) >= 4 and len(placed) >= after_backup + 2
    target = restore_target(tmp_path)
    restored_media = tmp_path / "restored" / "media"
    call_command(
        "restore",
        str(tmp_path / "backup"),
        "--verify",
        "--database",
        target,
        "--media-root",
        str(restored_media),
    )

    with restored_database(target) as restored:
        in_backup = order_numbers(restored)
        if connection.vendor == "sqlite":
            assert restored.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert committed_before <= in_backup <= placed
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    assert manifest["database"]["tables"]["order_order"] == len(in_backup)
    assert manifest["database"]["engine"] == connection.vendor
    for name, content in MEDIA.items():
        assert (restored_media / name).read_bytes() == content
    # and the thumbnails that the checkout made meanwhile
    assert {entry["path"] for entry in manifest["media"]["files"]} >= set(MEDIA)


@pytest.mark.django_db(transaction=True)
def test_a_file_copy_of_the_live_wal_database_loses_a_committed_order_that_the_backup_keeps(
    tmp_path, media_root
):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's write-ahead log")
    make_site_home()
    product = make_product(titles={"fr": "Tajine de Safi"}, price="180.00", num_in_stock=5)
    live = Path(connection.settings_dict["NAME"])
    # A worker keeps its connection open (as gunicorn does), so SQLite does not fold the log
    # into the file on close; an empty log first, so that the order's pages cannot reach
    # the automatic checkpoint (1000 pages) and are certain to sit in the log.
    worker = sqlite3.connect(live)
    try:
        assert worker.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        worker.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        response = guest_checkout(Client(), product)
        assert response.redirect_chain[-1][0] == "/fr/shop/checkout/thank-you/"
        number = Order.objects.get().number

        # The operator's `cp`, in its own process: a copy made here would open and close the live
        # file in this process, which drops every POSIX lock SQLite holds on it; the next process
        # to close its connection would then believe it was the last, fold the log into the file
        # and delete the -wal and -shm files under our open connections ("disk I/O error").
        subprocess.run(["cp", str(live), str(tmp_path / "copy.sqlite3")], check=True)  # noqa: S603, S607
        create_backup(tmp_path / "backup")
    finally:
        worker.close()

    with contextlib.closing(sqlite3.connect(tmp_path / "copy.sqlite3")) as copy:
        assert order_numbers(copy) == set()  # committed, thanked for, and not in the copy
    with contextlib.closing(sqlite3.connect(tmp_path / "backup" / "database.sqlite3")) as backup:
        assert order_numbers(backup) == {number}


def corrupt_database(backup):
    path = backup / json.loads((backup / "manifest.json").read_text())["database"]["file"]
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    # Flipped, not zeroed: the middle of a SQLite file can be a free page that is zeros already.
    data[middle : middle + 64] = bytes(byte ^ 0xFF for byte in data[middle : middle + 64])
    path.write_bytes(bytes(data))


def corrupt_media(backup):
    tar = (backup / "media.tar").read_bytes()
    start = tar.index(b"%PDF-1.7")  # the PDF's bytes, inside the archive
    (backup / "media.tar").write_bytes(tar[:start] + b"%PDF-1.4" + tar[start + 8 :])


def damage_manifest(backup):
    text = (backup / "manifest.json").read_text()
    (backup / "manifest.json").write_text(text[: len(text) // 2])


def lose_the_database(backup):
    for path in backup.glob("database.*"):
        path.unlink()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (corrupt_database, "does not match its checksum"),
        (corrupt_media, "does not match its checksum"),
        (damage_manifest, "is damaged or not a Hirfa manifest"),
        (lose_the_database, "is incomplete"),
    ],
)
def test_restore_verify_refuses_a_damaged_backup_and_touches_nothing(tmp_path, media_root, damage, message):
    make_product(titles={"fr": "Tapis de Taznakht"})
    call_command("backup", str(tmp_path / "backup"))
    sound = restore_target(tmp_path) + "_sound"
    call_command(
        "restore",
        str(tmp_path / "backup"),
        "--verify",
        "--database",
        sound,
        "--media-root",
        str(tmp_path / "sound"),
    )  # the backup is sound before it is damaged
    with restored_database(sound) as restored:
        assert order_numbers(restored) == set()
    damage(tmp_path / "backup")
    target = restore_target(tmp_path)

    with pytest.raises(CommandError, match=message):
        call_command(
            "restore",
            str(tmp_path / "backup"),
            "--verify",
            "--database",
            target,
            "--media-root",
            str(tmp_path / "restored-media"),
        )

    assert not (tmp_path / "restored-media").exists()
    if connection.vendor == "sqlite":
        assert not Path(target).exists()


@pytest.mark.django_db
def test_a_sqlite_copy_that_fails_its_integrity_check_is_refused_even_with_a_matching_checksum(
    tmp_path, media_root
):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's integrity_check")
    call_command("backup", str(tmp_path / "backup"))
    backup = tmp_path / "backup"
    path = backup / "database.sqlite3"
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 3 : page * 6] = b"\xff" * (page * 3)  # three b-tree pages overwritten
    path.write_bytes(bytes(data))
    manifest = json.loads((backup / "manifest.json").read_text())
    manifest["database"]["sha256"] = hashlib.sha256(bytes(data)).hexdigest()
    (backup / "manifest.json").write_text(json.dumps(manifest))

    with pytest.raises(CommandError, match="integrity check|not a sound SQLite database"):
        call_command(
            "restore",
            str(backup),
            "--verify",
            "--database",
            str(tmp_path / "r.sqlite3"),
            "--media-root",
            str(tmp_path / "r-media"),
        )


def test_a_missing_or_damaged_backup_is_a_one_line_error_not_a_traceback(tmp_path):
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "database.sqlite3").write_bytes(b"not yet")
    for directory, message in [
        (tmp_path / "nowhere", "does not exist"),
        (tmp_path / "half", "no manifest.json"),
    ]:
        result = subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", "restore", str(directory), "--verify"],
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert result.returncode == 1
        assert message in result.stderr
        assert "Traceback" not in result.stderr
