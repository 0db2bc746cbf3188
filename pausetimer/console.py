"""The ``pausetimer`` command as installed (the console script, and ``python -m pausetimer``).

Exactly ``pausetimer status`` and ``pausetimer status --json`` go the quick way
(:mod:`pausetimer.cli_quick`), and no arguments at all starts the tray app directly, as
:func:`pausetimer.cli.main` would; everything else, ``status --help`` included, goes to
:func:`pausetimer.cli.main`.
"""

from __future__ import annotations

import sys

QUICK = (["status"], ["status", "--json"])


def main() -> int:
    argv = sys.argv[1:]
    if argv in QUICK:
        from pausetimer.cli_quick import quick_status

        return quick_status(json_output=len(argv) == 2)
    if not argv:  # the tray app: none of the command line's parsing and words (start-up time)
        return _tray_app()
    from pausetimer.cli import main as full

    return full(argv)


def _tray_app() -> int:
    """What :func:`pausetimer.cli.main` does without arguments, minus its catalogue of words:
    the app translates through Qt."""
    import signal

    if hasattr(signal, "SIGUSR1"):  # until the app has its own handler: see cli_quick.prepare
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    _qt_free_first()
    from pausetimer.gui import run_gui  # sets the private umask itself

    return run_gui([sys.argv[0]])


# The Qt-free modules the tray app's start needs, imported before PySide: its import hook reads
# the source of every module imported after it (for its ``__feature__`` switch), stdlib ones too,
# which costs some 25 ms and a megabyte at start-up for these (see benchmarks/README.md).
QT_FREE_FIRST = (
    "pausetimer.service",
    "pausetimer.settings",
    "pausetimer.store_open",
    "pausetimer.storage_texts",
    "pausetimer.diagnostics",
    "pausetimer.data_folder",
    "pausetimer.services.instance_client",
    "pausetimer.services.import_caches",
    "pausetimer.core.reminders",
    "pausetimer.core.presence",
    "pausetimer.ui.pause_view",
)


def _qt_free_first() -> None:
    import importlib

    for name in QT_FREE_FIRST:
        importlib.import_module(name)
