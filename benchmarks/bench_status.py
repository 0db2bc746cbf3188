"""``pausetimer status`` while no app runs (issue 16): what a status bar pays at every refresh
when the tray app is not running, read from the database file by the command itself.

- ``status_no_app_s``: the console script ``pausetimer status`` with no app, a pause running
  (median; taken in turns with Python's floor so that both see the same load).
- ``status_no_app_ratio``: that against ``python -c "import json, sqlite3"`` (target 3).

The built-in ``status_s`` is the same command with the app running (it answers over its socket).
Standalone: ``python benchmarks/bench_status.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__":  # standalone: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Bench, Measurement
from benchmarks.run import status_seconds


def measure(bench: Bench) -> list[Measurement]:
    data_dir = bench.data_dir()
    # Started with --no-app: the pause is in the file, and no app answers the status.
    if bench.cli(data_dir, "start", "--for", "2h", "--no-app") != 0:
        bench.notes.append("bench_status: could not start a pause without the app")
        return []
    status_s, python_s = status_seconds(bench, data_dir)
    return [
        Measurement(
            "status_no_app_s",
            status_s,
            "s",
            note="`pausetimer status` with no app running, a pause in the file (median)",
        ),
        Measurement(
            "status_no_app_ratio",
            status_s / python_s,
            "x",
            target=3.0,
            note='against `python -c "import json, sqlite3"`',
        ),
    ]


if __name__ == "__main__":
    from benchmarks.run import main

    sys.exit(main(["--only", "status", *sys.argv[1:]]))
