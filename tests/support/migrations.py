"""Run the project's migrations back and forth inside a test (data-migration tests).

Such tests need ``pytest.mark.django_db(transaction=True)``. Use ``migrated_back``
as a fixture body: it migrates to ``targets``, yields the historical apps there and,
whatever the test does, migrates forward to the latest migrations again.
"""

from contextlib import contextmanager

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate(targets=None):
    """Migrate to ``targets`` (default: the latest migrations); return the historical apps there."""
    executor = MigrationExecutor(connection)
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@contextmanager
def migrated_back(targets):
    """The historical apps at ``targets``; the database goes back to the latest migrations afterwards."""
    apps = migrate(targets)
    try:
        yield apps
    finally:
        migrate()
