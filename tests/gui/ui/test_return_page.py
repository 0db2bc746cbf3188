"""Coming back well: the return page, with the words for the return and the one-line "how did it
go", on both paths: "I'm going now" in the reminder, and "I'm back" from the tray or the main
window."""

from __future__ import annotations

from datetime import timedelta

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.changes import Source
from pausetimer.core.pause import Pause, ReturnSpec
from pausetimer.ui.main_window import MainWindow
from pausetimer.ui.reminder_window import ReminderWindow
from pausetimer.ui.tray import Tray
from pausetimer.ui.windows import Windows
from tests.helpers.clock import FakeClock

WORDS = ("Thank them for waiting", "it wasn't their fault", "Listen first")


def _answer(window: ReminderWindow, qtbot: QtBot, text: str) -> None:
    assert window.isVisible() and window.pages.currentWidget() is window.note_page
    assert window.windowTitle() == "Welcome back"
    shown = window.return_words.text()
    assert all(words in shown for words in WORDS), shown
    qtbot.keyClicks(window.note_edit, text)
    window.save_note_button.click()
    assert not window.isVisible()


def _last(ctx: AppContext) -> Pause:
    pause = ctx.service.latest_pause()
    assert pause is not None and pause.ended_at is not None
    return pause


def test_the_reminder_path(
    windows: Windows, ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    clock.advance(timedelta(minutes=30))
    windows.show_reminder(False)
    windows.reminder().going_button.click()
    _answer(windows.reminder(), qtbot, "We talked, I listened first")
    assert _last(ctx).return_note == "We talked, I listened first"


def test_im_back_from_the_tray(windows: Windows, ctx: AppContext, qtbot: QtBot) -> None:
    tray = Tray(ctx)
    try:
        ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
        tray.back_action.trigger()  # used to end silently
        assert ctx.service.current() is None
        _answer(windows.reminder(), qtbot, "A hug, then tea")
        assert _last(ctx).return_note == "A hug, then tea"
    finally:
        shiboken6.delete(tray)


def test_im_back_from_the_main_window(windows: Windows, ctx: AppContext, qtbot: QtBot) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    window.back_button.click()
    reminder = windows.reminder()
    assert reminder.isVisible() and reminder.pages.currentWidget() is reminder.note_page
    qtbot.keyClick(reminder.note_edit, Qt.Key.Key_Return)  # nothing typed: nothing stored
    assert not reminder.isVisible() and _last(ctx).return_note == ""


def test_end_from_the_command_line_stays_silent(windows: Windows, ctx: AppContext) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    ctx.service.end(source=Source.COMMAND_LINE)
    assert not windows.reminder().isVisible()
