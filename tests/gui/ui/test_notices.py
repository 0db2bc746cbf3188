"""The calm notice after a crash, and the rate-limited message about an unexpected error."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import ReturnSpec
from pausetimer.ui.notices import ERROR_NOTICE_INTERVAL_S, ErrorNotices, crash_notice
from tests.helpers.clock import FakeClock


def test_the_crash_notice_says_the_pause_is_safe_and_where_the_log_is(
    ctx: AppContext, clock: FakeClock, tmp_path: Path, qtbot: QtBot
) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(hours=1)))
    box = crash_notice(ctx.service.current(), clock, tmp_path / "logs")
    qtbot.addWidget(box)
    assert box.text() == "Pausetimer closed unexpectedly last time."
    assert "Your pause is safe" in box.informativeText()
    assert "at 15:00" in box.informativeText()
    assert str(tmp_path / "logs") in box.informativeText()
    assert not box.isModal()


def test_without_a_pause_the_crash_notice_speaks_of_the_history(
    clock: FakeClock, tmp_path: Path, qtbot: QtBot
) -> None:
    box = crash_notice(None, clock, tmp_path)
    qtbot.addWidget(box)
    assert "Your pauses are safe." in box.informativeText()


class Ticks:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_errors_are_told_from_any_thread_but_not_flooding(qtbot: QtBot, tmp_path: Path) -> None:
    ticks = Ticks()
    notices = ErrorNotices(tmp_path, monotonic=ticks)
    worker = threading.Thread(target=notices.report)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: notices.box is not None and notices.box.isVisible())
    first = notices.box
    assert first is not None
    qtbot.addWidget(first)
    assert "Something went wrong" in first.text() and str(tmp_path) in first.informativeText()
    assert not first.isModal()

    notices.report()  # while it is open: nothing new
    qtbot.wait(50)
    assert notices.box is first
    first.close()
    ticks.now += ERROR_NOTICE_INTERVAL_S / 2
    notices.report()  # closed, but too soon after
    qtbot.wait(50)
    assert notices.box is first and not first.isVisible()
    ticks.now += ERROR_NOTICE_INTERVAL_S
    notices.report()
    qtbot.waitUntil(lambda: notices.box is not first and notices.box is not None)
    assert notices.box is not None and notices.box.isVisible()
    qtbot.addWidget(notices.box)
