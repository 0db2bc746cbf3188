"""SIGTERM, SIGINT and SIGHUP reach the Qt loop at once and end the real app cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pausetimer.services.instance_client import send_request
from pausetimer.services.stop_signals import StopSignals


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_stop_signal_is_reported_on_the_qt_loop(qtbot: QtBot, number: signal.Signals) -> None:
    before = signal.getsignal(number)
    stops = StopSignals()
    try:
        with qtbot.waitSignal(stops.received, timeout=2000) as received:
            os.kill(os.getpid(), number)
        assert received.args == [number]
    finally:
        stops.close()
    assert signal.getsignal(number) == before  # pytest's own Ctrl+C handling is back


def _start_app(data_dir: Path) -> subprocess.Popen[str]:
    app = subprocess.Popen(
        [sys.executable, "-m", "pausetimer"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PAUSETIMER_DATA_DIR": str(data_dir)},
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        answer = send_request({"cmd": "status"}, timeout_ms=1000) if app.poll() is None else None
        if answer is not None and answer.get("exit_code") == 0:
            return app
        time.sleep(0.1)
    app.kill()
    raise AssertionError(f"the app did not answer: {app.communicate()[1]}")


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_the_real_app_shuts_down_cleanly_on_a_stop_signal(
    data_dir: Path, number: signal.Signals
) -> None:
    app = _start_app(data_dir)
    started = send_request({"cmd": "start", "for_seconds": 3600})
    assert started is not None and started["exit_code"] == 0
    app.send_signal(number)
    try:
        assert app.wait(10) == 0
    finally:
        app.kill()
        app.communicate()
    logs = data_dir / "logs"
    assert f"Pausetimer stopped (signal {number.name})" in (logs / "pausetimer.log").read_text()
    assert not (logs / "running").exists()
    # The database was closed: SQLite folds the write-ahead log back in and removes it.
    assert (data_dir / "pausetimer.db").exists()
    assert not (data_dir / "pausetimer.db-wal").exists()
