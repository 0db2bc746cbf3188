"""'Plan a moment together' by keyboard alone, its refusals, the main window's list of moments,
and the offer after "I'm back"."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.changes import Source
from pausetimer.core.clock import to_local
from pausetimer.core.pause import ReturnSpec, Side
from pausetimer.ui.actions import PauseActions
from pausetimer.ui.main_window import MainWindow
from pausetimer.ui.together_dialog import TogetherDialog
from tests.helpers.clock import FakeClock


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab_out(qtbot: QtBot, field: QWidget) -> None:
    """Tab until the focus leaves ``field`` (a date or time moves through its parts first)."""
    for _ in range(5):
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        if focused() is not field:
            return


@pytest.fixture
def dialog(ctx: AppContext, qtbot: QtBot) -> TogetherDialog:
    made = TogetherDialog(ctx)
    qtbot.addWidget(made)
    made.show()
    made.activateWindow()
    qtbot.waitUntil(made.isActiveWindow)
    return made


def test_plan_by_keyboard_alone(
    dialog: TogetherDialog, ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    # Suggested: the "tonight" time of the settings, today (the clock says 14:00).
    suggested = to_local(dialog.chosen(), clock)
    assert suggested.date() == to_local(clock.now(), clock).date() and suggested.hour > 14
    assert focused() is dialog.date_edit
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Up)  # a day later
    tab_out(qtbot, dialog.date_edit)  # Tab walks the date's parts, then on
    assert focused() is dialog.time_edit
    qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Up)  # an hour later
    tab_out(qtbot, dialog.time_edit)
    assert focused() is dialog.words_edit
    qtbot.keyClicks(dialog.words_edit, "dinner out")
    qtbot.keyClick(dialog.words_edit, Qt.Key.Key_Return)
    [moment] = ctx.service.together.upcoming()
    assert moment.note == "dinner out"
    assert to_local(moment.at, clock) == suggested + timedelta(days=1, hours=1)
    assert dialog.done_label.isVisible() and "tomorrow at" in dialog.done_label.text()
    assert dialog.phone_button.isVisible() and dialog.isVisible()
    qtbot.keyClick(focused() or dialog, Qt.Key.Key_Return)  # "Done"
    assert not dialog.isVisible() and len(ctx.service.together.upcoming()) == 1


def test_mnemonics_and_escape_store_nothing(
    dialog: TogetherDialog, ctx: AppContext, qtbot: QtBot
) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.words_edit
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.time_edit
    qtbot.keyClick(focused() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and ctx.service.together.all() == []


def test_a_time_already_past_is_refused_in_words(
    dialog: TogetherDialog, ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    dialog.date_edit.setDate(dialog.date_edit.minimumDate())  # today
    dialog.time_edit.setFocus()
    for _ in range(8):  # from the evening back to the morning
        qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return)
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == (
        "That moment has already passed; choose a time in the future."
    )
    assert ctx.service.together.all() == [] and dialog.isVisible()


def test_the_main_window_lists_and_deletes_moments(
    ctx: AppContext, clock: FakeClock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(ctx)
    monkeypatch.setattr(window.together, "ask", lambda question, detail: True)
    qtbot.addWidget(window)
    together = window.together
    assert together.empty_label.isVisibleTo(window) and not together.list.isVisibleTo(window)
    ctx.service.together.plan(clock.now() + timedelta(days=2), "cinema")
    first = ctx.service.together.plan(clock.now() + timedelta(hours=5), "walk")
    assert [together.list.item(i).text() for i in range(together.list.count())] == [
        "at 19:00 · walk",
        f"on {to_local(clock.now() + timedelta(days=2), clock):%A %-d %B} at 14:00 · cinema",
    ]
    together.list.setFocus()
    qtbot.keyClick(together.list, Qt.Key.Key_Home)  # the first, the soonest
    assert together.selected() == first
    together.delete_button.click()
    assert [m.note for m in ctx.service.together.upcoming()] == ["cinema"]
    assert together.list.count() == 1
    clock.advance(timedelta(days=3))
    together.reload()  # the minute timer does this when a moment has passed
    assert together.list.count() == 0 and together.empty_label.isVisibleTo(window)


def test_my_partner_is_back_offers_a_moment_together_without_blocking(
    ctx: AppContext, qtbot: QtBot
) -> None:
    actions = PauseActions(ctx)
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)), side=Side.WAITING)
    assert actions.end() is not None
    offer = actions.dialog
    assert isinstance(offer, TogetherDialog) and not offer.isModal()
    qtbot.addWidget(offer)
    offer.reject()  # "Not now"
    assert ctx.service.together.all() == []


def test_the_reminder_window_offers_it_after_going_back(
    ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    from pausetimer.ui.reminder_window import ReminderWindow

    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    clock.advance(timedelta(minutes=30))
    reminder = ReminderWindow(ctx)
    qtbot.addWidget(reminder)
    reminder.show_reminder()
    reminder.going_button.click()
    qtbot.keyClicks(reminder.note_edit, "went well")
    reminder.together_button.click()
    offer = reminder.together_dialog
    assert isinstance(offer, TogetherDialog) and offer.isVisible() and not offer.isModal()
    assert not reminder.isVisible()
    latest = ctx.service.latest_pause()
    assert latest is not None and latest.return_note == "went well"  # the note was kept
    offer.close()


def test_the_list_opens_one_plan_dialog_and_the_phone(
    ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    from pausetimer.ui.phone_dialog import PhoneDialog
    from pausetimer.ui.together_list import TogetherList

    together = TogetherList(ctx)
    qtbot.addWidget(together)
    together.show()
    assert not together.delete_button.isEnabled()  # nothing to delete yet
    together.plan_button.click()
    first = together.dialog
    assert isinstance(first, TogetherDialog) and first.isVisible()
    together.plan_button.click()  # raises the open one rather than a second
    assert together.dialog is first
    first.close()
    moment = ctx.service.together.plan(clock.now() + timedelta(hours=2), "tea")
    assert together.selected() == moment and together.delete_button.isEnabled()
    together.phone_button.click()
    [phone] = [w for w in together.findChildren(PhoneDialog) if w.isVisible()]
    phone.close()
    gone = moment.id
    assert gone is not None
    ctx.service.together.delete(gone, source=Source.COMMAND_LINE)
    assert together.list.count() == 0  # followed a delete made elsewhere


def test_im_back_from_my_own_pause_opens_no_second_window(ctx: AppContext) -> None:
    """The return page (shown by ``Windows``) offers the moment together among its return
    words; a dialog of its own beside it made two windows at once."""
    actions = PauseActions(ctx)
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    assert actions.end() is not None
    assert not isinstance(actions.dialog, TogetherDialog)
