"""``pausetimer status --follow`` and ``pausetimer show`` against a running app, over the real
local socket, with the command line as a real process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pausetimer.app import PausetimerApp
from pausetimer.context import AppContext
from pausetimer.core.pause import ReturnSpec
from pausetimer.gui import application
from pausetimer.shell import Shell
from tests.helpers.clock import FakeClock


class Tray(QObject):
    showWindowRequested = Signal()
    quitRequested = Signal()

    def available(self) -> bool:
        return True

    def show(self) -> None:
        pass


class Window(QObject):
    quitRequested = Signal()

    def present(self) -> None:
        opened.append("window")


opened: list[str] = []


@pytest.fixture
def app(qapp: QApplication, data_dir: Path, clock: FakeClock) -> Iterator[PausetimerApp]:
    opened.clear()

    def factory(ctx: AppContext) -> Shell:
        return Shell(tray=Tray(), window=Window(), open_window=opened.append)

    running = PausetimerApp(application([]), clock=clock, ui_factory=factory)
    assert running.start() is None
    yield running
    running.shutdown()


def command(*argv: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en"}
    return subprocess.Popen(
        [sys.executable, "-m", "pausetimer", *argv],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_follow_prints_a_line_now_and_one_per_change(qtbot: QtBot, app: PausetimerApp) -> None:
    assert app.ctx is not None
    follower = command("status", "--follow")
    lines: list[dict[str, object]] = []

    def read() -> None:
        assert follower.stdout is not None
        for line in follower.stdout:
            lines.append(json.loads(line))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        qtbot.waitUntil(lambda: len(lines) == 1, timeout=20000)
        assert lines[0]["state"] == "idle"
        app.ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
        qtbot.waitUntil(lambda: len(lines) == 2, timeout=5000)
        assert lines[1]["state"] == "running" and lines[1]["remaining_seconds"] == 1800
        app.handle_request({"cmd": "extend", "for_seconds": 600})
        qtbot.waitUntil(lambda: len(lines) == 3, timeout=5000)
        assert lines[2]["extensions"] == 1 and lines[2]["remaining_seconds"] == 2400
        app.ctx.service.end()
        qtbot.waitUntil(lambda: len(lines) == 4, timeout=5000)
        assert lines[3]["state"] == "idle"
        assert app.feed is not None and len(app.feed._sinks) == 1
    finally:
        follower.send_signal(signal.SIGINT)  # a status bar stopping its module
        qtbot.waitUntil(lambda: follower.poll() is not None, timeout=10000)
    _, err = follower.communicate()
    assert follower.returncode == 0 and "Traceback" not in err
    # The app notices the follower is gone and stops sending (and its minute timer with it).
    qtbot.waitUntil(lambda: app.feed is not None and len(app.feed._sinks) == 0, timeout=5000)


def test_show_history_opens_the_history_window_of_the_running_app(
    qtbot: QtBot, app: PausetimerApp
) -> None:
    for argv, expected in ((("show", "history"), ["history"]), (("show",), ["history", "window"])):
        shown = command(*argv)
        qtbot.waitUntil(lambda process=shown: process.poll() is not None, timeout=20000)
        _, err = shown.communicate()
        assert shown.returncode == 0, err
        assert opened == expected
