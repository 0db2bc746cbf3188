"""On Wayland a window cannot keep itself on top: the app does not try (no window re-created for a
flag the compositor ignores) and the reminder asks for attention instead. The platform is faked
here; tests/desktop/test_wayland.py runs the real app on a real compositor."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import ReturnSpec, Side
from pausetimer.ui import stacking, wayland
from pausetimer.ui.windows import Windows
from tests.helpers.clock import FakeClock


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> list[QWidget]:
    asked: list[QWidget] = []
    monkeypatch.setattr(wayland, "on_wayland", lambda: True)
    monkeypatch.setattr(stacking, "on_wayland", lambda: True)
    monkeypatch.setattr(QApplication, "alert", lambda window, _ms=0: asked.append(window))
    return asked


def test_the_reminder_asks_for_attention_and_others_keep_their_flags(
    ctx: AppContext, clock: FakeClock, qtbot: QtBot, alerts: list[QWidget]
) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    clock.advance(timedelta(minutes=31))
    windows = Windows(ctx)
    windows.show_reminder(long_warning=False)
    reminder = windows.reminder()
    qtbot.addWidget(reminder)
    assert reminder.isVisible()
    assert alerts == [reminder]
    guidance = windows.guidance("breathe")
    qtbot.addWidget(guidance)
    assert guidance.isVisible()
    assert not guidance.windowFlags() & Qt.WindowType.WindowStaysOnTopHint


def test_the_waiting_note_asks_for_attention_too(
    ctx: AppContext, clock: FakeClock, qtbot: QtBot, alerts: list[QWidget]
) -> None:
    """The note at the time the partner agreed to come back, for the one who waits."""
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)), side=Side.WAITING)
    clock.advance(timedelta(minutes=30))
    windows = Windows(ctx)
    windows.show_reminder(False)
    note = windows.waiting_reminder()
    qtbot.addWidget(note)
    assert note.isVisible()
    assert alerts == [note]


def test_off_wayland_no_attention_is_asked(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[QWidget] = []
    monkeypatch.setattr(QApplication, "alert", lambda window, _ms=0: asked.append(window))
    assert not wayland.on_wayland()  # the tests run offscreen
    window = QWidget()
    qtbot.addWidget(window)
    wayland.ask_for_attention(window)
    assert asked == []  # on X the reminder is on top already; a blinking task bar would nag
