"""The calm check by keyboard alone and by one tap: after the start (never blocking it) and in
the reminder, where a rating of 7 or more suggests breathing and a specific extension."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import ReturnSpec
from pausetimer.ui.calm_scale import CalmScale
from pausetimer.ui.partner_dialog import PartnerSentenceDialog
from pausetimer.ui.reminder_window import ReminderWindow
from tests.helpers.clock import FakeClock


def test_the_scale_by_keyboard_alone(qtbot: QtBot) -> None:
    scale = CalmScale()
    qtbot.addWidget(scale)
    seen: list[int] = []
    scale.rated.connect(seen.append)
    assert scale.value() is None and "Optional" in scale.meaning.text()
    qtbot.keyClick(scale, Qt.Key.Key_Right)  # from nothing: the middle
    qtbot.keyClick(scale, Qt.Key.Key_Right)
    qtbot.keyClick(scale, Qt.Key.Key_Left)
    qtbot.keyClick(scale, Qt.Key.Key_Left)
    qtbot.keyClick(scale, Qt.Key.Key_End)
    qtbot.keyClick(scale, Qt.Key.Key_Right)  # stays at the top
    qtbot.keyClick(scale, Qt.Key.Key_Home)
    qtbot.keyClick(scale, Qt.Key.Key_7)
    assert seen == [5, 6, 5, 4, 10, 10, 0, 7]
    assert scale.meaning.text() == "7: flooded, hard to think clearly"
    assert scale.group.checkedId() == 7
    qtbot.keyClick(scale, Qt.Key.Key_1)
    qtbot.keyClick(scale, Qt.Key.Key_0)  # "1" then "0" at once: ten
    assert seen[-2:] == [1, 10] and scale.value() == 10


def test_one_tap_chooses_and_the_scale_is_one_tab_stop(qtbot: QtBot) -> None:
    scale = CalmScale()
    qtbot.addWidget(scale)
    qtbot.mouseClick(scale.group.button(3), Qt.MouseButton.LeftButton)
    assert scale.value() == 3
    assert scale.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in scale.group.buttons())
    scale.set_value(None)
    assert scale.group.checkedId() == -1 and scale.value() is None


def test_rating_after_the_start_is_optional_and_stored(ctx: AppContext, qtbot: QtBot) -> None:
    pause, _ = ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    assert ctx.service.current() is not None  # the pause runs before any question
    dialog = PartnerSentenceDialog(ctx, pause)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.calm_scale.isVisible()
    dialog.calm_scale.setFocus()
    qtbot.keyClick(dialog.calm_scale, Qt.Key.Key_8)
    assert ctx.service.current().calm_start == 8  # type: ignore[union-attr]
    extended = PartnerSentenceDialog(ctx, pause, extended=True)
    qtbot.addWidget(extended)
    extended.show()
    assert not extended.calm_scale.isVisible()  # asked once, at the start


@pytest.fixture
def reminder(ctx: AppContext, clock: FakeClock, qtbot: QtBot) -> ReminderWindow:
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    clock.advance(timedelta(minutes=31))
    window = ReminderWindow(ctx)
    qtbot.addWidget(window)
    window.show_reminder()
    return window


def test_a_calm_rating_before_going_back_is_stored(
    reminder: ReminderWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    check = reminder.calm_check
    qtbot.keyClick(check.scale, Qt.Key.Key_2)
    assert not check.advice_box.isVisibleTo(reminder)
    reminder.going_button.click()
    ended = ctx.service.latest_pause()
    assert ended is not None and ended.calm_end == 2 and ended.ended_at is not None


def test_still_flooded_suggests_breathing_and_a_specific_extension(
    reminder: ReminderWindow, ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    check = reminder.calm_check
    qtbot.keyClick(check.scale, Qt.Key.Key_8)
    assert check.advice_box.isVisibleTo(reminder)  # never silence: advice, the reminder stays
    assert reminder.isVisible()
    assert not reminder.body.isVisibleTo(reminder)  # the advice instead of the first steps
    assert "Breathe first" in check.advice.text()
    assert "ask for 20 more minutes" in check.advice.text()
    assert "Can I take 20 more minutes?" in check.advice.text()
    assert check.extend_button.text() == "&Ask for 20 more minutes"
    with qtbot.waitSignal(reminder.extended) as blocker:
        check.extend_button.click()
    pause = blocker.args[0]
    assert pause.return_at == clock.now().replace(microsecond=0) + timedelta(minutes=20)
    assert pause.calm_end == 8
    clock.advance(timedelta(minutes=21))
    reminder.show_reminder()  # the new return asks afresh
    assert check.scale.value() is None and not check.advice_box.isVisibleTo(reminder)
    assert reminder.body.isVisibleTo(reminder)


def test_breathe_now_from_the_advice(reminder: ReminderWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(reminder.calm_check.scale, Qt.Key.Key_9)
    assert "30 more minutes" in reminder.calm_check.advice.text()
    reminder.calm_check.breathe_button.click()
    assert reminder.pages.currentWidget() is reminder.calm_page  # no guidance connected here


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_advice_fits_a_640_by_400_screen(
    language: str, ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    from tests.gui.ui.test_screen_fit import fits_a_small_screen, window_in

    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    clock.advance(timedelta(minutes=31))
    with window_in(language, "reminder", ctx, qtbot) as window:
        assert isinstance(window, ReminderWindow)
        window.show_reminder()
        qtbot.keyClick(window.calm_check.scale, Qt.Key.Key_9)
        assert window.calm_check.advice_box.isVisibleTo(window)
        fits_a_small_screen(window, qtbot)
