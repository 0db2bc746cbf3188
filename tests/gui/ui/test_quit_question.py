"""Quitting while a pause runs asks first; the default keeps Pausetimer running."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import ReturnSpec
from pausetimer.ui.quit_question import QuitQuestion
from tests.helpers.clock import FakeClock


@pytest.fixture
def question(ctx: AppContext, qtbot: QtBot) -> QuitQuestion:
    asked = QuitQuestion(ctx)
    yield asked
    if asked.box is not None:
        asked.box.close()


def _box(question: QuitQuestion) -> QMessageBox:
    assert question.box is not None
    return question.box


def test_without_a_pause_it_quits_at_once(question: QuitQuestion, qtbot: QtBot) -> None:
    with qtbot.waitSignal(question.quitConfirmed, timeout=500):
        question.ask()
    assert question.box is None


def test_with_a_pause_it_names_the_reminder_and_keeps_running_by_default(
    question: QuitQuestion, ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(hours=1)))  # 14:00 + 1 h
    with qtbot.assertNotEmitted(question.quitConfirmed):
        question.ask()
        box = _box(question)
        assert box.isVisible() and not box.isModal()
        assert "The reminder at 15:00 will not come while Pausetimer is closed" in box.text()
        assert box.defaultButton() is question.keep_button
        assert box.escapeButton() is question.keep_button
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: keep running
        qtbot.waitUntil(lambda: not box.isVisible())


def test_escape_keeps_running_too(question: QuitQuestion, ctx: AppContext, qtbot: QtBot) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(hours=1)))
    with qtbot.assertNotEmitted(question.quitConfirmed):
        question.ask()
        box = _box(question)
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not box.isVisible())


def test_quit_anyway_by_keyboard_quits(
    question: QuitQuestion, ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(hours=1)))
    question.ask()
    box = _box(question)
    assert question.quit_button is not None
    assert question.quit_button.text() == "&Quit anyway"
    qtbot.waitUntil(box.isActiveWindow)  # ask() brings it forward, so the mnemonic reaches it
    with qtbot.waitSignal(question.quitConfirmed, timeout=1000):
        qtbot.keyClick(box, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)


def test_asking_twice_shows_one_question(
    question: QuitQuestion, ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(hours=1)))
    question.ask()
    first = _box(question)
    question.ask()
    assert question.box is first


def test_after_the_return_time_it_says_no_more_reminders_come(
    question: QuitQuestion, ctx: AppContext, clock: FakeClock
) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    clock.advance(timedelta(hours=1))
    question.ask()
    assert "cannot remind you again" in _box(question).text()
