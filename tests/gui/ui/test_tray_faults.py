"""A tray click while another program holds the database (issue 12, item 7)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.store import Store, open_store
from pausetimer.ui.tray import Tray


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """The shared fixture's store, waiting at most 50 ms for a lock (not 5 s) to keep it quick."""
    opened = open_store(tmp_path / "pausetimer.db", busy_timeout_ms=50)
    yield opened
    opened.close()


@pytest.fixture
def locked(store: Store) -> Iterator[None]:
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # e.g. a backup tool or a script writing
    yield
    holder.rollback()
    holder.close()


def test_a_locked_database_on_a_tray_click_is_told_not_a_traceback(
    ctx: AppContext, store: Store, locked: None, qtbot: QtBot
) -> None:
    tray = Tray(ctx)
    tray.pause_actions.show_messages = False
    action = next(a for a in tray.quick_actions if "20 minutes" in a.text().replace("&", ""))
    try:
        with qtbot.waitSignal(tray.pause_actions.problem, timeout=2000) as told:
            action.trigger()  # an exception here would fail the test (pytest-qt captures it)
    finally:
        # The menu must not outlive the store: a later language switch would make it read.
        tray.menu.removeEventFilter(tray)
        tray.menu.deleteLater()
    text = told.args[0] if told.args else ""
    assert "busy in another program" in text and "Nothing was changed" in text
    assert str(store.path) in text
    assert ctx.service.current() is None
