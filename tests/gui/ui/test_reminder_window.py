from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.changes import Source
from pausetimer.core.pause import ReturnSpec
from pausetimer.ui.reminder_window import ReminderWindow
from tests.helpers.clock import FakeClock


@pytest.fixture
def window(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> ReminderWindow:
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    clock.advance(timedelta(minutes=31))
    made = ReminderWindow(ctx)
    qtbot.addWidget(made)
    made.show_reminder()
    return made


def test_shows_without_taking_focus(window: ReminderWindow) -> None:
    assert window.isVisible()
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert "hug" in window.body.text()


def test_going_now_ends_and_stores_how_it_went(
    window: ReminderWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(window.ended) as blocker:
        window.going_button.click()
    ended = blocker.args[0]
    assert ctx.service.current() is None
    assert window.pages.currentWidget() is window.note_page
    qtbot.keyClicks(window.note_edit, "We hugged and talked it through")
    qtbot.keyClick(window.note_edit, Qt.Key.Key_Return)
    assert not window.isVisible()
    stored = ctx.service.get_pause(ended.id)
    assert stored is not None and stored.return_note == "We hugged and talked it through"


def test_more_time_records_an_extension(
    window: ReminderWindow, ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    window.more_button.click()
    assert window.pages.currentWidget() is window.more_page
    window.custom_minutes.setValue(45)
    with qtbot.waitSignal(window.extended) as blocker:
        window.custom_button.click()
    assert blocker.args[0].return_at == clock.now() + timedelta(minutes=45)
    current = ctx.service.current()
    assert current is not None and len(current.extensions) == 1
    assert not window.isVisible()


def test_breathe_first_without_guidance_shows_a_calming_text(
    window: ReminderWindow, qtbot: QtBot
) -> None:
    window.breathe_button.click()
    assert window.pages.currentWidget() is window.calm_page


def test_breathe_first_with_guidance_asks_for_it(window: ReminderWindow, qtbot: QtBot) -> None:
    asked: list[bool] = []
    window.breatheRequested.connect(lambda: asked.append(True))
    window.breathe_button.click()
    assert asked == [True]
    assert window.pages.currentWidget() is window.main_page


def test_keyboard_escape_hides_and_enter_confirms(
    window: ReminderWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert ctx.service.current() is not None  # closing is not ending
    window.present()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert ctx.service.current() is None


def test_long_warning_variant(window: ReminderWindow) -> None:
    window.show_reminder(long_warning=True)
    assert "more than a day" in window.heading.text()
    assert "help" in window.body.text()


def test_pause_ended_elsewhere_closes_the_nudge(window: ReminderWindow, ctx: AppContext) -> None:
    ctx.service.end(source=Source.COMMAND_LINE)  # the change event reaches the window itself
    assert not window.isVisible()


def test_its_own_choice_keeps_the_window_on_the_next_page(
    window: ReminderWindow, ctx: AppContext
) -> None:
    window.going_button.click()  # ends the pause with source REMINDER
    assert ctx.service.current() is None
    assert window.isVisible() and window.pages.currentWidget() is window.note_page


def _answer_question(qtbot: QtBot, button: QMessageBox.StandardButton) -> list[str]:
    """Answer the next modal question with ``button``; returns its text once asked."""
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, answer)
    return asked


def test_more_time_past_a_day_asks_first(
    window: ReminderWindow, ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    window.more_button.click()
    window.custom_minutes.setValue(24 * 60)  # 30 min + 1 min late + 24 h: past a day
    asked = _answer_question(qtbot, QMessageBox.StandardButton.No)
    window.custom_button.click()
    assert asked and "more than a day" in asked[0]
    current = ctx.service.current()
    assert current is not None and current.extensions == ()
    assert window.isVisible() and window.pages.currentWidget() is window.more_page
    asked = _answer_question(qtbot, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.extended):
        window.custom_button.click()
    current = ctx.service.current()
    assert current is not None and [e.added for e in current.extensions] == [timedelta(hours=24)]
