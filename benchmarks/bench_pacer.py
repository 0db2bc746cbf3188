"""CPU used while the breathing pacer animates in a visible guidance window (issue 4).

``pacer_cpu_percent``: CPU time of the process over ``--window`` seconds as a percent of one core;
target at most 5. The process is the app's own guidance window (``GuidanceWindow``) with the pacer
started, in a child process on the benchmark's private desktop (real X server, tray host, D-Bus).

Standalone: ``python benchmarks/bench_pacer.py`` (the same as ``run.py --only pacer``).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

if __name__ == "__main__":  # standalone: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Bench, Measurement, cpu_seconds
from tests.desktop.harness import wait_until

WARM_UP_S = 2.0  # first frames load fonts and build caches: not the steady state
READY = "pacer-running"
IDLE = "pacer-idle"
CHILD_FLAG = "--child"


def _child() -> None:
    """Open the guidance window on the breathing section and start the pacer, then run."""
    from PySide6.QtWidgets import QApplication

    from pausetimer.context import AppContext
    from pausetimer.core.clock import SystemClock
    from pausetimer.service import PauseService
    from pausetimer.settings import Settings
    from pausetimer.store import open_store
    from pausetimer.ui.guidance import GuidanceWindow

    app = QApplication([])
    store = open_store(Path(os.environ["PAUSETIMER_DATA_DIR"]) / "bench.db")
    window = GuidanceWindow(AppContext.build(PauseService(store, SystemClock()), Settings(), None))
    window.present("breathe")
    window.breathing.toggle()
    print(READY if window.breathing.animating else IDLE, flush=True)
    app.exec()


def measure(bench: Bench) -> list[Measurement]:
    child = bench.process((sys.executable, str(Path(__file__).resolve()), CHILD_FLAG), name="pacer")
    child.start()
    try:
        wait_until(
            lambda: READY in child.log_text() or IDLE in child.log_text() or not child.alive(),
            30,
            "the pacer child to start",
        )
        if READY not in child.log_text():
            bench.notes.append(f"the pacer did not start: {child.log_text()[-300:]!r}")
            return [Measurement("pacer_cpu_percent", None, "%", target=5.0)]
        time.sleep(WARM_UP_S)
        before, started = cpu_seconds(child.pid), time.monotonic()
        time.sleep(bench.window_s)
        used, wall = cpu_seconds(child.pid) - before, time.monotonic() - started
    finally:
        child.stop()
    return [
        Measurement(
            "pacer_cpu_percent",
            100 * used / wall,
            "%",
            target=5.0,
            note="guidance window visible, pacer animating, percent of one core",
        )
    ]


if __name__ == "__main__":
    if sys.argv[1:] == [CHILD_FLAG]:
        _child()
    else:
        from benchmarks.run import main

        sys.exit(main(["--only", "pacer", *sys.argv[1:]]))
