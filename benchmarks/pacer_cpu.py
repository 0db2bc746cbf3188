"""CPU used by the app process while the breathing pacer animates in a visible window.

``measure()`` returns ``{"pacer_cpu_percent": <percent of one core>}`` (target: at most 5).
It starts a child process that opens the guidance window and starts the pacer, on ``$DISPLAY`` or,
when there is none, on a private Xvfb; then reads the child's CPU time from /proc over ``seconds``.
Run standalone: ``python benchmarks/pacer_cpu.py [seconds]`` prints the result as JSON.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WARM_UP_SECONDS = 2.0
READY = "pacer-running"


def _child() -> None:
    from PySide6.QtWidgets import QApplication

    from pausetimer.context import AppContext
    from pausetimer.core.clock import SystemClock
    from pausetimer.service import PauseService
    from pausetimer.settings import Settings
    from pausetimer.store import open_store
    from pausetimer.ui.guidance import GuidanceWindow

    app = QApplication([])
    service = PauseService(
        open_store(Path(os.environ["PAUSETIMER_DATA_DIR"]) / "bench.db"), SystemClock()
    )
    window = GuidanceWindow(AppContext.build(service, Settings(), None))
    window.present("breathe")
    window.breathing.toggle()
    print(READY if window.breathing.animating else "pacer-idle", flush=True)
    app.exec()


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime + stime
    return ticks / os.sysconf("SC_CLK_TCK")


def _free_display() -> int:
    number = 90 + os.getpid() % 100
    while Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    return number


def measure(seconds: float = 20.0) -> dict[str, float]:
    env = dict(os.environ, NO_AT_BRIDGE="1")
    env.pop("QT_QPA_PLATFORM", None)
    xvfb: subprocess.Popen[bytes] | None = None
    if not env.get("DISPLAY"):
        if shutil.which("Xvfb") is None:
            raise RuntimeError("no DISPLAY and no Xvfb to start one")
        number = _free_display()
        xvfb = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        env["DISPLAY"] = f":{number}"
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 10
        while not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    with tempfile.TemporaryDirectory() as data:
        env["PAUSETIMER_DATA_DIR"] = data
        child = subprocess.Popen(
            [sys.executable, __file__, "--child"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            assert child.stdout is not None
            line = child.stdout.readline().strip()
            if line != READY:
                raise RuntimeError(f"the pacer did not start in the benchmark child ({line!r})")
            time.sleep(WARM_UP_SECONDS)
            before = _cpu_seconds(child.pid)
            started = time.monotonic()
            time.sleep(seconds)
            used = _cpu_seconds(child.pid) - before
            wall = time.monotonic() - started
        finally:
            child.kill()
            child.wait()
            if xvfb is not None:
                xvfb.terminate()
                xvfb.wait()
    return {"pacer_cpu_percent": round(100 * used / wall, 2)}


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        _child()
    else:
        print(json.dumps(measure(float(sys.argv[1]) if len(sys.argv) > 1 else 20.0)))
