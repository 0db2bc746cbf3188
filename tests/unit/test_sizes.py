"""Small and named: no module over 300 lines, no function over 60 (issue 17).

A long module or function hides what it does; splitting it into named parts says it. One that must
break the rule is listed below with its reason (and its commit says why); the lists stay short.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pausetimer

PACKAGE = Path(pausetimer.__file__).resolve().parent
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 60

# module (relative to the package) -> reason. Empty: every module keeps the rule.
LONG_MODULES: dict[str, str] = {}

# "module:qualified.name" -> reason. Empty: every function keeps the rule.
LONG_FUNCTIONS: dict[str, str] = {}


def modules() -> list[Path]:
    found = sorted(PACKAGE.rglob("*.py"))
    assert found, "no modules found: the rule would hold vacuously"
    return found


def name_of(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def functions(tree: ast.AST, prefix: str = "") -> list[tuple[str, int]]:
    """Every function and method with its length in lines (decorators not counted)."""
    found: list[tuple[str, int]] = []
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            name = f"{prefix}{node.name}"
            found.append((name, (node.end_lineno or node.lineno) - node.lineno + 1))
            found.extend(functions(node, f"{name}."))
        elif isinstance(node, ast.ClassDef):
            found.extend(functions(node, f"{prefix}{node.name}."))
        else:
            found.extend(functions(node, prefix))
    return found


def long_modules() -> dict[str, int]:
    lengths = {
        name_of(path): len(path.read_text(encoding="utf-8").splitlines()) for path in modules()
    }
    return {name: lines for name, lines in lengths.items() if lines > MAX_MODULE_LINES}


def long_functions() -> dict[str, int]:
    found: dict[str, int] = {}
    for path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name, lines in functions(tree):
            if lines > MAX_FUNCTION_LINES:
                found[f"{name_of(path)}:{name}"] = lines
    return found


def test_no_module_is_longer_than_the_limit() -> None:
    too_long = {name: lines for name, lines in long_modules().items() if name not in LONG_MODULES}
    assert not too_long, f"modules over {MAX_MODULE_LINES} lines: {too_long}"


def test_no_function_is_longer_than_the_limit() -> None:
    too_long = {key: lines for key, lines in long_functions().items() if key not in LONG_FUNCTIONS}
    assert not too_long, f"functions over {MAX_FUNCTION_LINES} lines: {too_long}"


def test_the_allowlists_only_name_what_still_breaks_the_rule() -> None:
    """An entry that no longer breaks the rule goes, so the lists only shrink."""
    assert set(LONG_MODULES) <= set(long_modules())
    assert set(LONG_FUNCTIONS) <= set(long_functions())
    for reason in [*LONG_MODULES.values(), *LONG_FUNCTIONS.values()]:
        assert reason.strip()


def test_the_measure_counts_a_long_function_and_a_method() -> None:
    source = "class A:\n    def m(self):\n" + "        x = 1\n" * 70 + "def f():\n    pass\n"
    lengths = dict(functions(ast.parse(source)))
    assert lengths == {"A.m": 71, "f": 2}
