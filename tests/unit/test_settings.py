"""Settings modules as an operator meets them: each runs in a fresh interpreter.

Settings are read once per process, so every case runs ``python`` in a
subprocess with exactly the environment under test (nothing inherited from
this run's DATABASE_URL, REDIS_URL or SECRET_KEY).
"""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "SECRET_KEY": secrets.token_urlsafe(64),  # 86 characters, as documented: 50+ random
    "ALLOWED_HOSTS": "hirfa.example.org,www.hirfa.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://hirfa.example.org",
}


def run(code=None, *, settings, env=None, args=None, tmp_path):
    """Run ``python -c code`` (or manage.py ``args``) under ``settings`` with a minimal environment."""
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": f"portal.settings.{settings}",
        # Never the shared db.sqlite3: nothing here should open it, but if it did...
        "SQLITE_PATH": str(tmp_path / "settings-test.sqlite3"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "STATIC_ROOT": str(tmp_path / "static"),
        **(env or {}),
    }
    command = [sys.executable, "manage.py", *args] if args else [sys.executable, "-c", code]
    return subprocess.run(  # noqa: S603
        command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120, check=False
    )


SETUP = "import django; django.setup(); from django.conf import settings; print('DEBUG', settings.DEBUG)"


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = run(SETUP, settings="production", env={"ALLOWED_HOSTS": "hirfa.example.org"}, tmp_path=tmp_path)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts(tmp_path):
    result = run(
        SETUP, settings="production", env={"SECRET_KEY": PRODUCTION["SECRET_KEY"]}, tmp_path=tmp_path
    )

    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_production_starts_with_debug_off_when_the_documented_variables_are_set(tmp_path):
    result = run(SETUP, settings="production", env=PRODUCTION, tmp_path=tmp_path)

    assert result.returncode == 0, result.stderr
    assert "DEBUG False" in result.stdout


def test_check_deploy_passes_without_a_single_warning(tmp_path):
    result = run(
        settings="production",
        env=PRODUCTION,
        args=["check", "--deploy", "--fail-level", "WARNING"],
        tmp_path=tmp_path,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stderr


def test_check_deploy_does_fail_on_a_weak_secret_key(tmp_path):
    """The check above can fail: a short key is reported (security.W009)."""
    weak = {**PRODUCTION, "SECRET_KEY": "short-key"}
    result = run(
        settings="production",
        env=weak,
        args=["check", "--deploy", "--fail-level", "WARNING"],
        tmp_path=tmp_path,
    )

    assert result.returncode != 0
    assert "security.W009" in result.stderr


PROFILE = (
    "from django.conf import settings; "
    "print(settings.HIRFA_COUNTRY, settings.OSCAR_DEFAULT_CURRENCY, settings.PHONENUMBER_DEFAULT_REGION, "
    "len(settings.HIRFA_PROFILE['regions']), settings.TIME_ZONE)"
)


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("MA", "MA MAD MA 12 Africa/Casablanca"),
        ("DZ", "DZ DZD DZ 58 Africa/Algiers"),
        ("dz", "DZ DZD DZ 58 Africa/Algiers"),
    ],
)
def test_both_country_profiles_load(tmp_path, country, expected):
    result = run(PROFILE, settings="dev", env={"HIRFA_COUNTRY": country}, tmp_path=tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


def test_morocco_is_the_default_profile(tmp_path):
    result = run(PROFILE, settings="dev", tmp_path=tmp_path)

    assert result.stdout.strip().startswith("MA MAD")


def test_an_unknown_country_profile_stops_with_a_clear_message(tmp_path):
    result = run(PROFILE, settings="dev", env={"HIRFA_COUNTRY": "FR"}, tmp_path=tmp_path)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "HIRFA_COUNTRY must be one of MA, DZ, not 'FR'" in result.stderr


def test_sqlite_keeps_the_options_two_workers_need(tmp_path):
    code = "from django.conf import settings; print(sorted(settings.DATABASES['default']['OPTIONS'].items()))"
    result = run(code, settings="dev", tmp_path=tmp_path)

    assert result.returncode == 0, result.stderr
    assert "('transaction_mode', 'IMMEDIATE')" in result.stdout
    assert "journal_mode=WAL" in result.stdout


def test_production_collectstatic_succeeds(tmp_path, hirfa_services):
    if hirfa_services:
        pytest.skip("independent of the database: runs in the SQLite pass only")
    result = run(settings="production", env=PRODUCTION, args=["collectstatic", "--noinput", "-v", "0"],
                 tmp_path=tmp_path)  # fmt: skip

    assert "MissingFileError" not in result.stderr
    assert result.returncode == 0, result.stderr[-3000:]
    manifest = tmp_path / "static" / "staticfiles.json"
    assert manifest.is_file()
    assert '"css/hirfa.css"' in manifest.read_text()


# --- Headers and cookies (issue 8): the deploy checks of portal/security/checks.py -----------------
@pytest.mark.parametrize(
    "changes, check_id",
    [
        ({"HIRFA_BASE_URL": "http://hirfa.example.org"}, "hirfa_security.W020"),
        ({"HIRFA_BASE_URL": "https://elsewhere.example"}, "hirfa_security.W021"),
        ({"SECURE_HSTS_SECONDS": "0"}, "security.W004"),
        ({"SECURE_SSL_REDIRECT": "false"}, "security.W008"),
    ],
)
def test_check_deploy_fails_when_a_protection_is_off(tmp_path, changes, check_id):
    result = run(
        settings="production",
        env={**PRODUCTION, **changes},
        args=["check", "--deploy", "--fail-level", "WARNING"],
        tmp_path=tmp_path,
    )

    assert result.returncode != 0
    assert check_id in result.stdout + result.stderr
