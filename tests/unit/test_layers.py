"""The layers' dependency rules, read off the source (see the layer drawing in the design notes).

Every import counts, also one inside a function or under ``TYPE_CHECKING``: a deferred import is
still a dependency, only a cheaper one. A rule that the code breaks today lists the offending
modules in its allow-list, with the reason; the list only shrinks.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import pausetimer

PACKAGE = Path(pausetimer.__file__).resolve().parent

# Modules that break a rule today, with the reason; the lists only shrink. Empty since the UI's
# reads and writes go through the service and the reminder window moved to the UI (issue 17).
UI_USES_STORE_FOR_NOW: dict[str, str] = {}
UI_REACHES_THE_STORE_FOR_NOW: dict[str, str] = {}
SERVICES_USE_UI_FOR_NOW: dict[str, str] = {}


def module_name(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def layer(prefix: str) -> list[Path]:
    found = sorted((PACKAGE / prefix).rglob("*.py"))
    assert found, f"no modules under {prefix}: the rule would hold vacuously"
    return found


def imported_modules(source: str, package: str) -> Iterator[tuple[int, str]]:
    """Every module a module of ``package`` with this source imports, fully qualified
    (``from pausetimer import store`` counts as ``pausetimer.store``), with its line."""
    tree = ast.parse(source)
    package_parts = package.split(".")
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this module's package
                base = package_parts[: len(package_parts) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            yield node.lineno, module
            for alias in node.names:  # a submodule imported by name
                yield node.lineno, f"{module}.{alias.name}"


def forbidden_imports(source: str, package: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{line}: {name}"
        for line, name in imported_modules(source, package)
        if any(name == banned or name.startswith(banned + ".") for banned in forbidden)
    ]


def offences(path: Path, forbidden: tuple[str, ...]) -> list[str]:
    package = ".".join(["pausetimer", *path.relative_to(PACKAGE).parent.parts])
    found = forbidden_imports(path.read_text(), package, forbidden)
    return [f"{module_name(path)}:{where}" for where in found]


def check(paths: list[Path], forbidden: tuple[str, ...], allowed: dict[str, str]) -> list[str]:
    found = []
    for path in paths:
        broken = offences(path, forbidden)
        if module_name(path) in allowed:
            # An allow-listed module that keeps the rule now must leave the list.
            assert broken, f"{module_name(path)} keeps the rule now: remove it from the allow-list"
        else:
            found += broken
    return found


def test_core_imports_no_qt_scheduler_or_notifier() -> None:
    assert check(layer("core"), ("PySide6", "shiboken6", "apscheduler", "plyer"), {}) == []


def test_ui_imports_neither_store_nor_history() -> None:
    forbidden = ("pausetimer.store", "pausetimer.history", "sqlite3")
    assert check(layer("ui"), forbidden, UI_USES_STORE_FOR_NOW) == []


def test_ui_does_not_reach_the_store_through_the_service() -> None:
    def reaches(path: Path) -> list[str]:
        tree = ast.parse(path.read_text(), str(path))
        return [
            f"{module_name(path)}:{node.lineno}: .{node.attr}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and node.attr in {"store", "_store"}
        ]

    found = []
    for path in layer("ui"):
        if module_name(path) in UI_REACHES_THE_STORE_FOR_NOW:
            assert reaches(path), f"{module_name(path)} keeps the rule now: update the allow-list"
        else:
            found += reaches(path)
    assert found == []


def test_services_import_no_ui() -> None:
    assert check(layer("services"), ("pausetimer.ui",), SERVICES_USE_UI_FOR_NOW) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import PySide6.QtCore\n", "PySide6.QtCore"),
        ("def f():\n    from apscheduler.schedulers.qt import QtScheduler\n", "apscheduler"),
        ("from pausetimer import store\n", "pausetimer.store"),
        ("from ... import history\n", "pausetimer.history"),
        ("from . import model\n", "pausetimer.ui.history.model"),
        ("if TYPE_CHECKING:\n    from pausetimer.ui.tray import Tray\n", "pausetimer.ui"),
    ],
)
def test_the_rules_see_every_form_of_import(source: str, expected: str) -> None:
    # As if in ui/history/, two levels down in the package.
    assert forbidden_imports(source, "pausetimer.ui.history", (expected,)) != []
    assert forbidden_imports("import json\n", "pausetimer.ui.history", (expected,)) == []


def test_no_test_double_ships_in_the_package() -> None:
    doubles = [
        f"{module_name(path)}:{node.lineno}: {node.name}"
        for path in PACKAGE.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(), str(path)))
        if isinstance(node, ast.ClassDef) and node.name.startswith(("Fake", "Stub", "Mock"))
    ]
    assert doubles == []  # they belong in tests/helpers/
