"""Every way Pausetimer is packaged brings what ``pyproject.toml`` says it needs.

The Flatpak builds its Python modules from ``packaging/flatpak/requirements.txt`` and the
PyInstaller bundle from what its spec collects; both once lacked a dependency (PySide6-Addons, so
the History window could not load QtCharts in the Flatpak) while the wheel had it.
"""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
FLATPAK_REQUIREMENTS = ROOT / "packaging" / "flatpak" / "requirements.txt"
PYINSTALLER_SPEC = ROOT / "packaging" / "pyinstaller" / "pausetimer.spec"


def _name(distribution: str) -> str:
    return re.sub(r"[-_.]+", "-", distribution).lower()


def _normal(requirement: Requirement) -> tuple[str, str, str]:
    return _name(requirement.name), str(requirement.specifier), str(requirement.marker or "")


def _runtime_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(line) for line in project["dependencies"]]


def _top_level_packages(distribution: str) -> set[str]:
    found = {
        package
        for package, owners in importlib.metadata.packages_distributions().items()
        if any(_name(owner) == _name(distribution) for owner in owners)
    }
    assert found, f"{distribution} is not installed, so its packages cannot be checked"
    return found


def test_the_flatpak_requirements_hold_every_runtime_dependency() -> None:
    lines = [
        line.split("#")[0].strip()
        for line in FLATPAK_REQUIREMENTS.read_text(encoding="utf-8").splitlines()
    ]
    flatpak = {_normal(Requirement(line)) for line in lines if line}
    missing = [str(r) for r in _runtime_requirements() if _normal(r) not in flatpak]
    assert missing == [], f"add to {FLATPAK_REQUIREMENTS.name}: {missing}"


def test_the_pyinstaller_spec_collects_every_runtime_dependency() -> None:
    spec = PYINSTALLER_SPEC.read_text(encoding="utf-8")
    excluded = set(re.findall(r'"(PySide6\.Qt\w+)"', spec.split("excludes=", 1)[-1]))
    for requirement in _runtime_requirements():
        if not requirement.marker or requirement.marker.evaluate():
            packages = _top_level_packages(requirement.name)
            if "PySide6" in packages:
                continue  # PyInstaller's own hooks follow every Qt module that is imported
            for package in packages:
                assert f'collect_submodules("{package}")' in spec, (
                    f"{requirement.name}: the spec does not collect {package}"
                )
    # Qt modules the app imports (some only when a window opens) must not be left out.
    used = {
        module
        for source in (ROOT / "pausetimer").rglob("*.py")
        for module in re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8"))
    }
    assert {"QtCharts", "QtWidgets"} <= used  # the scan sees lazy imports too
    assert not {f"PySide6.{module}" for module in used} & excluded
    assert 'collect_submodules("pausetimer")' in spec  # so windows imported by name come along
