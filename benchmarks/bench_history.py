"""History at scale (issue 5): open the window with 10,000 pauses, and export them to CSV.

- ``history_open_10k_s``: from creating the history window to its first paint (target 0.15 s).
  The modules it needs are imported before the clock starts, as on any but the very first
  opening; ``history_first_open_10k_s`` adds their import (no target, for reading).
- ``export_10k_s``: the CSV export of all 10,000 pauses written to a file (target 1 s).

The data is seeded in a temporary data folder: one pause a day for about 27 years. The window
opens in a child process on the benchmark's private desktop (real X server). Standalone:
``python benchmarks/bench_history.py`` (the same as ``run.py --only history``).
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

if __name__ == "__main__":  # standalone: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Bench, Measurement

PAUSES = 10_000
CHILD_FLAG = "--child"
CHILD_TIMEOUT_S = 120.0
KEYS = ("history_open_10k_s", "history_first_open_10k_s", "export_10k_s")


def seed(path: Path, now: datetime, count: int = PAUSES) -> None:
    """One pause a day backwards from ``now``: lengths and lateness vary, some run past a day."""
    from pausetimer.store import open_store

    store = open_store(path)
    rows = []
    for day in range(count):
        start = int((now - timedelta(days=count - day, hours=day % 7)).timestamp())
        agreed = 1200 + (day * 37 % 180) * 60
        back = agreed + (day * 13 % 50 - 10) * 60
        if day % 97 == 0:
            back = 26 * 3600
        rows.append(
            (
                start,
                start + agreed,
                start + agreed,
                start + max(back, 600),
                day % 3 != 0,
                f"pause {day}, with a note",
                # The calm check's columns filled as a user who rates most pauses would.
                (day * 7) % 11 if day % 5 else None,
                (day * 3) % 11 if day % 4 else None,
            )
        )
    with store.transaction():
        store.connection.executemany(
            "INSERT INTO pauses (started_at, planned_return_at, return_at, ended_at, announced,"
            " note, calm_start, calm_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        # Early signals on two pauses of three, two or three each (issue 15).
        keys = ("jaw", "chest", "silent", "pressure", "criticism")
        store.connection.executemany(
            "INSERT INTO pause_signals (pause_id, signal) VALUES (?, ?)",
            [
                (pause_id, keys[(pause_id + step) % len(keys)])
                for pause_id in range(1, count + 1)
                if pause_id % 3
                for step in range(2 + pause_id % 2)
            ],
        )
    store.close()


def _child() -> None:
    """Seed, open the window until its first paint, export; print the figures as JSON."""
    from pausetimer import paths
    from pausetimer.core.clock import SystemClock

    clock = SystemClock()
    database = paths.database_path()
    seed(database, clock.now())

    imports_started = time.perf_counter()
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from pausetimer import history_export
    from pausetimer.context import AppContext
    from pausetimer.service import PauseService
    from pausetimer.settings import Settings
    from pausetimer.store import open_store
    from pausetimer.ui.history import HistoryWindow

    app = QApplication(sys.argv[:1])
    imports_s = time.perf_counter() - imports_started
    store = open_store(database)
    ctx = AppContext.build(PauseService(store, clock), Settings(), None)
    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    spy = FirstPaint()
    started = time.perf_counter()
    window = HistoryWindow(ctx)
    window.installEventFilter(spy)
    window.present()
    while not painted and time.perf_counter() - started < 10:
        app.processEvents()
    open_s = (painted[0] if painted else float("nan")) - started
    window.close()

    started = time.perf_counter()
    text = history_export.export_csv(store, None, None, False, clock)
    history_export.save_export(database.parent / "export.csv", text)
    export_s = time.perf_counter() - started
    store.close()
    figures = dict(zip(KEYS, (open_s, imports_s + open_s, export_s), strict=True))
    print(json.dumps(figures), flush=True)


def measure(bench: Bench) -> list[Measurement]:
    argv = (sys.executable, str(Path(__file__).resolve()), CHILD_FLAG)
    child = bench.process(argv, name="history").start()
    try:
        code = child.wait_exit(CHILD_TIMEOUT_S)
        lines = [line for line in child.log_text().splitlines() if line.startswith("{")]
        if code != 0 or not lines:
            raise RuntimeError(f"history child exited {code}: {child.log_text()[-300:]!r}")
        figures = {key: float(value) for key, value in json.loads(lines[-1]).items()}
    finally:
        child.stop()
    return [
        Measurement("history_open_10k_s", figures["history_open_10k_s"], "s", target=0.15),
        Measurement(
            "history_first_open_10k_s",
            figures["history_first_open_10k_s"],
            "s",
            note="with importing Qt and the history window's modules",
        ),
        Measurement("export_10k_s", figures["export_10k_s"], "s", target=1.0),
    ]


if __name__ == "__main__":
    if sys.argv[1:] == [CHILD_FLAG]:
        _child()
    else:
        from benchmarks.run import main

        sys.exit(main(["--only", "history", *sys.argv[1:]]))
