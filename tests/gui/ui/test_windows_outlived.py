"""A window dropped after a language switch must not hear the app's signals any more.

Closed windows are deleted on a language switch and rebuilt on their next opening. A lambda that
captured ``self`` outlived its window and, at the next change, called into the deleted C++ object
("Internal C++ object already deleted"); bound methods are disconnected by Qt with the window.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import ReturnSpec
from pausetimer.ui.windows import Windows


def _switch_language_with_windows_closed(ctx: AppContext, windows: Windows) -> list[object]:
    built: list[object] = [windows.history(), windows.guidance()]
    for window in built:
        window.close()  # type: ignore[attr-defined]
    ctx.settings.update(language="nl")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(shiboken6.isValid(window) for window in built)
    return built


def test_pause_changes_after_a_language_switch_reach_no_deleted_window(
    ctx: AppContext, qtbot: QtBot
) -> None:
    windows = Windows(ctx)
    _switch_language_with_windows_closed(ctx, windows)
    # pytest-qt fails the test for any exception raised in a slot.
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    ctx.service.end()
    ctx.settings.update(language="en")
    reopened = windows.history()
    qtbot.addWidget(reopened)
    assert shiboken6.isValid(reopened) and reopened.model.total == 1


def test_motion_preference_after_a_language_switch_reaches_no_deleted_window(
    ctx: AppContext,
) -> None:
    accessibility = getattr(QGuiApplication.styleHints(), "accessibility", None)
    if accessibility is None or not hasattr(accessibility(), "motionPreferenceChanged"):
        pytest.skip("this Qt has no motion preference signal")
    windows = Windows(ctx)
    _switch_language_with_windows_closed(ctx, windows)
    signal = accessibility().motionPreferenceChanged
    signal.emit(accessibility().motionPreference())
