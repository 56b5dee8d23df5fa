"""The load run's verdict (benchmarks/load/run.py), on locust's and gunicorn's own output formats."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "load"))
import run  # noqa: E402  (benchmarks/load/run.py; it needs neither locust nor gunicorn to import)

STATS = """Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,\
Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,\
99%,99.9%,99.99%,100%
GET,/[lang]/,20,0,450,423.9,171.8,542.4,15555.45,0.41,0.0,450,490,520,530,540,540,540,540,540,540,540
POST,/[lang]/shop/checkout/place_order,4,1,800,760.1,380.1,1200.4,6926.25,0.08,0.02,800,800,1000,1000,1200,1200,\
1200,1200,1200,1200,1200
,Aggregated,24,1,460,480.2,171.8,1200.4,13184.6,0.49,0.02,460,490,520,530,800,900,1200,1200,1200,1200,1200
"""
GUNICORN_LOG = """[2026-12-03 08:14:09 +0000] [21189] [INFO] Booting worker with pid: 21192
127.0.0.1 "GET /ar/ HTTP/1.1" 200 120ms
127.0.0.1 "GET /fr/news/ HTTP/1.1" 200 80ms
sqlite3.OperationalError: database is locked
django.db.utils.OperationalError: database is locked
127.0.0.1 "GET /ar/news/ HTTP/1.1" 500 67ms
"""


def summary(**overrides):
    base = {
        "total": {"requests": 24, "failures": 0, "p95_ms": 900.0},
        "database_locked": 0,
        "orders_placed": 3,
        "warm_up_failures": [],
    }
    base["total"].update(overrides.pop("total", {}))
    return {**base, **overrides}


def test_locust_statistics_are_read_with_the_aggregate_row(tmp_path):
    (tmp_path / "stats.csv").write_text(STATS)

    rows = run.read_stats(tmp_path / "stats.csv")

    assert rows["Aggregated"] == {
        "requests": 24, "failures": 1, "median_ms": 460.0, "p95_ms": 900.0, "p99_ms": 1200.0,
        "max_ms": 1200.4, "rps": 0.49,
    }  # fmt: skip
    assert rows["POST /[lang]/shop/checkout/place_order"]["failures"] == 1


def test_the_gunicorn_log_gives_locks_and_the_time_inside_the_workers():
    assert len(run.LOCKED.findall(GUNICORN_LOG)) == 2
    assert run.server_times(GUNICORN_LOG) == {"requests": 3, "median": 80, "p95": 120}


def test_a_clean_run_under_a_second_passes():
    assert run.verdict(summary(), 1000) == []


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"total": {"failures": 2}}, "2 failed requests"),
        ({"database_locked": 1}, '1 "database is locked" in the gunicorn log'),
        ({"total": {"p95_ms": 1000.0}}, "p95 1000 ms is not under 1000 ms"),
        ({"orders_placed": 0}, "no order was placed"),
        ({"warm_up_failures": ["500 for GET /ar/news/"]}, "1 failed requests while warming up"),
        ({"total": {"requests": 0}}, "no request was made"),
    ],
)
def test_each_criterion_fails_the_run(overrides, problem):
    assert problem in run.verdict(summary(**overrides), 1000)


def test_a_p95_limit_of_zero_records_the_latency_without_judging_it():
    slow = summary(total={"p95_ms": 5000.0})
    assert run.verdict(slow, 0) == []
    assert run.verdict(summary(total={"failures": 1, "p95_ms": 5000.0}), 0) == ["1 failed requests"]


def test_the_run_is_bounded_and_refuses_an_unbounded_one():
    assert run.parse([]).users == 50 and run.parse([]).duration == 300
    with pytest.raises(SystemExit):
        run.parse(["--users", "1000"])
    with pytest.raises(SystemExit):
        run.parse(["--duration", "7200"])
