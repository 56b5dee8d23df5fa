"""Real PostgreSQL and Redis servers for a test run, started before Django reads its settings.

Loaded with ``-p tests.plugins.services`` (pyproject's addopts). Options:

    --postgres   start a throwaway PostgreSQL (Debian's postgresql, 15 preferred) and
                 point DATABASE_URL at it
    --redis      start a throwaway redis-server and point REDIS_URL at it (django-redis
                 cache, cache-backed sessions: see portal/settings/base.py)

The environment variable ``HIRFA_TEST_SERVICES=postgres,redis`` does the same.

``portal/settings/base.py`` reads DATABASE_URL and REDIS_URL when it is
imported, and pytest-django imports the settings in its own
``pytest_load_initial_conftests``, before any conftest.py is read. So the
servers start in a *wrapper* of that hook, which runs before every plain
implementation of it, pytest-django's included.

Both servers live in private temporary directories, on free ports (PostgreSQL
only on a unix socket in its directory), and are stopped at the end of the
run, also after a failure, Ctrl-C or SIGTERM.

Markers: ``postgres``, ``redis`` and ``browser`` tests are skipped when the
service is not part of this run, with the reason and the command that
installs what is missing. Under ``CI=true`` a requested service that cannot
start is an error, and a missing Chromium fails the browser tests.
"""

from __future__ import annotations

import atexit
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

INSTALL_HINT = "apt-get install postgresql redis-server chromium"
CHROMIUM = os.environ.get("HIRFA_CHROMIUM", "/usr/bin/chromium")


def under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServiceUnavailable(Exception):
    """A server that was asked for cannot start on this machine."""


# --- PostgreSQL -------------------------------------------------------------------------------


def postgres_bindir() -> Path | None:
    """Debian's server binaries, PostgreSQL 15 first, else the newest installed."""
    explicit = os.environ.get("HIRFA_PG_BINDIR")  # the only place looked at, when set
    candidates = [Path(explicit)] if explicit else []
    root = Path("/usr/lib/postgresql")
    if not explicit and root.is_dir():
        versions = sorted((p for p in root.iterdir() if p.name.isdigit()), key=lambda p: int(p.name))
        preferred = [p for p in versions if p.name == "15"]
        candidates += [v / "bin" for v in preferred + versions[::-1]]
    for path in () if explicit else ("initdb", "pg_ctl"):
        found = shutil.which(path)
        if found:
            candidates.append(Path(found).resolve().parent)
    for bindir in candidates:
        if (bindir / "initdb").exists() and (bindir / "pg_ctl").exists():
            return bindir
    return None


class Postgres:
    """initdb + pg_ctl start into a private temp dir; trust auth, no fsync, unix socket only."""

    def __init__(self):
        self.bindir = postgres_bindir()
        if self.bindir is None:
            raise ServiceUnavailable(f"PostgreSQL server binaries not found ({INSTALL_HINT})")
        self.dir = Path(tempfile.mkdtemp(prefix="hirfa-pg-"))
        self.data = self.dir / "data"
        self.port = free_port()
        self.user = None
        self.started = False
        if os.geteuid() == 0:
            # initdb refuses to run as root: run the server as Debian's postgres user.
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                raise ServiceUnavailable(
                    f"running as root and there is no 'postgres' user ({INSTALL_HINT})"
                ) from None
            self.user = "postgres"
            shutil.chown(self.dir, user="postgres")

    def _run(self, *args, check=True):
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, cwd=self.dir, check=False)  # noqa: S603
        if check and result.returncode:
            raise ServiceUnavailable(
                f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}{result.stderr}"
            )
        return result

    def start(self) -> str:
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
            "--no-instructions",
        )
        options = " ".join(
            [
                "-c listen_addresses=''",
                f"-c unix_socket_directories='{self.dir}'",
                f"-c port={self.port}",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=50",
            ]
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.dir / "server.log"),
            "-w",
            "-t",
            "60",
            "-o",
            options,
            "start",
        )
        self.started = True
        host = str(self.dir).replace("/", "%2F")
        return f"postgres://postgres@{host}:{self.port}/postgres"

    def orphan_cleanup(self) -> dict:
        """What the watchdog runs if this process dies without stopping the server."""
        stop = [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"]
        if self.user:
            stop = ["runuser", "-u", self.user, "--", *stop]
        return {"commands": [stop], "pids": [], "dirs": [str(self.dir)]}

    def log_tail(self, lines=30) -> str:
        try:
            return "\n".join((self.dir / "server.log").read_text().splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self):
        if self.started or (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
            self.started = False
        shutil.rmtree(self.dir, ignore_errors=True)


# --- Redis --------------------------------------------------------------------------------------


class Redis:
    """redis-server on a free loopback port, no persistence, in a private temp dir."""

    def __init__(self):
        self.binary = shutil.which("redis-server")
        if not self.binary:
            raise ServiceUnavailable(f"redis-server not found ({INSTALL_HINT})")
        self.dir = Path(tempfile.mkdtemp(prefix="hirfa-redis-"))
        self.process = None
        self.port = None

    def start(self) -> str:
        for _attempt in range(3):
            self.port = free_port()
            log = (self.dir / "redis.log").open("wb")
            self.process = subprocess.Popen(  # noqa: S603
                [
                    self.binary,
                    "--port",
                    str(self.port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    str(self.dir),
                    "--daemonize",
                    "no",
                    "--protected-mode",
                    "yes",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline and self.process.poll() is None:
                if self._ping():
                    return f"redis://127.0.0.1:{self.port}/0"
                time.sleep(0.05)
            self.stop(remove=False)  # port taken meanwhile, or a crash: try another port
        raise ServiceUnavailable(f"redis-server did not start:\n{self.log_tail()}")

    def orphan_cleanup(self) -> dict:
        pids = [self.process.pid] if self.process else []
        return {"commands": [], "pids": pids, "dirs": [str(self.dir)]}

    def _ping(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def log_tail(self, lines=30) -> str:
        try:
            return "\n".join((self.dir / "redis.log").read_text().splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self, remove=True):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        if remove:
            shutil.rmtree(self.dir, ignore_errors=True)


# --- Watchdog -----------------------------------------------------------------------------------

# A detached process that outlives pytest only to stop the servers when pytest
# died without doing it (SIGKILL, a crash, a signal arriving mid-startup).
WATCHDOG = """
import json, os, shutil, signal, subprocess, sys, time
parent, spec = int(sys.argv[1]), json.loads(sys.argv[2])
while True:
    try:
        os.kill(parent, 0)
    except ProcessLookupError:
        break
    if not any(os.path.exists(d) for d in spec["dirs"]):
        sys.exit(0)  # pytest cleaned up itself
    time.sleep(0.5)
for command in spec["commands"]:
    subprocess.run(command, capture_output=True, timeout=60, check=False)
for pid in spec["pids"]:
    try:
        os.kill(pid, signal.SIGTERM)
    except OSError:
        pass
for d in spec["dirs"]:
    shutil.rmtree(d, ignore_errors=True)
"""


def start_watchdog(servers):
    spec = {"commands": [], "pids": [], "dirs": []}
    for server in servers:
        for key, values in server.orphan_cleanup().items():
            spec[key] += values
    return subprocess.Popen(  # noqa: S603
        [sys.executable, "-c", WATCHDOG, str(os.getpid()), json.dumps(spec)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # not killed with pytest's process group
    )


# --- The run's state ----------------------------------------------------------------------------


class Services:
    """What this run asked for, what started, and why something did not."""

    def __init__(self):
        self.running = []  # Postgres / Redis objects to stop
        self.active = set()  # "postgres", "redis"
        self.unavailable = {}  # name -> reason
        self.private_dirs = []
        self.watchdog = None

    def stop_all(self):
        while self.running:
            server = self.running.pop()
            try:
                server.stop()
            except Exception as error:  # noqa: BLE001 (stopping the other one matters more)
                print(f"hirfa services: could not stop {server!r}: {error}", file=sys.stderr)
        for path in self.private_dirs:
            shutil.rmtree(path, ignore_errors=True)
        self.private_dirs = []
        if self.watchdog and self.watchdog.poll() is None:
            self.watchdog.terminate()
            self.watchdog.wait()
        self.watchdog = None


SERVICES = Services()


def pytest_addoption(parser):
    group = parser.getgroup("hirfa", "Hirfa test services")
    group.addoption("--postgres", action="store_true", help="run on a throwaway PostgreSQL server")
    group.addoption(
        "--redis", action="store_true", help="use a throwaway redis-server for cache and sessions"
    )


def _requested(namespace) -> set[str]:
    wanted = {s.strip() for s in os.environ.get("HIRFA_TEST_SERVICES", "").split(",") if s.strip()}
    unknown = wanted - {"postgres", "redis"}
    if unknown:
        raise pytest.UsageError(f"HIRFA_TEST_SERVICES: unknown service(s) {', '.join(sorted(unknown))}")
    if getattr(namespace, "postgres", False):
        wanted.add("postgres")
    if getattr(namespace, "redis", False):
        wanted.add("redis")
    return wanted


def _stop_on_signal(signum, _frame):
    SERVICES.stop_all()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


@pytest.hookimpl(wrapper=True)
def pytest_load_initial_conftests(early_config, parser, args):
    namespace = early_config.known_args_namespace
    if getattr(namespace, "help", False) or getattr(namespace, "version", False):
        return (yield)
    wanted = _requested(namespace)

    # Private media directory per run: parallel runs never share uploaded files.
    if "MEDIA_ROOT" not in os.environ:
        media = tempfile.mkdtemp(prefix="hirfa-test-media-")
        SERVICES.private_dirs.append(media)
        os.environ["MEDIA_ROOT"] = media

    if wanted:
        atexit.register(SERVICES.stop_all)
        signal.signal(signal.SIGTERM, _stop_on_signal)
    for name, factory, variable in (("postgres", Postgres, "DATABASE_URL"), ("redis", Redis, "REDIS_URL")):
        if name not in wanted:
            continue
        server = None
        try:
            server = factory()
            SERVICES.running.append(server)  # before start(): a signal mid-start still stops it
            started = time.monotonic()
            url = server.start()
        except ServiceUnavailable as error:
            if server is not None:
                SERVICES.running.remove(server)
                server.stop()
            if under_ci():
                SERVICES.stop_all()
                raise pytest.UsageError(
                    f"CI=true and {name} was requested but cannot start: {error}"
                ) from None
            SERVICES.unavailable[name] = str(error)
            continue
        SERVICES.active.add(name)
        os.environ[variable] = url
        if name == "postgres":
            # A live_server thread must not keep a connection open past its test.
            os.environ["CONN_MAX_AGE"] = "0"
        early_config.stash.setdefault(_timings_key, {})[name] = time.monotonic() - started
    if SERVICES.running:
        SERVICES.watchdog = start_watchdog(SERVICES.running)
    try:
        return (yield)
    except BaseException:
        SERVICES.stop_all()
        raise


_timings_key = pytest.StashKey[dict]()


def pytest_report_header(config):
    lines = []
    timings = config.stash.get(_timings_key, {})
    if "postgres" in SERVICES.active:
        from django.db import connection

        lines.append(
            f"hirfa: PostgreSQL started in {timings.get('postgres', 0):.1f}s "
            f"({os.environ['DATABASE_URL']}, engine {connection.settings_dict['ENGINE']})"
        )
    if "redis" in SERVICES.active:
        lines.append(
            f"hirfa: redis-server started in {timings.get('redis', 0):.1f}s ({os.environ['REDIS_URL']})"
        )
    for name, reason in SERVICES.unavailable.items():
        lines.append(f"hirfa: {name} NOT available, its tests are skipped: {reason}")
    if not SERVICES.active:
        lines.append("hirfa: SQLite, local-memory cache (add --postgres --redis for the real servers)")
    return lines


def chromium_missing_reason() -> str | None:
    if Path(CHROMIUM).exists():
        return None
    return f"Chromium not found at {CHROMIUM} ({INSTALL_HINT})"


def _skip_reason(marker_name) -> str | None:
    if marker_name in SERVICES.active:
        return None
    if marker_name in SERVICES.unavailable:
        return f"{marker_name} requested but unavailable: {SERVICES.unavailable[marker_name]}"
    return f"needs a real {marker_name} server: run pytest with --{marker_name} (as bin/test does)"


@pytest.hookimpl(trylast=True)  # after the conftests that add markers (tests/e2e marks `browser`)
def pytest_collection_modifyitems(config, items):
    chromium_reason = chromium_missing_reason()
    for item in items:
        for name in ("postgres", "redis"):
            if item.get_closest_marker(name):
                reason = _skip_reason(name)
                if reason:
                    item.add_marker(pytest.mark.skip(reason=reason))
        if item.get_closest_marker("browser") and chromium_reason:
            if under_ci():
                item.add_marker(pytest.mark.usefixtures("_hirfa_chromium_required"))
            else:
                item.add_marker(pytest.mark.skip(reason=chromium_reason))


def require_chromium():
    """Skip (fail under CI=true) when Debian's Chromium is missing."""
    reason = chromium_missing_reason()
    if reason and under_ci():
        pytest.fail(f"CI=true and the browser tests cannot run: {reason}", pytrace=False)
    if reason:
        pytest.skip(reason)


@pytest.fixture
def _hirfa_chromium_required():
    require_chromium()


@pytest.fixture(scope="session")
def hirfa_services():
    """The set of real services in this run: a subset of {"postgres", "redis"}."""
    return frozenset(SERVICES.active)


def pytest_unconfigure(config):
    SERVICES.stop_all()
