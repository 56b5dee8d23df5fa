"""The load run's 30-second version (benchmarks/load/run.py; 5-minute figures: benchmarks/README.md).

A fresh SQLite site behind two gunicorn workers on 127.0.0.1, 30 locust users
browsing, searching and ordering cash on delivery for 30 s: no failed request,
no "database is locked", orders placed. Its p95 is written to
test-artifacts/load-ci.json but not judged: a speed goal belongs to the
benchmark (the 5-minute run, p95 under 1 s), not to a timed test that a busy
CI machine can fail. Needs locust and
gunicorn (the ``test`` extra): skipped without them, failed instead under
CI=true. Runs once, in the SQLite pass: the run builds its own SQLite site,
so the PostgreSQL pass (``--postgres``) would only repeat it.
"""

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.plugins.services import under_ci

ROOT = Path(__file__).resolve().parents[2]
RUN = ROOT / "benchmarks" / "load" / "run.py"
ARTIFACT = ROOT / "test-artifacts" / "load-ci.json"
USERS, SECONDS = 30, 30

pytestmark = pytest.mark.load


def missing_tools():
    bin_dir = Path(sys.executable).parent
    missing = [name for name in ("locust", "gunicorn") if importlib.util.find_spec(name) is None]
    missing += [
        f"{name} (script)"
        for name in ("locust", "gunicorn")
        if name not in missing and not (bin_dir / name).exists() and not shutil.which(name)
    ]
    return missing


def require_load_tools(config):
    if config.getoption("--postgres"):
        pytest.skip("the load run builds its own SQLite site: it runs in the SQLite pass only")
    missing = missing_tools()
    if missing and under_ci():
        pytest.fail(f"CI=true and the load run cannot start: {', '.join(missing)} missing", pytrace=False)
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (pip install -e '.[test]', or bin/test)")


@pytest.fixture
def load_tools(request):
    require_load_tools(request.config)


def test_thirty_users_for_thirty_seconds_get_no_error_and_no_lock(load_tools, tmp_path):
    summary_path = tmp_path / "summary.json"
    result = subprocess.run(  # noqa: S603 (our interpreter, our script)
        [
            sys.executable,
            str(RUN),
            "--users",
            str(USERS),
            "--duration",
            str(SECONDS),
            "--data",
            str(tmp_path / "site"),
            "--json",
            str(summary_path),
            "--p95-ms",
            "0",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    print(result.stdout, result.stderr, sep="\n")
    assert summary_path.exists(), f"the run made no summary (exit {result.returncode}):\n{result.stderr}"
    summary = json.loads(summary_path.read_text(encoding="utf-8"))
    ARTIFACT.parent.mkdir(exist_ok=True)
    shutil.copyfile(summary_path, ARTIFACT)

    assert summary["total"]["requests"] > USERS
    assert summary["problems"] == [], result.stdout
    assert summary["total"]["failures"] == 0
    assert summary["database_locked"] == 0
    assert summary["orders_placed"] > 0
    assert result.returncode == 0
