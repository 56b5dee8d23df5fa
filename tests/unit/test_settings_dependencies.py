"""requirements.lock pins what pyproject.toml allows, and this environment is the locked one."""

import importlib.util
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
REQUIREMENTS = [*PROJECT["dependencies"], *PROJECT["optional-dependencies"]["test"]]

_spec = importlib.util.spec_from_file_location("hirfa_deps", ROOT / "bin" / "lib" / "deps.py")
deps = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(deps)
PINS = deps.read_lock(ROOT / "requirements.lock")


@pytest.mark.parametrize("requirement", REQUIREMENTS)
def test_the_lock_pins_a_version_pyproject_allows(requirement):
    parsed = Requirement(requirement)
    name = canonicalize_name(parsed.name)

    assert name in PINS, f"{parsed.name} is not in requirements.lock: install it, then run bin/lock"
    assert parsed.specifier.contains(PINS[name], prereleases=True), (
        f"requirements.lock pins {parsed.name}=={PINS[name]}, outside {parsed.specifier}"
    )


def test_every_line_of_the_lock_is_an_exact_pin():
    lines = [
        line.strip()
        for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]

    assert lines
    assert all(line.count("==") == 1 and ";" not in line and "@" not in line for line in lines)


def test_this_environment_is_the_locked_one(capsys):
    assert deps.verify(ROOT / "requirements.lock") == 0, capsys.readouterr().err
