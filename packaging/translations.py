"""The Qt Linguist pipeline: extract strings from the code into .ts files, compile .ts to .qm.

    python packaging/translations.py update    # after changing user-visible strings
    python packaging/translations.py compile   # at build time (make run/test/dist do it)

English is the source language; its .ts holds only plural forms ("%n minute(s)" -> "1 minute",
"5 minutes"). Dutch holds every string. Line numbers are left out of the .ts files so that editing
code does not make them churn.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
# The app's own list (a plain module: this script also runs in an environment without the app).
sys.path.insert(0, str(ROOT))
from pausetimer.core.languages import LANGUAGES as _APP_LANGUAGES  # noqa: E402
from pausetimer.core.languages import SOURCE_LANGUAGE  # noqa: E402

# lupdate options per language: the source language's file holds only the plural forms.
LANGUAGES = {code: ["-pluralonly"] if code == SOURCE_LANGUAGE else [] for code in _APP_LANGUAGES}


def _tool(name: str) -> str:
    """The PySide6 tool next to this interpreter (the project's virtual environment)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pausetimer").rglob("*.py"))


def ts_path(language: str, directory: Path = TS_DIR) -> Path:
    return directory / f"pausetimer_{language}.ts"


def knows_python_plurals() -> bool:
    """Whether this lupdate marks ``translate(..., n)`` in Python as a plural (PySide6 6.12 on).

    Older ones write every such string as a plain one, which would throw away the Dutch plural
    forms, so :func:`update` refuses them; the freshness test then compares the strings only.
    """
    from PySide6 import __version_info__

    return tuple(__version_info__[:2]) >= (6, 12)


def update(directory: Path = TS_DIR, *, force: bool = False) -> None:
    if not force and not knows_python_plurals():
        raise SystemExit(
            "This PySide6 lupdate drops plural forms from Python sources; update the translations"
            " with PySide6 6.12 or newer (e.g. a virtual environment on Python 3.12)."
        )
    directory.mkdir(parents=True, exist_ok=True)
    for language, extra in LANGUAGES.items():
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                *extra,
                "-ts",
                str(ts_path(language, directory)),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def compile_all(directory: Path = TS_DIR) -> None:
    for language in LANGUAGES:
        source = ts_path(language, directory)
        if source.exists():
            subprocess.run(
                [
                    _tool("pyside6-lrelease"),
                    "-silent",
                    str(source),
                    "-qm",
                    str(source.with_suffix(".qm")),
                ],
                check=True,
            )


if __name__ == "__main__":
    actions = {"update": update, "compile": compile_all}
    if len(sys.argv) != 2 or sys.argv[1] not in actions:
        raise SystemExit(f"usage: {sys.argv[0]} update|compile")
    actions[sys.argv[1]]()
