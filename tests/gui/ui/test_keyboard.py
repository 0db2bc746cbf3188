"""Keyboard use of the custom start dialog and the reminder window: tab order, mnemonics, Enter
confirms, Escape closes. (The reminder's plain Escape/Enter on its first page is covered in
test_reminder_window.py.)"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import ReturnSpec
from pausetimer.ui.actions import EXTENSION_MINUTES
from pausetimer.ui.custom_dialog import CustomPauseDialog
from pausetimer.ui.reminder_window import ReminderWindow
from tests.helpers.clock import FakeClock


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab_cycle(qtbot: QtBot, window: QWidget, steps: int) -> list[QWidget | None]:
    """The widgets that get the focus on each of ``steps`` presses of Tab."""
    seen = []
    for _ in range(steps):
        qtbot.keyClick(focused() or window, Qt.Key.Key_Tab)
        seen.append(focused())
    return seen


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


# --- the custom start dialog -------------------------------------------------------------------


@pytest.fixture
def dialog(ctx: AppContext, qtbot: QtBot) -> CustomPauseDialog:
    made = CustomPauseDialog(ctx)
    qtbot.addWidget(made)
    activate(qtbot, made)
    return made


def test_custom_dialog_starts_in_the_hours_and_tabs_through_every_control_in_order(
    dialog: CustomPauseDialog, qtbot: QtBot
) -> None:
    assert focused() is dialog.hours_spin
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    # Row by row as on screen; Tab first walks the time's hour and minute parts (Qt's time edit).
    expected = [
        dialog.minutes_spin,
        dialog.until_radio,
        dialog.time_edit,
        dialog.time_edit,
        dialog.note_edit,
        dialog.start_button,
        cancel,
        dialog.hours_spin,
    ]
    assert tab_cycle(qtbot, dialog, len(expected)) == expected
    # The two radios are one exclusive group, which Qt makes a single tab stop; "For" is one
    # Alt+F away (test_custom_dialog_mnemonics_move_the_focus), and typing in the hours picks it.


def test_custom_dialog_tab_reaches_the_long_pause_confirmation_when_shown(
    dialog: CustomPauseDialog, qtbot: QtBot
) -> None:
    dialog.hours_spin.setValue(30)
    assert dialog.confirm_long_box.isVisible()
    dialog.note_edit.setFocus()
    assert tab_cycle(qtbot, dialog, 1) == [dialog.confirm_long_box]
    qtbot.keyClick(dialog.confirm_long_box, Qt.Key.Key_Space)
    assert dialog.confirm_long_box.isChecked()
    assert dialog.start_button.isEnabled()


def test_custom_dialog_mnemonics_move_the_focus(dialog: CustomPauseDialog, qtbot: QtBot) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &Note:
    assert focused() is dialog.note_edit
    # A button's mnemonic clicks it (animated, so the click lands a moment later).
    qtbot.keyClick(dialog, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # &Until
    qtbot.waitUntil(dialog.until_radio.isChecked)
    assert "tomorrow" in dialog.return_label.text() or "19:00" in dialog.return_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # &For
    qtbot.waitUntil(dialog.duration_radio.isChecked)


def test_custom_dialog_enter_in_the_note_starts_the_pause(
    dialog: CustomPauseDialog, ctx: AppContext, qtbot: QtBot
) -> None:
    dialog.hours_spin.setValue(1)
    dialog.minutes_spin.setValue(0)
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(focused() or dialog, "walk around the block")
    qtbot.keyClick(focused() or dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    pause = ctx.service.current()
    assert pause is not None
    assert pause.note == "walk around the block"
    assert pause.return_at - pause.started_at == timedelta(hours=1)


def test_custom_dialog_alt_s_starts_the_pause(
    dialog: CustomPauseDialog, ctx: AppContext, qtbot: QtBot
) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Start pause
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert ctx.service.current() is not None


def test_custom_dialog_escape_cancels_without_a_pause(
    dialog: CustomPauseDialog, ctx: AppContext, qtbot: QtBot
) -> None:
    qtbot.keyClick(focused() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert ctx.service.current() is None


# --- the reminder window -----------------------------------------------------------------------


@pytest.fixture
def reminder(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> ReminderWindow:
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    clock.advance(timedelta(minutes=31))
    made = ReminderWindow(ctx)
    qtbot.addWidget(made)
    made.present()
    qtbot.waitUntil(made.isActiveWindow)
    made.going_button.setFocus()
    return made


def test_reminder_tabs_through_its_three_choices_and_the_calm_check(
    reminder: ReminderWindow, qtbot: QtBot
) -> None:
    scale = reminder.calm_check.scale
    expected = [reminder.more_button, reminder.breathe_button, scale, reminder.going_button]
    assert tab_cycle(qtbot, reminder, len(expected)) == expected


def test_reminder_more_time_page_by_keyboard_only(
    reminder: ReminderWindow, ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    qtbot.keyClick(reminder, Qt.Key.Key_Tab)
    assert focused() is reminder.more_button
    qtbot.keyClick(reminder.more_button, Qt.Key.Key_Space)
    assert reminder.pages.currentWidget() is reminder.more_page
    first = reminder.extension_buttons[EXTENSION_MINUTES[0]]
    assert focused() is first
    buttons = [reminder.extension_buttons[m] for m in EXTENSION_MINUTES]
    visited = tab_cycle(qtbot, reminder, len(buttons) + 1)
    assert visited[: len(buttons) - 1] == buttons[1:]
    assert visited[len(buttons) - 1 :] == [reminder.custom_minutes, reminder.custom_button]

    # Typing a number in the spin box and pressing Enter adds those minutes.
    reminder.custom_minutes.setFocus()
    reminder.custom_minutes.selectAll()
    qtbot.keyClicks(reminder.custom_minutes, "25")
    with qtbot.waitSignal(reminder.extended) as blocker:
        qtbot.keyClick(reminder.custom_minutes, Qt.Key.Key_Return)
    assert blocker.args is not None
    assert blocker.args[0].return_at == clock.now() + timedelta(minutes=25)


def test_reminder_enter_on_a_focused_choice_presses_it(
    reminder: ReminderWindow, qtbot: QtBot
) -> None:
    reminder.breathe_button.setFocus()
    qtbot.keyClick(reminder.breathe_button, Qt.Key.Key_Return)
    assert reminder.pages.currentWidget() is reminder.calm_page


def test_reminder_note_page_enter_saves_and_escape_closes(
    reminder: ReminderWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    qtbot.keyClick(reminder.going_button, Qt.Key.Key_Return)
    assert reminder.pages.currentWidget() is reminder.note_page
    assert focused() is reminder.note_edit
    save = reminder.save_note_button
    together = reminder.together_button
    [skip] = [b for b in reminder.note_page.findChildren(QPushButton) if b not in (save, together)]
    # In the order they stand on screen: Plan a moment together, Skip, then Save.
    assert tab_cycle(qtbot, reminder, 4) == [together, skip, save, reminder.note_edit]
    qtbot.keyClick(focused() or reminder, Qt.Key.Key_Escape)
    assert not reminder.isVisible()
    assert ctx.service.current() is None  # Escape after returning only closes the window


def test_reminder_choices_have_mnemonics(reminder: ReminderWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(reminder, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # I need &more time
    qtbot.waitUntil(lambda: reminder.pages.currentWidget() is reminder.more_page)
    qtbot.keyClick(reminder, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # &Back
    qtbot.waitUntil(lambda: reminder.pages.currentWidget() is not reminder.more_page)
    qtbot.keyClick(reminder, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # &Breathe first
    qtbot.waitUntil(lambda: reminder.pages.currentWidget() is reminder.calm_page)
