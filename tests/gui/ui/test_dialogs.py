from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import Caution, ReturnSpec
from pausetimer.ui.actions import PauseActions
from pausetimer.ui.custom_dialog import CustomPauseDialog
from pausetimer.ui.extend_dialog import ExtendDialog
from pausetimer.ui.partner_dialog import PartnerSentenceDialog
from tests.conftest import AMSTERDAM
from tests.helpers.clock import FakeClock


def custom(ctx: AppContext, qtbot: QtBot, hours: int, minutes: int) -> CustomPauseDialog:
    dialog = CustomPauseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.hours_spin.setValue(hours)
    dialog.minutes_spin.setValue(minutes)
    return dialog


def test_custom_duration_starts_with_note(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = custom(ctx, qtbot, 1, 30)
    dialog.note_edit.setText("after the talk about holidays")
    assert "15:30" in dialog.return_label.text()
    dialog.start_button.click()
    pause = ctx.service.current()
    assert pause is not None
    assert pause.return_at - pause.started_at == timedelta(hours=1, minutes=30)
    assert pause.note == "after the talk about holidays"
    assert dialog.started == pause


def test_custom_time_of_day_uses_next_occurrence(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = CustomPauseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.time_edit.setTime(QTime(9, 15))  # already past at 14:00: tomorrow morning
    assert dialog.until_radio.isChecked()
    assert "tomorrow" in dialog.return_label.text()
    dialog.start_button.click()
    pause = ctx.service.current()
    assert pause is not None
    assert pause.return_at == datetime(2026, 11, 22, 9, 15, tzinfo=AMSTERDAM)


def test_custom_short_pause_is_flagged_but_allowed(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = custom(ctx, qtbot, 0, 10)
    assert "too short to calm down" in dialog.caution_label.text()
    assert dialog.start_button.isEnabled()
    dialog.start_button.click()
    assert ctx.service.current() is not None
    assert dialog.cautions == [Caution.TOO_SHORT]


def test_custom_over_a_day_needs_confirmation(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = custom(ctx, qtbot, 30, 0)
    assert not dialog.confirm_long_box.isHidden()
    assert not dialog.start_button.isEnabled()
    dialog.start()  # Enter while disabled: nothing happens
    assert ctx.service.current() is None
    dialog.confirm_long_box.setChecked(True)
    assert dialog.start_button.isEnabled()
    dialog.start_button.click()
    pause = ctx.service.current()
    assert pause is not None and pause.return_at - pause.started_at == timedelta(hours=30)


def test_custom_over_a_week_is_refused_and_nothing_stored(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = custom(ctx, qtbot, 7 * 24, 5)
    dialog.confirm_long_box.setChecked(True)
    assert "at most 7 days" in dialog.refusal_label.text()
    assert not dialog.start_button.isEnabled()
    dialog.start()
    assert ctx.service.current() is None
    assert ctx.service.history() == []


def test_custom_zero_is_refused(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = custom(ctx, qtbot, 0, 0)
    assert dialog.refusal_label.text()
    assert not dialog.start_button.isEnabled()


def test_custom_shows_service_error_when_a_pause_already_runs(
    ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = custom(ctx, qtbot, 1, 0)
    ctx.service.start(ReturnSpec(after=timedelta(minutes=40)))  # e.g. from the command line
    dialog.start_button.click()
    assert "already running" in dialog.refusal_label.text()
    assert "Traceback" not in dialog.refusal_label.text()
    assert dialog.started is None


def test_partner_sentence_copy_and_announced(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.update(partner_name="Sam")
    pause, _ = ctx.service.start(ReturnSpec(after=timedelta(hours=5)))
    dialog = PartnerSentenceDialog(ctx, pause)
    qtbot.addWidget(dialog)
    assert dialog.sentence.startswith("Sam, I need some time")
    assert "at 19:00" in dialog.words.text_edit.toPlainText()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.sentence
    dialog.announced_box.click()
    current = ctx.service.current()
    assert current is not None and current.announced is True
    dialog.announced_box.click()
    current = ctx.service.current()
    assert current is not None and current.announced is False


def test_partner_sentence_for_tomorrow_says_so(
    ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    clock.set(datetime(2026, 11, 21, 23, 30, tzinfo=AMSTERDAM))
    pause, _ = ctx.service.start(ReturnSpec(after=timedelta(hours=1)))
    dialog = PartnerSentenceDialog(ctx, pause)
    qtbot.addWidget(dialog)
    assert "tomorrow at 00:30" in dialog.sentence


def test_extend_records_an_extension_and_shows_new_sentence(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(hours=1)))
    actions = PauseActions(ctx)
    actions.show_messages = False
    actions.open_extend()
    dialog = actions.dialog
    assert isinstance(dialog, ExtendDialog)
    qtbot.addWidget(dialog)
    dialog.quick_radios[20].setChecked(True)
    assert "15:20" in dialog.new_return_label.text()
    dialog.extend_button.click()
    pause = ctx.service.current()
    assert pause is not None
    assert [e.added for e in pause.extensions] == [timedelta(minutes=20)]
    follow_up = actions.dialog
    assert isinstance(follow_up, PartnerSentenceDialog)
    qtbot.addWidget(follow_up)
    assert "15:20" in follow_up.sentence


def test_extend_custom_minutes_and_refusal(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(hours=1)))
    dialog = ExtendDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.custom_spin.setValue(24 * 60)
    assert dialog.custom_radio.isChecked()
    assert "more than a day" in dialog.caution_label.text()
    ctx.service.end()  # ended elsewhere meanwhile
    dialog.refresh()
    assert not dialog.extend_button.isEnabled()
    assert "No pause is running" in dialog.error_label.text()


def test_custom_flow_ends_in_partner_sentence(ctx: AppContext, qtbot: QtBot) -> None:
    actions = PauseActions(ctx)
    actions.open_custom()
    dialog = actions.dialog
    assert isinstance(dialog, CustomPauseDialog)
    qtbot.addWidget(dialog)
    dialog.hours_spin.setValue(2)
    dialog.minutes_spin.setValue(0)
    dialog.start_button.click()
    follow_up = actions.dialog
    assert isinstance(follow_up, PartnerSentenceDialog)
    qtbot.addWidget(follow_up)
    assert "16:00" in follow_up.sentence


def test_quick_start_refused_while_running_reports_problem(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(hours=1)))
    actions = PauseActions(ctx)
    actions.show_messages = False
    with qtbot.waitSignal(actions.problem) as blocker:
        assert actions.start(ReturnSpec(after=timedelta(minutes=20))) is None
    assert blocker.args is not None and "already running" in blocker.args[0]
    assert len(ctx.service.history()) == 1


def test_custom_grows_for_a_caution_instead_of_squashing_the_inputs(
    ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = custom(ctx, qtbot, 2, 0)
    dialog.show()
    qtbot.waitExposed(dialog)
    calm_height = dialog.height()
    hours_height = dialog.hours_spin.height()
    dialog.hours_spin.setValue(30)
    assert dialog.caution_label.isVisible() and dialog.confirm_long_box.isVisible()
    assert dialog.height() > calm_height
    # Every input keeps the height it asks for, so "30 h" and "19:00" are not clipped.
    for field in (dialog.hours_spin, dialog.minutes_spin, dialog.time_edit, dialog.note_edit):
        assert field.height() >= field.sizeHint().height()
    assert dialog.hours_spin.height() == hours_height
    dialog.hours_spin.setValue(2)
    assert dialog.height() == calm_height  # and shrinks back when the caution goes


def test_custom_return_line_wraps_rather_than_being_cut_off(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = custom(ctx, qtbot, 99, 0)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.return_label
    assert label.wordWrap()
    assert label.text().endswith("(in 4 days 3 hours).")
    assert label.width() <= dialog.width()
    assert label.height() >= label.heightForWidth(label.width())


def test_custom_hours_out_of_range_stay_typed_and_the_range_is_said(
    ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = CustomPauseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.hours_spin.lineEdit().selectAll()
    qtbot.keyClicks(dialog.hours_spin, "192")
    assert dialog.hours_spin.value() == 192  # not silently 19
    assert "192" in dialog.hours_spin.text()
    assert "0 to 168" in dialog.refusal_label.text()
    assert not dialog.start_button.isEnabled()
    dialog.minutes_spin.lineEdit().selectAll()
    qtbot.keyClicks(dialog.minutes_spin, "75")
    dialog.hours_spin.setValue(1)
    assert dialog.minutes_spin.value() == 75
    assert "0 to 59" in dialog.refusal_label.text()
    assert not dialog.start_button.isEnabled()


def test_custom_time_can_be_typed_right_after_tabbing_in(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = CustomPauseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.minutes_spin.setFocus()
    for _ in range(2):  # from the minutes, past "Until", into the time
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.time_edit
    qtbot.keyClicks(dialog.time_edit, "2030")
    assert dialog.time_edit.time() == QTime(20, 30)
    assert dialog.until_radio.isChecked()
    assert "20:30" in dialog.return_label.text()


def test_extend_past_a_day_asks_like_the_custom_dialog(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(hours=23, minutes=50)))
    dialog = ExtendDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.quick_radios[10].setChecked(True)
    assert dialog.confirm_long_box.isHidden()  # exactly a day: nothing to confirm
    assert dialog.extend_button.isEnabled()
    dialog.quick_radios[20].setChecked(True)
    assert not dialog.confirm_long_box.isHidden()
    assert "more than a day" in dialog.caution_label.text()
    assert not dialog.extend_button.isEnabled()
    dialog.extend()  # Enter without the yes: nothing changes
    pause = ctx.service.current()
    assert pause is not None and pause.extensions == ()
    dialog.confirm_long_box.setChecked(True)
    dialog.extend_button.click()
    pause = ctx.service.current()
    assert pause is not None and [e.added for e in pause.extensions] == [timedelta(minutes=20)]


def test_custom_time_can_be_typed_right_after_clicking_in(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = CustomPauseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    field = dialog.time_edit
    # A click on the minutes' end, where the cursor used to stay between the digits.
    text = field.lineEdit()
    qtbot.mouseClick(text, Qt.MouseButton.LeftButton, pos=text.rect().center())
    qtbot.waitUntil(lambda: text.selectedText() == "19")
    qtbot.keyClicks(field, "2030")
    assert field.time() == QTime(20, 30)
    assert dialog.until_radio.isChecked()
