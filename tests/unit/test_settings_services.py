"""The run really uses the servers it was given (bin/test's second pass: --postgres --redis).

Without those options the PostgreSQL and Redis tests here are skipped, and the
SQLite test checks that nothing leaked in.
"""

import shutil
import socket
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_database_is_the_throwaway_postgresql():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('server_version_num')::int, current_setting('fsync')")
        version, fsync = cursor.fetchone()
    assert version >= 150000
    assert fsync == "off"  # our throwaway server, not some other PostgreSQL
    assert Path(connection.settings_dict["HOST"]).name.startswith("hirfa-pg-")  # its private socket dir


@pytest.mark.django_db
def test_without_database_url_the_run_is_on_sqlite(hirfa_services):
    if "postgres" in hirfa_services:
        pytest.skip("this run is on PostgreSQL")
    assert connection.vendor == "sqlite"
    assert connection.settings_dict["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


@pytest.mark.redis
def test_the_cache_is_the_real_redis_server():
    from django_redis import get_redis_connection

    assert settings.CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    key, value = f"probe-{uuid.uuid4().hex}", {"ⵃⵉⵔⴼⴰ": "حرفة", "n": 3}
    cache.set(key, value, timeout=60)

    assert cache.get(key) == value
    raw = get_redis_connection("default")
    stored = raw.keys(f"*{key}")
    assert len(stored) == 1  # the value is on the server, not in this process
    assert 0 < raw.ttl(stored[0]) <= 60
    cache.delete(key)
    assert cache.get(key) is None
    assert raw.keys(f"*{key}") == []


@pytest.mark.redis
@pytest.mark.django_db
def test_a_session_kept_in_redis_survives_requests(client):
    from django_redis import get_redis_connection

    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.cache"
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw-editor-1")
    raw = get_redis_connection("default")
    before = set(raw.keys("*session*"))

    client.force_login(editor)
    session_key = client.cookies[settings.SESSION_COOKIE_NAME].value
    stored = set(raw.keys("*session*")) - before
    assert any(session_key in key.decode() for key in stored)

    first = client.get("/admin/")
    second = client.get("/admin/")
    assert first.status_code == 200  # logged in: Wagtail's dashboard, not a redirect to its login page
    assert second.status_code == 200
    assert client.session["_auth_user_id"] == str(editor.pk)

    raw.delete(*[key for key in stored if session_key in key.decode()])
    gone = client.get("/admin/")
    assert gone.status_code == 302  # the session lived only in Redis
    assert "/admin/login/" in gone["Location"]


# --- The plugin itself, in a separate pytest process without Django -------------------------------

PLUGIN_RUN_INI = """
[pytest]
markers =
    postgres: x
    redis: x
    browser: x
"""


def run_plugin(tmp_path, test_code, *options, env=None):
    """Run pytest on ``test_code`` with only tests.plugins.services loaded; return (exit code, output)."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    (tmp_path / "pytest.ini").write_text(PLUGIN_RUN_INI)
    (tmp_path / "test_probe.py").write_text(test_code)
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(root),
        "HOME": str(tmp_path),
        **(env or {}),
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "pytest", "-p", "no:django", "-p", "tests.plugins.services", "-p",
         "no:cacheprovider", "-rs", "-q", "-c", str(tmp_path / "pytest.ini"), "--rootdir", str(tmp_path),
         *options, str(tmp_path / "test_probe.py")],
        cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    return result.returncode, result.stdout + result.stderr


PROBE = """
import os, pathlib, socket
import pytest

@pytest.mark.postgres
@pytest.mark.redis
def test_servers():
    socket_dir = pathlib.Path(os.environ["DATABASE_URL"].split("@")[1].split(":")[0].replace("%2F", "/"))
    assert socket_dir.name.startswith("hirfa-pg-")
    port = int(os.environ["DATABASE_URL"].rsplit(":", 1)[1].split("/")[0])
    assert (socket_dir / f".s.PGSQL.{port}").is_socket()
    redis_port = int(os.environ["REDIS_URL"].rsplit(":", 1)[1].split("/")[0])
    with socket.create_connection(("127.0.0.1", redis_port)) as s:
        s.sendall(b"PING\\r\\n")
        assert s.recv(7) == b"+PONG\\r\\n"
    pathlib.Path(os.environ["PROBE_OUT"]).write_text(f"{socket_dir}\\n{redis_port}")
"""


def test_the_plugin_starts_both_servers_and_leaves_nothing_behind(tmp_path):
    from tests.plugins.services import postgres_bindir

    if postgres_bindir() is None or not shutil.which("redis-server"):
        pytest.skip("needs Debian's postgresql and redis-server (apt-get install postgresql redis-server)")
    out = tmp_path / "probe-out.txt"

    code, output = run_plugin(tmp_path, PROBE, "--postgres", "--redis", env={"PROBE_OUT": str(out)})

    assert code == 0, output
    assert "1 passed" in output
    socket_dir, redis_port = out.read_text().splitlines()
    assert not Path(socket_dir).exists()  # stopped and removed
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", int(redis_port)), timeout=1).close()


def test_a_missing_server_skips_its_tests_with_the_install_command(tmp_path):
    code, output = run_plugin(
        tmp_path, PROBE, "--postgres", env={"HIRFA_PG_BINDIR": str(tmp_path / "no-postgres")}
    )

    assert code == 0, output
    assert "1 skipped" in output
    assert "apt-get install postgresql" in output


def test_under_ci_a_missing_server_is_an_error(tmp_path):
    code, output = run_plugin(
        tmp_path, PROBE, "--postgres", env={"CI": "true", "HIRFA_PG_BINDIR": str(tmp_path / "no-postgres")}
    )

    assert code == 4, output  # pytest's usage error: nothing ran
    assert "CI=true and postgres was requested but cannot start" in output


def test_without_the_options_the_service_tests_say_how_to_run_them(tmp_path):
    code, output = run_plugin(tmp_path, PROBE)

    assert code == 0, output
    assert "needs a real postgres server: run pytest with --postgres" in output
