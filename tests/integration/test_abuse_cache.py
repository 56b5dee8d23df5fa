"""The rate-limit counts' database cache counts every increment, even from several threads at once."""

import threading

import pytest
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connection


@pytest.mark.django_db(transaction=True)
def test_concurrent_increments_are_all_counted(settings):
    cache = caches["ratelimit"]
    if not isinstance(cache, DatabaseCache):
        pytest.skip("the counts are in Redis in this run")
    if connection.vendor == "sqlite" and connection.settings_dict["NAME"].startswith("file:memorydb"):
        pytest.skip("needs a database file shared by threads")
    cache.add("hits", 0, 60)
    errors = []

    def hit():
        from django.db import connections

        try:
            for _ in range(10):
                caches["ratelimit"].incr("hits")
        except Exception as error:  # noqa: BLE001  (reported below)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=hit) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert not errors
    assert cache.get("hits") == 40


@pytest.mark.django_db
def test_an_unknown_or_expired_key_is_not_incremented():
    cache = caches["ratelimit"]
    with pytest.raises(ValueError):
        cache.incr("never-set")
