"""Hirfa's load run: a fresh SQLite site, two gunicorn workers on 127.0.0.1, locust headless.

    .venv/bin/python benchmarks/load/run.py                     # the full run: 50 users, 5 minutes
    .venv/bin/python benchmarks/load/run.py --users 20 --duration 30   # the CI run (tests/load)

Steps: migrate + the demo content into <data>/load.sqlite3 (as benchmarks/build
does), stock raised so that no product runs out during the run, collectstatic,
gunicorn (2 sync workers, portal.settings.load: production with a test
SECRET_KEY and no TLS redirect), a warm-up request per page and worker, then
locust (benchmarks/load/locustfile.py) for the given users and seconds.

Pass: no failed request, no "database is locked" in gunicorn's log, the 95th
percentile of all requests under --p95-ms (1000), and at least one order
placed. The summary is printed and written as JSON (<data>/summary.json, or
--json). Exit status 0 on pass, 1 on fail, 2 when the run could not be made.
Loopback only: the server and locust's target are 127.0.0.1, and every
process is stopped at the end, whatever happens.
"""

import argparse
import csv
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from pages import LANGS, PAGES  # benchmarks/load/pages.py, beside this script

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
VENV_BIN = Path(sys.executable).parent
SERVED = re.compile(r'" (\d{3}) (\d+)ms$', re.MULTILINE)  # gunicorn's access log (format below)
LOCKED = re.compile(r"database (table )?is locked", re.IGNORECASE)
RAISE_STOCK = (
    "from django.db.models import F, Value; from django.db.models.functions import Coalesce; "
    "from shop.partner.models import StockRecord; "
    "StockRecord.objects.update(num_in_stock=Coalesce(F('num_allocated'), Value(0)) + 1000000)"
)


class RunError(Exception):
    """The run could not be made (build, server start); not a verdict on the server."""


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(data):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.load",
        PYTHONPATH=str(ROOT),
        SQLITE_PATH=str(data / "load.sqlite3"),
        STATIC_ROOT=str(data / "static"),
        MEDIA_ROOT=str(data / "media"),
        SERVE_MEDIA="true",
        HIRFA_LOAD_MAIL_DIR=str(data / "mail"),
    )
    return env


def manage(env, *args, settings=None):
    if settings:
        env = {**env, "DJANGO_SETTINGS_MODULE": settings}
    result = subprocess.run(  # noqa: S603 (our own interpreter and manage.py)
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        raise RunError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")


def build(data, env, say):
    for name in ("load.sqlite3", "load.sqlite3-wal", "load.sqlite3-shm"):
        (data / name).unlink(missing_ok=True)
    say(f"migrating {data / 'load.sqlite3'}")
    manage(env, "migrate", "--noinput", "-v", "0")
    say("loading the demo content")
    # load_demo_content refuses production settings: the dev settings, on the same database.
    manage(env, "load_demo_content", "--verbosity", "0", settings="portal.settings.dev")
    manage(env, "shell", "-c", RAISE_STOCK)
    say("collecting static files")
    manage(env, "collectstatic", "--noinput", "-v", "0")


def get(url, timeout=30):
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})  # noqa: S310 (loopback)
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (loopback URL, built above)  # nosec B310
        return response.status


def start_gunicorn(env, port, log, workers):
    command = [
        str(VENV_BIN / "gunicorn"),
        "portal.wsgi:application",
        "--workers",
        str(workers),
        "--bind",
        f"127.0.0.1:{port}",
        "--timeout",
        "60",
        "--access-logfile",
        "-",
        "--access-logformat",
        '%(h)s "%(r)s" %(s)s %(M)sms',
    ]
    process = subprocess.Popen(  # noqa: S603
        command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RunError(f"gunicorn exited with status {process.returncode}: see {log.name}")
        try:
            get(f"http://127.0.0.1:{port}/robots.txt", timeout=5)
            return process
        except (OSError, urllib.error.URLError):
            time.sleep(0.5)
    stop(process)
    raise RunError("gunicorn did not answer within 120 s")


def stop(process, grace=20):
    if process is None or process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def warm_up(port, workers):
    """Every page in every language, once per worker: a server that has been up a while, not a cold one."""
    paths = [page.format(lang=lang) for lang in LANGS for page in PAGES]
    failures = []
    for path in paths * workers:
        try:
            get(f"http://127.0.0.1:{port}{urllib.parse.quote(path, safe='/?=&')}", timeout=60)
        except urllib.error.HTTPError as error:
            failures.append(f"{error.code} for GET {path}")
    return failures


def run_locust(env, port, users, duration, data):
    prefix = data / "locust"
    command = [
        str(VENV_BIN / "locust"),
        "-f",
        str(HERE / "locustfile.py"),
        "--headless",
        "--only-summary",
        "--host",
        f"http://127.0.0.1:{port}",
        "--users",
        str(users),
        "--spawn-rate",
        str(max(1, users / 10)),
        "--run-time",
        f"{duration}s",
        "--stop-timeout",
        "10",
        "--csv",
        str(prefix),
        "--loglevel",
        "WARNING",
    ]
    with open(data / "locust.log", "w", encoding="utf-8") as log:
        try:
            subprocess.run(  # noqa: S603
                command, cwd=HERE, env=env, stdout=log, stderr=subprocess.STDOUT, timeout=duration + 120
            )
        except subprocess.TimeoutExpired as error:
            raise RunError(f"locust did not stop within {duration + 120} s") from error
    return read_stats(Path(f"{prefix}_stats.csv")), read_failures(Path(f"{prefix}_failures.csv"))


def read_stats(path):
    if not path.exists():
        raise RunError(f"locust wrote no statistics ({path}): see locust.log")
    rows = {}
    with open(path, encoding="utf-8") as stats:
        for row in csv.DictReader(stats):
            rows[f"{row['Type']} {row['Name']}".strip()] = {
                "requests": int(row["Request Count"]),
                "failures": int(row["Failure Count"]),
                "median_ms": float(row["Median Response Time"] or 0),
                "p95_ms": float(row["95%"]) if row["95%"] not in ("", "N/A") else 0.0,
                "p99_ms": float(row["99%"]) if row["99%"] not in ("", "N/A") else 0.0,
                "max_ms": float(row["Max Response Time"] or 0),
                "rps": float(row["Requests/s"] or 0),
            }
    return rows


def read_failures(path):
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as failures:
        return [
            {
                "name": f"{row['Method']} {row['Name']}",
                "error": row["Error"],
                "count": int(row["Occurrences"]),
            }
            for row in csv.DictReader(failures)
        ]


def server_times(log):
    times = sorted(int(ms) for _status, ms in SERVED.findall(log))
    if not times:
        return {}
    return {"requests": len(times), "median": times[len(times) // 2], "p95": times[int(len(times) * 0.95)]}


def count_orders(data):
    with sqlite3.connect(f"file:{data / 'load.sqlite3'}?mode=ro", uri=True) as db:
        return db.execute("SELECT count(*) FROM order_order WHERE number NOT LIKE 'DEMO-%'").fetchone()[0]


def verdict(summary, p95_limit):
    total = summary["total"]
    problems = []
    if total["requests"] == 0:
        problems.append("no request was made")
    if total["failures"]:
        problems.append(f"{total['failures']} failed requests")
    if summary["warm_up_failures"]:
        problems.append(f"{len(summary['warm_up_failures'])} failed requests while warming up")
    if summary["database_locked"]:
        problems.append(f'{summary["database_locked"]} "database is locked" in the gunicorn log')
    if p95_limit and total["p95_ms"] >= p95_limit:
        problems.append(f"p95 {total['p95_ms']:.0f} ms is not under {p95_limit} ms")
    if summary["orders_placed"] == 0:
        problems.append("no order was placed")
    return problems


def run(args, say):
    data = Path(args.data or tempfile.mkdtemp(prefix="hirfa-load."))
    data.mkdir(parents=True, exist_ok=True)
    env = environment(data)
    started = datetime.now(UTC)
    if not args.reuse:
        build(data, env, say)
    port = free_port()
    server = None
    log_path = data / "gunicorn.log"
    try:
        with open(log_path, "w", encoding="utf-8") as log:
            say(f"gunicorn, {args.workers} workers, on 127.0.0.1:{port}")
            server = start_gunicorn(env, port, log, args.workers)
            warm_up_failures = warm_up(port, args.workers)
            orders_before = count_orders(data)
            load_before = os.getloadavg()
            say(f"locust: {args.users} users for {args.duration} s")
            stats, failures = run_locust(
                {**env, "HIRFA_LOAD_WAIT": args.wait}, port, args.users, args.duration, data
            )
            load_after = os.getloadavg()
    finally:
        stop(server)
    gunicorn_log = log_path.read_text(encoding="utf-8", errors="replace")
    total = stats.pop("Aggregated", None) or stats.pop(" Aggregated", None)
    if total is None:
        raise RunError("locust's statistics have no Aggregated row")
    summary = {
        "started": started.isoformat(timespec="seconds"),
        "users": args.users,
        "duration_s": args.duration,
        "gunicorn_workers": args.workers,
        "think_time_s": args.wait,
        "database": "SQLite (WAL)",
        # Other work on the machine slows the server: the 1-minute load average before and after.
        "machine": {"cpus": os.cpu_count(), "load_before": load_before[0], "load_after": load_after[0]},
        "settings": "portal.settings.load",
        "total": total,
        "orders_placed": count_orders(data) - orders_before,
        "database_locked": len(LOCKED.findall(gunicorn_log)),
        # Time spent inside the workers (queueing excluded), from gunicorn's access log.
        "server_ms": server_times(gunicorn_log),
        "server_errors_logged": gunicorn_log.count("Traceback"),
        "failures": failures,
        "warm_up_failures": warm_up_failures,
        "endpoints": stats,
        "data": str(data),
    }
    summary["problems"] = verdict(summary, args.p95_ms)
    summary["passed"] = not summary["problems"]
    return summary


def report(summary):
    total, machine, server = summary["total"], summary["machine"], summary["server_ms"]
    lines = [
        f"{summary['users']} users, {summary['duration_s']} s (think time {summary['think_time_s']} s), "
        f"{summary['gunicorn_workers']} gunicorn workers, machine load {machine['load_before']:.1f}"
        f" → {machine['load_after']:.1f} on {machine['cpus']} CPUs:",
        f"  {total['requests']} requests ({total['rps']:.1f}/s), {total['failures']} failed, "
        f"median {total['median_ms']:.0f} ms, p95 {total['p95_ms']:.0f} ms, p99 {total['p99_ms']:.0f} ms, "
        f"max {total['max_ms']:.0f} ms",
        f"  inside the workers (queueing excluded): median {server.get('median')} ms, "
        f"p95 {server.get('p95')} ms over {server.get('requests')} requests",
        f'  {summary["orders_placed"]} orders placed, {summary["database_locked"]} "database is locked"',
    ]
    for name, row in sorted(summary["endpoints"].items(), key=lambda item: -item[1]["p95_ms"]):
        lines.append(f"  {row['p95_ms']:>6.0f} ms p95  {row['requests']:>6}  {name}")
    for failure in summary["failures"]:
        lines.append(f"  FAILED {failure['count']}× {failure['name']}: {failure['error']}")
    lines.append("PASSED" if summary["passed"] else "FAILED: " + "; ".join(summary["problems"]))
    return "\n".join(lines)


def parse(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--duration", type=int, default=300, help="seconds (default 300)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--wait", default="5-15", help="each user's think time between pages, min-max seconds"
    )
    parser.add_argument(
        "--p95-ms",
        type=float,
        default=1000,
        help="fail the run at this p95 or above; 0 records it without judging",
    )
    parser.add_argument(
        "--data", help="directory for the database, logs and summary (default: a new temp dir)"
    )
    parser.add_argument("--reuse", action="store_true", help="reuse the site already built in --data")
    parser.add_argument("--json", help="where to write the summary (default <data>/summary.json)")
    args = parser.parse_args(argv)
    if not re.fullmatch(r"\d+(\.\d+)?-\d+(\.\d+)?", args.wait):
        parser.error("--wait is min-max seconds, e.g. 5-15")
    if args.reuse and not args.data:
        parser.error("--reuse needs --data")
    if not (1 <= args.users <= 200 and 1 <= args.duration <= 1800):
        parser.error("users must be 1-200 and duration 1-1800 s: the run is bounded")
    return args


def main(argv=None):
    args = parse(sys.argv[1:] if argv is None else argv)

    def say(message):
        print(f"==> {message}", file=sys.stderr, flush=True)

    try:
        summary = run(args, say)
    except RunError as error:
        print(f"ERROR: {error}", file=sys.stderr)
        return 2
    out = Path(args.json or Path(summary["data"]) / "summary.json")
    out.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(report(summary))
    print(f"summary: {out}")
    return 0 if summary["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
