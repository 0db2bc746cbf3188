"""The composition root, with stand-ins for the tray and main window (built in pausetimer.ui)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pausetimer import gui as gui_module
from pausetimer.app import PausetimerApp
from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind
from pausetimer.core.pause import Pause
from pausetimer.gui import application, run_gui
from pausetimer.shell import Shell
from tests.helpers.clock import FakeClock


class FakeTray(QObject):
    showWindowRequested = Signal()
    quitRequested = Signal()

    def __init__(self, ctx: AppContext, has_tray: bool) -> None:
        super().__init__()
        self.has_tray = has_tray
        self.shown = False
        # What the real tray does: follow the pause as it changes.
        self.seen: list[Pause | None] = [ctx.service.current()]
        ctx.events.changed.connect(self._changed)

    def _changed(self, change: Change) -> None:
        if ChangeKind.ACTIVE_PAUSE in change:
            self.seen.append(change.active)

    def available(self) -> bool:
        return self.has_tray

    def show(self) -> None:
        self.shown = True


class FakeWindow(QObject):
    quitRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.presented = 0

    def present(self) -> None:
        self.presented += 1


class Built:
    tray: FakeTray
    window: FakeWindow


Running = tuple[PausetimerApp, Built]


def make_app(
    qapp: QApplication, clock: FakeClock, built: Built, *, has_tray: bool = True
) -> PausetimerApp:
    def factory(ctx: AppContext) -> Shell:
        built.tray, built.window = FakeTray(ctx, has_tray), FakeWindow()
        return Shell(tray=built.tray, window=built.window)

    return PausetimerApp(application([]), clock=clock, ui_factory=factory)


@pytest.fixture
def running(qapp: QApplication, data_dir: Path, clock: FakeClock) -> Iterator[Running]:
    built = Built()
    app = make_app(qapp, clock, built)
    assert app.start() is None
    yield app, built
    app.shutdown()


def test_application_is_a_tray_app(qapp: QApplication) -> None:
    configured = application([])
    assert configured is qapp
    assert not configured.quitOnLastWindowClosed()
    assert configured.applicationName() == "pausetimer"
    assert configured.applicationDisplayName() == "Pausetimer"


def test_windows_get_the_app_icon_once_one_has_focus(qapp: QApplication, qtbot: QtBot) -> None:
    qapp.setWindowIcon(QIcon())
    configured = application([])
    assert configured.windowIcon().isNull()  # not yet: see _app_icon_with_the_first_window
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: not configured.windowIcon().isNull())
    assert window.windowIcon().availableSizes()  # windows without their own icon show it


def test_start_shows_the_tray_and_wires_its_requests(running: Running) -> None:
    _, built = running
    assert built.tray.shown and built.window.presented == 0
    built.tray.showWindowRequested.emit()
    assert built.window.presented == 1


def test_without_a_tray_the_window_is_presented(
    qapp: QApplication, data_dir: Path, clock: FakeClock
) -> None:
    built = Built()
    app = make_app(qapp, clock, built, has_tray=False)
    try:
        assert app.start() is None
        assert not built.tray.shown and built.window.presented == 1
    finally:
        app.shutdown()


def test_requests_change_state_and_the_tray_follows_at_once(
    running: Running,
) -> None:
    app, built = running
    response = app.handle_request({"cmd": "start", "for_seconds": 3600})
    assert response["exit_code"] == 0
    assert built.tray.seen[-1] is not None and built.tray.seen[-1].is_active
    assert app.handle_request({"cmd": "show"})["exit_code"] == 0
    assert built.window.presented == 1
    assert app.handle_request({"cmd": "end"})["exit_code"] == 0
    assert built.tray.seen[-1] is None


def test_a_pause_started_while_the_app_was_not_running_is_picked_up(
    qapp: QApplication, data_dir: Path, clock: FakeClock
) -> None:
    from pausetimer.cli import main

    assert main(["start", "--for", "1h"], clock=clock) == 0
    built = Built()
    app = make_app(qapp, clock, built)
    try:
        assert app.start() is None
        assert built.tray.seen[0] is not None and built.tray.seen[0].is_active
    finally:
        app.shutdown()


def test_a_second_start_tells_the_first_to_show_itself(
    qtbot: QtBot, running: Running, data_dir: Path
) -> None:
    _, built = running
    second = subprocess.Popen(
        [sys.executable, "-m", "pausetimer"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
    _, err = second.communicate()
    assert second.returncode == 0, err
    assert built.window.presented == 1


def test_damaged_database_is_reported_without_blocking(
    qapp: QApplication, data_dir: Path, clock: FakeClock
) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "pausetimer.db").write_bytes(b"garbage" * 500)
    (data_dir / "settings.json").write_text("{not json")
    built = Built()
    app = make_app(qapp, clock, built)
    try:
        assert app.start() is None
        moved = sorted(p.name for p in data_dir.iterdir() if "damaged" in p.name)
        assert len(moved) == 2 and len(app.notices) == 2
        assert all(box.isVisible() and not box.isModal() for box in app.notices)
        texts = " ".join(box.text() for box in app.notices)
        assert all(name in texts for name in moved)
    finally:
        for box in app.notices:
            box.close()
        app.shutdown()


def test_newer_schema_stops_the_app_and_leaves_the_file(
    qapp: QApplication, data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "pausetimer.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = path.read_bytes()
    told: list[str] = []
    monkeypatch.setattr(PausetimerApp, "show_fatal", lambda self, title, text: told.append(text))
    app = make_app(qapp, clock, Built())
    try:
        assert app.start() == 1
    finally:
        app.shutdown()
    assert len(told) == 1 and "newer version" in told[0]
    assert path.read_bytes() == before


def test_an_unexpected_start_up_error_is_told_plainly(
    qapp: QApplication,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def explode(self: PausetimerApp) -> int | None:
        raise RuntimeError("wiring broke")

    monkeypatch.setattr(gui_module.PausetimerApp, "start", explode)
    monkeypatch.setattr(gui_module.signal, "signal", lambda *args: None)  # keep pytest's Ctrl+C
    assert run_gui(["pausetimer"]) == 1
    err = capsys.readouterr().err
    assert "could not start" in err and "wiring broke" in err
