"""Are the installed Qt bindings inside the ranges of pyproject.toml?

``pyproject.toml`` is the one place that says which PySide6 works on which Python (PySide6 6.12.0
on CPython 3.11 drains ``None`` until the app aborts). pip keeps to it; a bundle built with
PyInstaller from some other environment would not. The PyInstaller spec runs this check and
refuses to build a bundle that would carry a binding outside those ranges.

    python packaging/check_dependencies.py      # exit 1, with the reason, when out of range
"""

from __future__ import annotations

import platform
import sys
import tomllib
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from packaging.requirements import Requirement

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
CHECKED = ("pyside6-essentials", "pyside6-addons")


def installed_version(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def out_of_range(
    pyproject: Path = PYPROJECT,
    python_version: str | None = None,
    installed: Callable[[str], str | None] = installed_version,
) -> list[str]:
    """One line per checked package whose installed version the ranges do not allow."""
    python_version = python_version or ".".join(platform.python_version_tuple()[:2])
    dependencies = tomllib.loads(pyproject.read_text())["project"]["dependencies"]
    problems = []
    for text in dependencies:
        requirement = Requirement(text)
        name = requirement.name.lower()
        if name not in CHECKED:
            continue
        marker = requirement.marker
        if marker is not None and not marker.evaluate({"python_version": python_version}):
            continue
        have = installed(requirement.name)
        if have is not None and not requirement.specifier.contains(have, prereleases=True):
            problems.append(
                f"{requirement.name} {have} on Python {python_version} is outside "
                f"{requirement.specifier} (pyproject.toml)"
            )
    return problems


def main() -> int:
    problems = out_of_range()
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
