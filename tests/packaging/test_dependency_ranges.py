"""Every place that installs the app keeps to the same Qt binding ranges, and they exclude the
binding that leaks (PySide6 6.12.0 on CPython 3.11, measured: None drained until the app aborts).
"""

from __future__ import annotations

import runpy
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"
CHECK = runpy.run_path(str(ROOT / "packaging" / "check_dependencies.py"))
BINDINGS = ("PySide6-Essentials", "PySide6-Addons")


def allowed(name: str, version: str, python_version: str) -> bool:
    dependencies = tomllib.loads(PYPROJECT.read_text())["project"]["dependencies"]
    for text in dependencies:
        requirement = Requirement(text)
        marker = requirement.marker
        if requirement.name == name and (
            marker is None or marker.evaluate({"python_version": python_version})
        ):
            return bool(requirement.specifier.contains(version))
    raise AssertionError(f"no requirement for {name} on Python {python_version}")


@pytest.mark.parametrize("name", BINDINGS)
@pytest.mark.parametrize(
    ("python_version", "version", "expected"),
    [
        ("3.11", "6.12.0", False),  # drains None and True: aborts within a minute
        ("3.11", "6.11.3", True),
        ("3.11", "6.8.0.2", True),
        ("3.11", "6.7.3", False),  # older than the oldest the matrix in .ci tests
        ("3.12", "6.12.0", True),  # None is immortal on 3.12+
        ("3.13", "6.12.0", True),
    ],
)
def test_ranges_exclude_the_leaking_binding(
    name: str, python_version: str, version: str, expected: bool
) -> None:
    assert allowed(name, version, python_version) is expected


def test_flatpak_requirements_are_the_same_as_pyproject() -> None:
    flatpak = ROOT / "packaging" / "flatpak" / "requirements.txt"
    lines = [
        line.strip()
        for line in flatpak.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    listed = {str(Requirement(line)) for line in lines if Requirement(line).name != "hatchling"}
    dependencies = tomllib.loads(PYPROJECT.read_text())["project"]["dependencies"]
    assert listed == {str(Requirement(text)) for text in dependencies}


def test_bundle_check_refuses_a_binding_outside_the_ranges() -> None:
    out_of_range = CHECK["out_of_range"]
    leaking = out_of_range(PYPROJECT, "3.11", lambda _name: "6.12.0")
    assert len(leaking) == 2 and all("6.12.0 on Python 3.11" in line for line in leaking)
    assert out_of_range(PYPROJECT, "3.12", lambda _name: "6.12.0") == []
    assert out_of_range(PYPROJECT, "3.11", lambda _name: "6.11.3") == []


def test_the_installed_binding_is_inside_the_ranges() -> None:
    assert CHECK["out_of_range"]() == []
