"""The run really uses the servers it was given (bin/test's second pass: --postgres --redis).

Without those options the PostgreSQL and Redis tests here are skipped, and the
SQLite test checks that nothing leaked in.
"""

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
