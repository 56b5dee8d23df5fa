"""Offline dependency audit: every pin of requirements.lock against a committed copy of OSV advisories.

    audit.py                      check requirements.lock against audit/advisories.json (no network)
    audit.py --refresh SOURCE     import the advisories of our packages from SOURCE, a copy of
                                  pypa/advisory-database (a checkout, a bare git clone, or any
                                  directory of OSV .yaml/.json files), into audit/advisories.json

pip-audit and osv-scanner only query online services (pip-audit issue #698 declines a local
database), hence this small evaluator of OSV "affected" entries: a pin is affected when it is
listed in ``versions`` or falls in an ECOSYSTEM range (introduced / fixed / last_affected / limit
events, compared with packaging.version). A hit fails the audit unless audit/allow.toml lists it
(advisory id or alias, a reason, an expiry date); an expired or incomplete entry fails too, and so
does a pinned package that the imported data does not cover (refresh after adding a dependency).
"""

import argparse
import json
import subprocess
import sys
import tomllib
from datetime import UTC, date, datetime
from pathlib import Path

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

ROOT = Path(__file__).resolve().parent.parent.parent
LOCK = ROOT / "requirements.lock"
ADVISORIES = ROOT / "audit" / "advisories.json"
ALLOW = ROOT / "audit" / "allow.toml"
RANGE_TYPES = {"ECOSYSTEM", "SEMVER"}
STALE_DAYS = 30


# --- evaluation -----------------------------------------------------------------------------------
def parse_version(text):
    try:
        return Version(str(text))
    except InvalidVersion:
        return None


def in_range(version, events):
    """OSV's algorithm: walk the events in version order; the last one at or below the version decides."""
    keyed = []
    for event in events:
        (kind, value), *_ = event.items()
        bound = Version("0") if kind == "introduced" and str(value) == "0" else parse_version(value)
        if bound is not None:
            keyed.append((bound, kind))
    affected = False
    for bound, kind in sorted(keyed, key=lambda item: item[0]):
        if kind == "introduced" and version >= bound:
            affected = True
        elif kind == "fixed" and version >= bound:
            affected = False
        elif kind == "last_affected" and version > bound:
            affected = False
        elif kind == "limit" and version >= bound:
            return False
    return affected


def affects(advisory, version_text):
    version = parse_version(version_text)
    if version is None:
        return False
    if any(parse_version(listed) == version for listed in advisory.get("versions", [])):
        return True
    return any(
        in_range(version, block.get("events", []))
        for block in advisory.get("ranges", [])
        if block.get("type") in RANGE_TYPES
    )


def fixed_in(advisory):
    return sorted(
        {
            str(e["fixed"])
            for block in advisory.get("ranges", [])
            for e in block.get("events", [])
            if "fixed" in e
        },
        key=lambda text: parse_version(text) or Version("0"),
    )


def read_lock(path=LOCK):
    pins = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[canonicalize_name(name.split("[", 1)[0])] = version.strip()
    return pins


def read_allow(path=ALLOW):
    if not Path(path).exists():
        return []
    return tomllib.loads(Path(path).read_text(encoding="utf-8")).get("allow", [])


def check_allow(entries, today):
    """Problems with the allow-list itself: missing fields, expired entries."""
    problems = []
    for entry in entries:
        name = entry.get("id", "<no id>")
        missing = [key for key in ("id", "reason", "expires") if not entry.get(key)]
        if missing:
            problems.append(f"allow.toml entry {name} lacks {', '.join(missing)}")
        elif not isinstance(entry["expires"], date):
            problems.append(
                f"allow.toml entry {name}: expires must be a date (2027-01-31), not {entry['expires']!r}"
            )
        elif entry["expires"] < today:
            problems.append(f"allow.toml entry {name} expired on {entry['expires']}: fix the pin or renew it")
    return problems


def audit(pins, data, allow, today):
    """(hits that fail, hits allowed, problems) for the pins against the imported data."""
    by_package = {}
    for advisory in data["advisories"]:
        by_package.setdefault(advisory["package"], []).append(advisory)
    covered = set(data.get("packages", []))
    problems = check_allow(allow, today)
    problems += [
        f"{name}=={version} is not covered by audit/advisories.json: run bin/audit --refresh"
        for name, version in sorted(pins.items())
        if name not in covered
    ]
    usable = {entry["id"]: entry for entry in allow if entry.get("id") and not check_allow([entry], today)}
    failing, allowed = [], []
    for name, version in sorted(pins.items()):
        for advisory in by_package.get(name, []):
            if not affects(advisory, version):
                continue
            hit = {"package": name, "version": version, **advisory, "fixed_in": fixed_in(advisory)}
            names = {advisory["id"], *advisory.get("aliases", [])}
            entry = next((usable[n] for n in names if n in usable), None)
            if entry and entry.get("package", name) == name:
                allowed.append({**hit, "reason": entry["reason"], "expires": str(entry["expires"])})
            else:
                failing.append(hit)
    return failing, allowed, problems


# --- refresh --------------------------------------------------------------------------------------
def git(source, *args):
    return subprocess.run(  # noqa: S603
        ["git", *args],  # noqa: S607 (git from PATH, as every developer has it)
        cwd=source,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def source_files(source, wanted):
    """(path, text) of the advisory files under vulns/<package>/ for the wanted packages."""
    source = Path(source)
    if (source / "vulns").is_dir() or not (source / "objects").is_dir():
        base = source / "vulns" if (source / "vulns").is_dir() else source
        for path in sorted(base.rglob("*")):
            if path.suffix in {".yaml", ".yml", ".json"} and path.is_file():
                folder = path.relative_to(base).parts[0] if path.parent != base else ""
                if not folder or canonicalize_name(folder) in wanted:
                    yield str(path.relative_to(source)), path.read_text(encoding="utf-8")
        return
    # A bare clone (a mirror): read the blobs of HEAD without a work tree.
    folders = git(source, "ls-tree", "--name-only", "HEAD", "vulns/").split()
    paths = [
        path
        for folder in folders
        if canonicalize_name(folder.split("/", 1)[-1]) in wanted
        for path in git(source, "ls-tree", "-r", "--name-only", "HEAD", folder + "/").split()
        if path.endswith((".yaml", ".yml", ".json"))
    ]
    for path in paths:
        yield path, git(source, "show", f"HEAD:{path}")


def source_revision(source):
    try:
        commit, when = git(source, "log", "-1", "--format=%H %cI").split()
    except (subprocess.CalledProcessError, FileNotFoundError, ValueError):
        return {"commit": "unknown", "date": "unknown"}
    return {"commit": commit, "date": when}


def parse_advisory(path, text):
    if path.endswith(".json"):
        return json.loads(text)
    import yaml  # PyYAML, of the test extra (bandit needs it): only --refresh reads YAML

    return yaml.safe_load(text)


def slim(osv, affected):
    ranges = [block for block in affected.get("ranges", []) if block.get("type") in RANGE_TYPES]
    entry = {
        "id": osv["id"],
        "aliases": sorted(osv.get("aliases", [])),
        "package": canonicalize_name(affected["package"]["name"]),
        "summary": (osv.get("summary") or osv.get("details") or "").strip().split("\n")[0][:200],
        "published": str(osv.get("published", "")),
        "modified": str(osv.get("modified", "")),
        "ranges": [
            {"type": b["type"], "events": [{k: str(v) for k, v in e.items()} for e in b["events"]]}
            for b in ranges
        ],
    }
    if not ranges:  # only GIT ranges, or none: the version list is then the whole story
        entry["versions"] = [str(v) for v in affected.get("versions", [])]
    return entry


def refresh(source, wanted):
    advisories = []
    for path, text in source_files(source, wanted):
        osv = parse_advisory(path, text)
        if not isinstance(osv, dict) or osv.get("withdrawn"):
            continue
        for affected in osv.get("affected", []):
            package = affected.get("package", {})
            if package.get("ecosystem") == "PyPI" and canonicalize_name(package.get("name", "")) in wanted:
                advisories.append(slim(osv, affected))
    advisories.sort(key=lambda a: (a["package"], a["id"]))
    return {
        "source": {
            "repository": "pypa/advisory-database",
            **source_revision(source),
            "imported": datetime.now(UTC).isoformat(timespec="seconds"),
        },
        "packages": sorted(wanted),
        "advisories": advisories,
    }


def installed_names():
    from importlib import metadata

    return {canonicalize_name(d.metadata["Name"]) for d in metadata.distributions() if d.metadata["Name"]}


# --- command line ---------------------------------------------------------------------------------
def describe(hit):
    also = f" ({', '.join(hit['aliases'][:3])})" if hit.get("aliases") else ""
    fix = f"; fixed in {', '.join(hit['fixed_in'])}" if hit["fixed_in"] else "; no fixed version"
    return f"{hit['package']}=={hit['version']}: {hit['id']}{also}{fix}: {hit['summary']}"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--refresh", metavar="SOURCE", help="a copy of pypa/advisory-database to import from")
    parser.add_argument("--lock", default=str(LOCK))
    parser.add_argument("--advisories", default=str(ADVISORIES))
    parser.add_argument("--allow", default=str(ALLOW))
    args = parser.parse_args(argv)
    pins = read_lock(args.lock)

    if args.refresh:
        # The lock's packages and this environment's (bin/lock writes the next lock from it).
        data = refresh(args.refresh, set(pins) | installed_names())
        Path(args.advisories).parent.mkdir(parents=True, exist_ok=True)
        Path(args.advisories).write_text(
            json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(
            f"{len(data['advisories'])} advisories for {len(data['packages'])} packages from "
            f"{data['source']['commit'][:12]} ({data['source']['date']}) → {args.advisories}"
        )
        return 0

    if not Path(args.advisories).exists():
        print(f"no {args.advisories}: run bin/audit --refresh <advisory-database>", file=sys.stderr)
        return 1
    data = json.loads(Path(args.advisories).read_text(encoding="utf-8"))
    today = datetime.now(UTC).date()
    failing, allowed, problems = audit(pins, data, read_allow(args.allow), today)
    source = data["source"]
    print(
        f"audit: {len(pins)} pins against {len(data['advisories'])} advisories "
        f"(pypa/advisory-database {source['commit'][:12]}, {source['date']})"
    )
    when = parse_date(source["date"])
    if when and (today - when).days > STALE_DAYS:
        print(f"warning: the advisory data is {(today - when).days} days old: refresh it (README, Testing)")
    for hit in allowed:
        print(f"  allowed until {hit['expires']}: {describe(hit)} — {hit['reason']}")
    for hit in failing:
        print(f"  VULNERABLE {describe(hit)}")
    for problem in problems:
        print(f"  ERROR {problem}")
    if failing or problems:
        print(f"audit FAILED: {len(failing)} vulnerable pins, {len(problems)} other problems")
        return 1
    print("audit passed: no known vulnerability in requirements.lock")
    return 0


def parse_date(text):
    try:
        return datetime.fromisoformat(text).date()
    except (TypeError, ValueError):
        return None


if __name__ == "__main__":
    sys.exit(main())
