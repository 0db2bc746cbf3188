"""A click while another program holds the database (issue 12, item 7): the user is told, in
words, that nothing changed; never a traceback on stderr and nothing shown."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import ReturnSpec
from pausetimer.store import Store, open_store
from pausetimer.ui.guidance import GuidanceWindow
from pausetimer.ui.reminder_window import ReminderWindow
from pausetimer.ui.tray import Tray
from tests.helpers.clock import FakeClock


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """The shared fixture's store, waiting at most 50 ms for a lock (not 5 s) to keep it quick."""
    opened = open_store(tmp_path / "pausetimer.db", busy_timeout_ms=50)
    yield opened
    opened.close()


class Lock:
    """Another program writing (a backup tool, a script): it holds the write lock."""

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(path, isolation_level=None)

    def take(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        if self._conn.in_transaction:
            self._conn.rollback()

    def close(self) -> None:
        self.release()
        self._conn.close()


@pytest.fixture
def lock(store: Store) -> Iterator[Lock]:
    holder = Lock(store.path)
    yield holder
    holder.close()


@pytest.fixture
def locked(lock: Lock) -> Lock:
    lock.take()
    return lock


BUSY = "busy in another program"


def test_a_locked_database_on_a_tray_click_is_told_not_a_traceback(
    ctx: AppContext, store: Store, locked: Lock, qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    tray = Tray(ctx)
    # Deleted with the test: kept alive by its connections, its menu would read the closed
    # store at a later language switch.
    request.addfinalizer(lambda: shiboken6.delete(tray))
    tray.pause_actions.show_messages = False
    action = next(a for a in tray.quick_actions if "20 minutes" in a.text().replace("&", ""))
    with qtbot.waitSignal(tray.pause_actions.problem, timeout=2000) as told:
        action.trigger()  # an exception here would fail the test (pytest-qt captures it)
    text = told.args[0] if told.args else ""
    assert BUSY in text and "Nothing was changed" in text
    assert str(store.path) in text
    assert ctx.service.current() is None


def test_the_reminder_says_so_and_stays_when_going_back_cannot_be_stored(
    ctx: AppContext, clock: FakeClock, lock: Lock, qtbot: QtBot
) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    clock.advance(timedelta(minutes=31))
    window = ReminderWindow(ctx)
    qtbot.addWidget(window)
    window.show_reminder()
    lock.take()
    window.going_button.click()
    assert BUSY in window.body.text()
    assert window.isVisible() and ctx.service.current() is not None
    window.more_button.click()
    window.custom_minutes.setValue(15)
    window.custom_button.click()
    assert BUSY in window.more_error.text()
    lock.release()
    with qtbot.waitSignal(window.ended):
        window.going_button.click()
    assert ctx.service.current() is None


def test_a_reflection_that_cannot_be_saved_yet_is_kept_and_saved_later(
    ctx: AppContext, store: Store, lock: Lock, qtbot: QtBot
) -> None:
    pause, _ = ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    window = GuidanceWindow(ctx)
    qtbot.addWidget(window)
    window.present("reflect")
    lock.take()
    qtbot.keyClicks(window.reflection.editors["need"], "A walk")
    window.reflection.save_now()
    assert BUSY in window.reflection.status.text()
    lock.release()
    qtbot.waitUntil(lambda: store.reflections(pause.id or 0).get("need") == "A walk")
