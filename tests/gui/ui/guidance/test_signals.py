"""The early signals in the guidance window, by keyboard alone: the card leads to the boxes in
the reflection, ticks and own words land in the database file (read back through a fresh
connection), and a change made elsewhere shows up in the boxes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.changes import Source
from pausetimer.core.pause import ReturnSpec
from pausetimer.core.signals import PauseSignals
from pausetimer.store import Store, open_store
from pausetimer.ui.guidance import GuidanceWindow
from pausetimer.ui.welcome_dialog import WelcomeDialog
from pausetimer.ui.windows import Windows


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> GuidanceWindow:
    opened = GuidanceWindow(ctx)
    qtbot.addWidget(opened)
    return opened


def _start_pause(ctx: AppContext) -> int:
    pause, _ = ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    assert pause.id is not None
    return pause.id


def _stored(store: Store, pause_id: int) -> PauseSignals:
    from pausetimer.store_signals import load

    fresh = open_store(store.path)
    try:
        return load(fresh.connection, pause_id)
    finally:
        fresh.close()


def test_the_card_shows_body_behaviour_and_triggers(window: GuidanceWindow) -> None:
    window.present("signals")
    text = " ".join(label.text() for label in window.signals_card.findChildren(QLabel))
    for needle in ("In my body", "A tight jaw", "In what I do", "Going quiet", "just before"):
        assert needle in text


def test_tick_by_keyboard_from_the_card(
    window: GuidanceWindow, ctx: AppContext, store: Store, qtbot: QtBot
) -> None:
    pause_id = _start_pause(ctx)
    window.present("signals")
    qtbot.waitExposed(window)
    button = window.signals_card.tick_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.current_section() == "reflect"
    picker = window.reflection.signals
    first = picker.boxes["jaw"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)

    qtbot.keyClick(first, Qt.Key.Key_Space)  # tick "jaw"
    focused = QApplication.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_Tab)  # on to "shoulders", left unticked
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is picker.boxes["chest"]
    qtbot.keyClick(picker.boxes["chest"], Qt.Key.Key_Space)
    assert _stored(store, pause_id) == PauseSignals(frozenset({"jaw", "chest"}))

    while QApplication.focusWidget() is not picker.own_words:
        widget = QApplication.focusWidget()
        assert isinstance(widget, QCheckBox)  # every box lies on the way
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    qtbot.keyClicks(picker.own_words, "The bill came up")
    qtbot.keyClick(picker.own_words, Qt.Key.Key_Tab)  # leaving the line saves it
    assert _stored(store, pause_id) == PauseSignals(frozenset({"jaw", "chest"}), "The bill came up")
    assert picker.status.text() == "Saved on this computer."


def test_boxes_wait_for_a_pause_and_follow_changes_made_elsewhere(
    window: GuidanceWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    picker = window.reflection.signals
    assert picker.pause_id is None and not picker.boxes["jaw"].isEnabled()
    pause_id = _start_pause(ctx)
    assert picker.pause_id == pause_id and picker.boxes["jaw"].isEnabled()
    ctx.service.save_signals(
        pause_id, PauseSignals(frozenset({"numb"}), "my words"), source=Source.COMMAND_LINE
    )
    assert picker.boxes["numb"].isChecked() and not picker.boxes["jaw"].isChecked()
    assert picker.own_words.text() == "my words"
    ctx.service.end()
    assert picker.pause_id == pause_id  # ticking after the return still belongs to it
    ctx.service.delete_pause(pause_id)
    assert picker.pause_id is None and not picker.boxes["numb"].isChecked()


def test_own_words_save_after_typing_stops_and_on_close(
    ctx: AppContext, store: Store, qtbot: QtBot
) -> None:
    pause_id = _start_pause(ctx)
    window = GuidanceWindow(ctx)
    qtbot.addWidget(window)
    window.present("reflect")
    picker = window.reflection.signals
    qtbot.keyClicks(picker.own_words, "Too many plans")
    qtbot.waitUntil(lambda: _stored(store, pause_id).own_words == "Too many plans")
    qtbot.keyClicks(picker.own_words, " at once")
    window.close()
    assert _stored(store, pause_id).own_words == "Too many plans at once"


def test_the_welcome_opens_the_card(ctx: AppContext, qtbot: QtBot) -> None:
    windows = Windows(ctx)
    dialog = windows.welcome_if_first_run()
    assert isinstance(dialog, WelcomeDialog)
    qtbot.addWidget(dialog)
    dialog.signals_button.setFocus()
    qtbot.keyClick(dialog.signals_button, Qt.Key.Key_Space)
    guidance = windows.guidance()
    qtbot.addWidget(guidance)
    assert guidance.isVisible() and guidance.current_section() == "signals"
    assert dialog.isVisible()  # still there to read on
