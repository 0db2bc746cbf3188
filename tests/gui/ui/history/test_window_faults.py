"""Deleting from the history window while another program reads the database (issue 12)."""

from __future__ import annotations

import sqlite3
import time
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.store import Store
from pausetimer.ui.history import HistoryWindow
from tests.conftest import T0
from tests.gui.ui.history.test_window import add, listed

SECRET = "SECRET-we-made-tea-osprey"


def test_delete_does_not_wait_for_a_reader_and_wipes_after_it(
    ctx: AppContext, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    pause_id = add(store, T0 - timedelta(days=1), timedelta(hours=1), timedelta(hours=1), SECRET)
    window = HistoryWindow(ctx)
    qtbot.addWidget(window)
    window.present()
    monkeypatch.setattr(window, "ask", lambda title, text, action: True)
    reader = sqlite3.connect(store.path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM pauses").fetchone()
    try:
        window.table.selectRow(0)
        started = time.perf_counter()
        window.details.delete.click()
        blocked = time.perf_counter() - started
        # It used to wait out the 5 s busy timeout; the 100 ms target is a benchmark
        # (benchmarks/bench_scrub.py), not a timed test on a busy machine.
        assert blocked < 1.0, f"the window was blocked for {blocked:.2f} s"
        assert pause_id not in listed(window) and store.get_pause(pause_id) is None
    finally:
        reader.rollback()
        reader.close()
    assert store.wait_scrubbed(5.0)
    wal = store.path.with_name(store.path.name + "-wal")
    assert SECRET.encode() not in store.path.read_bytes() + (
        wal.read_bytes() if wal.exists() else b""
    )
