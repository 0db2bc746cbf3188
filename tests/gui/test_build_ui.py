"""The real wiring: ``PausetimerApp`` with the real ``build_ui`` (tray, main window holder, the
secondary windows and the reminders), offscreen. Offscreen there is no tray, so the app shows its
main window, as on a desktop without one; on this first run the welcome comes too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pausetimer.app import PausetimerApp
from pausetimer.gui import application
from pausetimer.shell import Shell
from pausetimer.ui.guidance import GuidanceWindow
from pausetimer.ui.history import HistoryWindow
from pausetimer.ui.main_window import MainWindow
from pausetimer.ui.settings_dialog import SettingsDialog
from pausetimer.ui.tray import Tray
from pausetimer.ui.welcome_dialog import WelcomeDialog
from pausetimer.ui.window_holder import MainWindowHolder
from tests.helpers.clock import FakeClock

W = TypeVar("W", bound=QWidget)


@pytest.fixture
def app(qapp: QApplication, data_dir: Path, clock: FakeClock) -> Iterator[PausetimerApp]:
    running = PausetimerApp(application([]), clock=clock)  # the default factory: build_ui
    assert running.start() is None and running.ctx is not None
    running.ctx.settings.update(language="en")  # whatever the machine's language is
    yield running
    # While the data is still open: closing the welcome saves a setting, and the tray follows.
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    shell = _shell(running)
    running.shutdown()
    # The tray (with its minute timer, the windows and the reminders) must not outlive the test.
    for part in (shell.tray, shell.window):
        assert isinstance(part, QObject)
        part.deleteLater()
    _delete_dropped_windows()
    assert not shiboken6.isValid(shell.tray)
    # The next tests expect the untranslated source texts.
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)


def _shell(app: PausetimerApp) -> Shell:
    assert app.shell is not None
    return app.shell


def _tray(app: PausetimerApp) -> Tray:
    tray = _shell(app).tray
    assert isinstance(tray, Tray)
    return tray


def _visible(kind: type[W]) -> list[W]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _only(kind: type[W]) -> W:
    [widget] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)]
    return widget


def _delete_dropped_windows() -> None:
    """Run the deletions ``deleteLater`` asked for (the event loop would, between events)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _switch_language(app: PausetimerApp, qtbot: QtBot, language: str) -> None:
    assert app.ctx is not None
    app.ctx.settings.update(language=language)
    qtbot.wait(10)  # the LanguageChange events are posted
    _delete_dropped_windows()


def test_the_real_ui_starts_and_opens_its_windows(app: PausetimerApp, qtbot: QtBot) -> None:
    shell = _shell(app)
    assert isinstance(shell.window, MainWindowHolder) and not _tray(app).available()
    assert _visible(MainWindow)
    assert _visible(WelcomeDialog)

    _tray(app).historyRequested.emit()
    _tray(app).guidanceRequested.emit()
    _tray(app).settingsRequested.emit()
    for kind in (HistoryWindow, GuidanceWindow, SettingsDialog):
        assert _visible(kind), kind.__name__

    window = shell.window.window
    assert window is not None
    assert app.handle_request({"cmd": "start", "for_seconds": 3600})["exit_code"] == 0
    assert window.back_button.isVisible()  # the main window follows the pause at once
    assert app.handle_request({"cmd": "end"})["exit_code"] == 0
    assert not window.back_button.isVisible()


def test_without_a_tray_the_welcome_comes_after_the_main_window(
    qapp: QApplication, data_dir: Path, clock: FakeClock
) -> None:
    """Shown later, the welcome is stacked above the main window instead of under it."""
    shown: list[str] = []

    class ShowOrder(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Show and isinstance(
                watched, (MainWindow, WelcomeDialog)
            ):
                shown.append(type(watched).__name__)
            return False

    recorder = ShowOrder()
    qapp.installEventFilter(recorder)
    running = PausetimerApp(application([]), clock=clock)
    try:
        assert running.start() is None
    finally:
        qapp.removeEventFilter(recorder)
    assert shown == ["MainWindow", "WelcomeDialog"]
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    shell = _shell(running)
    running.shutdown()
    for part in (shell.tray, shell.window):
        assert isinstance(part, QObject)
        part.deleteLater()
    _delete_dropped_windows()


def test_a_language_switch_reaches_open_windows_and_rebuilds_closed_ones(
    app: PausetimerApp, qtbot: QtBot
) -> None:
    tray = _tray(app)
    tray.historyRequested.emit()  # stays open
    english_title = _only(HistoryWindow).windowTitle()
    tray.guidanceRequested.emit()
    closed = _only(GuidanceWindow)
    closed.close()

    _switch_language(app, qtbot, "nl")

    main = _shell(app).window
    assert isinstance(main, MainWindowHolder) and main.window is not None
    assert main.window.start_box.title() == "Pauze nemen"
    assert tray.start_menu.title().replace("&", "") == "Pauze nemen"
    assert not shiboken6.isValid(closed)  # dropped, to be rebuilt in Dutch
    open_history = _only(HistoryWindow)
    assert open_history.isVisible()  # an open window is rebuilt in place, in Dutch
    assert open_history.windowTitle() != english_title

    tray.guidanceRequested.emit()
    rebuilt = _only(GuidanceWindow)
    assert rebuilt is not closed and rebuilt.isVisible()
    assert rebuilt.tabs.tabText(rebuilt.tabs.count() - 1) == "Veiligheid"

    _switch_language(app, qtbot, "en")
    assert main.window.start_box.title() == "Take a pause"


def test_windows_dropped_by_a_language_switch_hear_no_more_pause_events(
    app: PausetimerApp, qtbot: QtBot
) -> None:
    tray = _tray(app)
    tray.historyRequested.emit()
    tray.guidanceRequested.emit()
    for window in (_only(HistoryWindow), _only(GuidanceWindow)):
        window.close()
    _switch_language(app, qtbot, "nl")
    assert not _visible(HistoryWindow) and not _visible(GuidanceWindow)

    # Every pause event reached the dropped windows, whose C++ side is gone.
    assert app.handle_request({"cmd": "start", "for_seconds": 3600})["exit_code"] == 0
    assert app.handle_request({"cmd": "end"})["exit_code"] == 0
