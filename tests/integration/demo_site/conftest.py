"""The demo's pages, loaded once (twice in a row) for every module of this package.

The load runs inside a transaction that is rolled back when the package's last
test is done (tests/support/demo.py); each test runs in a savepoint of it, so
no test here may use a transactional database.
"""

import pytest

from tests.support.demo import load_twice_with_snapshots, loaded_for_the_module


@pytest.fixture(scope="package")
def site_demo(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("media")
    with loaded_for_the_module(django_db_blocker, media, load_twice_with_snapshots) as result:
        yield result
