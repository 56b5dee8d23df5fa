"""bin/audit: pins evaluated against OSV ranges offline, with an allow-list that expires."""

import importlib.util
import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("hirfa_audit", ROOT / "bin" / "lib" / "audit.py")
audit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(audit)

TODAY = date(2026, 12, 3)
# Crafted, in the shape of pypa/advisory-database's OSV files.
ADVISORY = {
    "id": "PYSEC-2099-1",
    "aliases": ["CVE-2099-0001", "GHSA-xxxx-yyyy-zzzz"],
    "summary": "Crafted: the template engine runs code",
    "affected": [
        {
            "package": {"name": "Django", "ecosystem": "PyPI"},
            "ranges": [
                {
                    "type": "ECOSYSTEM",
                    "events": [
                        {"introduced": "0"},
                        {"fixed": "4.2.20"},
                        {"introduced": "5.0"},
                        {"fixed": "5.2.19"},
                    ],
                }
            ],
            "versions": [],
        }
    ],
}


def data_with(*osv_entries, packages=("django", "wagtail")):
    advisories = [audit.slim(osv, affected) for osv in osv_entries for affected in osv["affected"]]
    return {
        "source": {"commit": "c0ffee", "date": "2026-12-01"},
        "packages": list(packages),
        "advisories": advisories,
    }


def run(pins, allow=(), data=None):
    return audit.audit(pins, data or data_with(ADVISORY), list(allow), TODAY)


@pytest.mark.parametrize("version", ["1.11", "4.2.19", "5.0", "5.2.18"])
def test_a_pin_inside_an_affected_range_fails(version):
    failing, allowed, problems = run({"django": version})

    assert [hit["id"] for hit in failing] == ["PYSEC-2099-1"]
    assert failing[0]["fixed_in"] == ["4.2.20", "5.2.19"]
    assert not allowed and not problems


@pytest.mark.parametrize("version", ["4.2.20", "4.2.21", "5.2.19", "6.0"])
def test_a_fixed_pin_passes(version):
    assert run({"django": version}) == ([], [], [])


def test_last_affected_and_listed_versions_count_as_affected():
    osv = {
        "id": "PYSEC-2099-2",
        "affected": [
            {
                "package": {"name": "wagtail", "ecosystem": "PyPI"},
                "ranges": [
                    {"type": "ECOSYSTEM", "events": [{"introduced": "7.0"}, {"last_affected": "8.0.1"}]}
                ],
            },
            {
                "package": {"name": "wagtail", "ecosystem": "PyPI"},
                "ranges": [{"type": "GIT", "events": []}],
                "versions": ["6.3.2"],
            },
        ],
    }
    data = data_with(osv)

    assert {hit["version"] for hit in run({"wagtail": "8.0.1"}, data=data)[0]} == {"8.0.1"}
    assert run({"wagtail": "6.3.2"}, data=data)[0]
    assert run({"wagtail": "8.0.2"}, data=data) == ([], [], [])
    assert run({"wagtail": "6.3.3"}, data=data) == ([], [], [])


def test_an_allowed_hit_passes_until_its_entry_expires():
    entry = {"id": "CVE-2099-0001", "reason": "the template engine is not used", "expires": TODAY}

    failing, allowed, problems = run({"django": "5.2.18"}, allow=[entry])
    assert not failing and not problems
    assert allowed[0]["reason"] == "the template engine is not used"

    expired = {**entry, "expires": TODAY - timedelta(days=1)}
    failing, allowed, problems = run({"django": "5.2.18"}, allow=[expired])
    assert [hit["id"] for hit in failing] == ["PYSEC-2099-1"]
    assert any("expired on 2026-12-02" in problem for problem in problems)


def test_an_expired_entry_fails_even_when_nothing_needs_it():
    expired = {"id": "PYSEC-2000-1", "reason": "old", "expires": date(2026, 1, 1)}

    assert run({"django": "5.2.19"}, allow=[expired])[2] == [
        "allow.toml entry PYSEC-2000-1 expired on 2026-01-01: fix the pin or renew it"
    ]


def test_an_entry_without_reason_or_expiry_does_not_allow():
    failing, _allowed, problems = run({"django": "5.2.18"}, allow=[{"id": "PYSEC-2099-1"}])

    assert failing and problems == ["allow.toml entry PYSEC-2099-1 lacks reason, expires"]


def test_a_pin_the_data_does_not_cover_fails():
    problems = run({"django": "5.2.19", "locust": "2.47.0"})[2]

    assert problems == ["locust==2.47.0 is not covered by audit/advisories.json: run bin/audit --refresh"]


def test_refresh_imports_our_packages_from_a_copy_of_the_database(tmp_path):
    vulns = tmp_path / "db" / "vulns"
    (vulns / "django").mkdir(parents=True)
    (vulns / "flask").mkdir()
    (vulns / "django" / "PYSEC-2099-1.json").write_text(json.dumps(ADVISORY))
    (vulns / "django" / "PYSEC-2099-3.yaml").write_text(
        "id: PYSEC-2099-3\nwithdrawn: '2099-01-02T00:00:00Z'\n"
        "affected:\n- package: {name: django, ecosystem: PyPI}\n"
    )
    (vulns / "flask" / "PYSEC-2099-4.yaml").write_text(
        "id: PYSEC-2099-4\naffected:\n- package: {name: flask, ecosystem: PyPI}\n"
    )
    git = ["git", "-C", str(tmp_path / "db"), "-c", "user.email=t@example.test", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q"], check=True)  # noqa: S603
    subprocess.run([*git, "commit", "-qm", "advisories", "--allow-empty"], check=True)  # noqa: S603

    data = audit.refresh(tmp_path / "db", {"django", "wagtail"})

    assert [a["id"] for a in data["advisories"]] == ["PYSEC-2099-1"]  # withdrawn and other packages left out
    assert data["packages"] == ["django", "wagtail"]
    assert len(data["source"]["commit"]) == 40
    assert run({"django": "5.2.18"}, data=data)[0]


def test_the_command_fails_on_a_vulnerable_lock_and_passes_on_the_fixed_one(tmp_path, capsys):
    (tmp_path / "advisories.json").write_text(json.dumps(data_with(ADVISORY)))
    (tmp_path / "allow.toml").write_text("")
    args = ["--advisories", str(tmp_path / "advisories.json"), "--allow", str(tmp_path / "allow.toml")]
    (tmp_path / "old.lock").write_text("Django==5.2.18\nwagtail==8.0.1\n")
    (tmp_path / "new.lock").write_text("# a comment\nDjango==5.2.19\nwagtail==8.0.1\n")

    assert audit.main([*args, "--lock", str(tmp_path / "old.lock")]) == 1
    assert "VULNERABLE django==5.2.18: PYSEC-2099-1" in capsys.readouterr().out
    assert audit.main([*args, "--lock", str(tmp_path / "new.lock")]) == 0


def test_the_committed_data_covers_the_lock_and_the_allow_list_is_valid():
    data = json.loads(audit.ADVISORIES.read_text(encoding="utf-8"))

    assert len(data["source"]["commit"]) == 40 and data["advisories"]
    assert set(audit.read_lock()) <= set(data["packages"]), "run bin/audit --refresh after changing the lock"
    assert audit.check_allow(audit.read_allow(), date.today()) == []
