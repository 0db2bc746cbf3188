"""The app's quit path (tray Quit, the tray-less window's close) and the notice after a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pausetimer.app import PausetimerApp
from pausetimer.context import AppContext
from pausetimer.diagnostics import RunRecord
from pausetimer.shell import Shell
from tests.gui.test_app import Built, FakeTray, FakeWindow, make_app
from tests.helpers.clock import FakeClock

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def quits(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Quit requests that got through (the real quit would end pytest-qt's event loops)."""
    seen: list[str] = []
    monkeypatch.setattr(PausetimerApp, "quit", lambda self, reason: seen.append(reason))
    return seen


@pytest.fixture
def running(
    qapp: QApplication, data_dir: Path, clock: FakeClock
) -> Iterator[tuple[PausetimerApp, Built]]:
    built = Built()
    app = make_app(qapp, clock, built)
    assert app.start() is None
    yield app, built
    if app._quit_question is not None and app._quit_question.box is not None:
        app._quit_question.box.close()
    app.shutdown()


@pytest.mark.parametrize("source", ["tray", "window"])
def test_without_a_pause_quit_is_immediate(
    running: tuple[PausetimerApp, Built], quits: list[str], source: str
) -> None:
    _, built = running
    getattr(built, source).quitRequested.emit()
    assert quits == ["quit"]


@pytest.mark.parametrize("source", ["tray", "window"])
def test_during_a_pause_quit_asks_and_the_answer_decides(
    running: tuple[PausetimerApp, Built], quits: list[str], source: str, qtbot: QtBot
) -> None:
    app, built = running
    assert app.handle_request({"cmd": "start", "for_seconds": 3600})["exit_code"] == 0
    getattr(built, source).quitRequested.emit()
    question = app._quit_question
    assert question is not None and question.box is not None and question.box.isVisible()
    assert "The reminder at 15:00 will not come" in question.box.text()
    assert quits == []
    assert question.keep_button is not None and question.quit_button is not None
    question.keep_button.click()
    assert quits == []
    getattr(built, source).quitRequested.emit()
    question.quit_button.click()
    assert quits == ["quit"]


# In a child process: an event loop run and ended inside pytest would leave this process's Qt
# in its quitting state, and later tests could no longer activate their windows.
_QUIT_WITH_A_STUBBORN_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from pausetimer.gui import application
from pausetimer.core.clock import SystemClock
from tests.gui.test_app import Built, make_app

class Stubborn(QWidget):
    def closeEvent(self, event):  # like any window that only hides (the reminder window)
        event.ignore()

qapp = application([])
window = Stubborn()
window.show()
built = Built()
app = make_app(qapp, SystemClock(), built)
assert app.start() is None
QTimer.singleShot(0, built.tray.quitRequested.emit)
QTimer.singleShot(5000, lambda: qapp.exit(7))  # only if quitting failed
code = app.run()
app.shutdown()
sys.exit(code)
"""


def test_quit_ends_the_event_loop_even_while_a_window_refuses_to_close(data_dir: Path) -> None:
    finished = subprocess.run(
        [sys.executable, "-c", _QUIT_WITH_A_STUBBORN_WINDOW],
        cwd=REPO_ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr


def test_without_a_tray_keep_running_brings_the_closed_window_back(
    qapp: QApplication, data_dir: Path, clock: FakeClock, quits: list[str]
) -> None:
    built = Built()
    app = make_app(qapp, clock, built, has_tray=False)
    try:
        assert app.start() is None
        assert built.window.presented == 1
        assert app.handle_request({"cmd": "start", "for_seconds": 3600})["exit_code"] == 0
        built.window.quitRequested.emit()  # what closing the tray-less window does
        question = app._quit_question
        assert question is not None and question.keep_button is not None
        question.keep_button.click()
        assert built.window.presented == 2 and quits == []
    finally:
        app.shutdown()


def test_after_a_crash_the_start_tells_calmly_where_the_log_is(
    qapp: QApplication, data_dir: Path, clock: FakeClock, tmp_path: Path
) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / "running").write_text("pid 1 since 2026-11-21T12:00:00+00:00\n")
    app = PausetimerApp(
        qapp,
        clock=clock,
        ui_factory=make_shell,
        run_record=RunRecord(folder, catch_fatal=False),
    )
    try:
        assert app.start() is None
        [notice] = app.notices
        assert notice.objectName() == "crashNotice" and notice.isVisible()
        assert notice.text() == "Pausetimer closed unexpectedly last time."
        assert str(folder) in notice.informativeText()
    finally:
        for box in app.notices:
            box.close()
        app.shutdown()
    assert not (folder / "running").exists()
    again = PausetimerApp(
        qapp,
        clock=clock,
        ui_factory=make_shell,
        run_record=RunRecord(folder, catch_fatal=False),
    )
    try:
        assert again.start() is None
        assert again.notices == []
    finally:
        again.shutdown()


def make_shell(ctx: AppContext) -> Shell:
    return Shell(tray=FakeTray(ctx, True), window=FakeWindow())
