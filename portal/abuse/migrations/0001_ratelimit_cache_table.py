"""The rate-limit counts' cache table (``portal.abuse.cache``), on SQLite and PostgreSQL alike.

Created here rather than by ``manage.py createcachetable`` so that a deploy
that only migrates has it. Unused (but harmless) where Redis holds the counts.
"""

from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations

TABLE = "hirfa_ratelimit_cache"


def create_table(apps, schema_editor):
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, TABLE, dry_run=False)


def drop_table(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_table, drop_table)]
