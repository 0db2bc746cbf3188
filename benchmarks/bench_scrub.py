"""Deleting at scale while another program reads the database (issue 12).

After a delete, the deleted text is wiped from the database's ``-wal`` (a checkpoint that must wait
for every reader). That wait once froze the GUI for 4.7 s; now it happens in a worker thread.

- ``scrub_stall_10k_ms``: the longest stall of the Qt main thread from deleting one pause of
  10,000 until its text is wiped, while another process holds a read of the database for 1 s
  (target 100 ms).
- ``delete_all_stall_10k_ms``: the same for deleting all 10,000 (target 100 ms).
- ``scrub_done_10k_s``: from the delete of one pause until its text is wiped; about the reader's
  1 s plus the retry interval (no target, for reading).

The stall is measured by a 2 ms precise timer: the largest gap between two of its ticks. The
child runs on the benchmark's private desktop. Standalone: ``python benchmarks/bench_scrub.py``.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

if __name__ == "__main__":  # standalone: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Bench, Measurement

CHILD_FLAG = "--child"
CHILD_TIMEOUT_S = 180.0
READER_HOLDS_S = 1.0
_READER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN")
conn.execute("SELECT COUNT(*), SUM(LENGTH(note)) FROM pauses").fetchone()
print("reading", flush=True)
time.sleep(float(sys.argv[2]))
conn.rollback()
conn.close()
"""


def _reader(database: Path) -> subprocess.Popen[str]:
    """Another program reading the database for a while (a backup, a sync tool, a script)."""
    process = subprocess.Popen(
        [sys.executable, "-c", _READER, str(database), str(READER_HOLDS_S)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    process.stdout.readline()  # "reading": its snapshot holds the log from now on
    return process


def _child() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_history import seed
    from pausetimer import history, paths
    from pausetimer.core.clock import SystemClock
    from pausetimer.services.timers import set_precise
    from pausetimer.store import open_store

    app = QApplication(sys.argv[:1])
    database = paths.database_path()
    seed(database, SystemClock().now())
    store = open_store(database)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(2)
    set_precise(timer)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def longest_stall(action: object) -> tuple[float, float]:
        """Run ``action`` on the main thread during a read by another process; returns the
        longest gap between ticks until the text is wiped, and how long wiping took."""
        reader = _reader(database)
        ticks.clear()
        timer.start()
        deadline = time.perf_counter() + 0.1
        while time.perf_counter() < deadline:  # the timer is ticking steadily first
            app.processEvents()
        started = time.perf_counter()
        action()  # type: ignore[operator]
        while not store.wait_scrubbed(0) and time.perf_counter() - started < 30:
            app.processEvents()
        wiped = time.perf_counter() - started
        deadline = time.perf_counter() + 0.05
        while time.perf_counter() < deadline:
            app.processEvents()
        timer.stop()
        reader.wait(10)
        gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
        return max(gaps), wiped

    middle = store.connection.execute("SELECT id FROM pauses ORDER BY id LIMIT 1 OFFSET 5000")
    pause_id = int(middle.fetchone()[0])
    one_stall, wiped = longest_stall(lambda: history.delete_pause(store, pause_id))
    all_stall, _ = longest_stall(lambda: history.delete_all(store, datetime.now(UTC)))
    store.close()
    figures = {
        "scrub_stall_10k_ms": one_stall * 1000,
        "delete_all_stall_10k_ms": all_stall * 1000,
        "scrub_done_10k_s": wiped,
    }
    print(json.dumps(figures), flush=True)


def measure(bench: Bench) -> list[Measurement]:
    argv = (sys.executable, str(Path(__file__).resolve()), CHILD_FLAG)
    child = bench.process(argv, name="scrub").start()
    try:
        code = child.wait_exit(CHILD_TIMEOUT_S)
        lines = [line for line in child.log_text().splitlines() if line.startswith("{")]
        if code != 0 or not lines:
            raise RuntimeError(f"scrub child exited {code}: {child.log_text()[-300:]!r}")
        figures = {key: float(value) for key, value in json.loads(lines[-1]).items()}
    finally:
        child.stop()
    return [
        Measurement("scrub_stall_10k_ms", figures["scrub_stall_10k_ms"], "ms", target=100),
        Measurement(
            "delete_all_stall_10k_ms", figures["delete_all_stall_10k_ms"], "ms", target=100
        ),
        Measurement(
            "scrub_done_10k_s",
            figures["scrub_done_10k_s"],
            "s",
            note=f"another process reads for {READER_HOLDS_S:g} s",
        ),
    ]


if __name__ == "__main__":
    if sys.argv[1:] == [CHILD_FLAG]:
        _child()
    else:
        from benchmarks.run import main

        sys.exit(main(["--only", "scrub", *sys.argv[1:]]))
