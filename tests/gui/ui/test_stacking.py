"""Windows opened while the always-on-top reminder shows must open in front of it, not behind it
with the keyboard focus; once the reminder is gone they are ordinary windows again."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import ReturnSpec
from pausetimer.ui.actions import PauseActions
from pausetimer.ui.extend_dialog import ExtendDialog
from pausetimer.ui.windows import Windows
from tests.helpers.clock import FakeClock

ON_TOP = Qt.WindowType.WindowStaysOnTopHint


def _on_top(window: QWidget) -> bool:
    return bool(window.windowFlags() & ON_TOP)


def _due_with_reminder(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> Windows:
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    clock.advance(timedelta(minutes=31))
    windows = Windows(ctx)
    windows.show_reminder(long_warning=False)
    reminder = windows.reminder()
    qtbot.addWidget(reminder)
    assert reminder.isVisible() and _on_top(reminder)
    return windows


def test_extend_opened_while_the_reminder_shows_opens_in_front(
    ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    windows = _due_with_reminder(ctx, clock, qtbot)
    actions = PauseActions(ctx)
    actions.show_messages = False
    actions.open_extend()
    dialog = actions.dialog
    assert isinstance(dialog, ExtendDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and _on_top(dialog)
    dialog.reject()
    # With the reminder gone, the next dialog is an ordinary window.
    windows.reminder().hide()
    actions.open_extend()
    later = actions.dialog
    assert isinstance(later, ExtendDialog)
    qtbot.addWidget(later)
    assert later.isVisible() and not _on_top(later)


def test_breathe_first_puts_the_guidance_in_front_already_breathing(
    ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    windows = _due_with_reminder(ctx, clock, qtbot)
    windows.reminder().breathe_button.click()
    guidance = windows.guidance()
    qtbot.addWidget(guidance)
    assert guidance.isVisible() and _on_top(guidance)
    assert guidance.current_section() == "breathe"
    assert guidance.breathing.pattern.key == "three_breaths"
    assert guidance.breathing.running
    # Opened again after the reminder closed: no longer above everything else.
    windows.reminder().hide()
    guidance.close()
    windows.guidance()
    assert guidance.isVisible() and not _on_top(guidance)
