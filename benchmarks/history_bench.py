"""History at scale: open the window with 10,000 pauses (until the first paint) and export them.

Targets (issue 5): ``history_open_10k_s`` <= 0.15 s, ``export_10k_s`` <= 1 s. The data is seeded in
a temporary data folder, one pause a day for about 27 years. Run standalone:

    python benchmarks/history_bench.py
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

PAUSES = 10_000


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
            )
        )
    with store.transaction():
        store.connection.executemany(
            "INSERT INTO pauses (started_at, planned_return_at, return_at, ended_at, announced,"
            " note) VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
    store.close()


def run() -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from pausetimer import history
    from pausetimer.context import AppContext
    from pausetimer.core.clock import SystemClock
    from pausetimer.service import PauseService
    from pausetimer.settings import Settings
    from pausetimer.store import open_store
    from pausetimer.ui.history import HistoryWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    clock = SystemClock()
    with tempfile.TemporaryDirectory(prefix="pausetimer-bench-") as folder:
        database = Path(folder) / "pausetimer.db"
        seed(database, clock.now())
        store = open_store(database)
        try:
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
            open_s = (painted[0] if painted else time.perf_counter()) - started
            window.close()

            started = time.perf_counter()
            text = history.export_csv(store, None, None, False, clock)
            history.save_export(Path(folder) / "export.csv", text)
            export_s = time.perf_counter() - started
        finally:
            store.close()
    return {"history_open_10k_s": round(open_s, 4), "export_10k_s": round(export_s, 4)}


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(json.dumps(run(), indent=2))
