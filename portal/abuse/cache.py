"""Django's database cache with an atomic ``incr``, for the rate-limit counts when there is no Redis.

Django's ``DatabaseCache.incr`` reads the value and writes it back: two
workers counting the same client at once would both write 4 where 5 was due
(django-ratelimit flags that cache as not atomic for that reason). Here the
row is read and rewritten in one transaction that holds it: ``SELECT ... FOR
UPDATE`` on PostgreSQL; on SQLite the transaction is ``IMMEDIATE`` (see
``SQLITE_OPTIONS``), so it holds the database's write lock from its start.
The table is created by this app's first migration, on every database.
"""

import base64
import pickle

from django.core.cache.backends.db import DatabaseCache
from django.db import connections, router, transaction
from django.utils import timezone

TABLE = "hirfa_ratelimit_cache"


class AtomicDatabaseCache(DatabaseCache):
    def incr(self, key, delta=1, version=None):
        key = self.make_and_validate_key(key, version=version)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        table = connection.ops.quote_name(self._table)
        lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
        now = connection.ops.adapt_datetimefield_value(timezone.now().replace(microsecond=0))
        with transaction.atomic(using=db), connection.cursor() as cursor:
            cursor.execute(
                f"SELECT value FROM {table} WHERE cache_key = %s AND expires > %s{lock}",  # noqa: S608
                [key, now],
            )
            row = cursor.fetchone()
            if row is None:
                raise ValueError(f"Key '{key}' not found")
            # The value was written by this cache (Django's own encoding), never by a client.
            value = pickle.loads(base64.b64decode(row[0].encode())) + delta  # noqa: S301
            encoded = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")
            cursor.execute(f"UPDATE {table} SET value = %s WHERE cache_key = %s", [encoded, key])  # noqa: S608
        return value
