"""The history tests' data: a few past pauses in a real store, and the window over them."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import Pause
from pausetimer.store import Store
from pausetimer.ui.history import HistoryWindow
from tests.conftest import T0

M = timedelta(minutes=1)
D = timedelta(days=1)


def add(store: Store, start: datetime, agreed: timedelta, back: timedelta, note: str = "") -> int:
    pause = Pause(
        started_at=start,
        planned_return_at=start + agreed,
        return_at=start + agreed,
        ended_at=start + back,
        announced=True,
        note=note,
    )
    with store.transaction():
        return store.save(pause).id or 0


@pytest.fixture
def ids(store: Store) -> dict[str, int]:
    """In the last 7 days: a 30-minute pause on time, one 20 minutes late, one past a day.
    Twenty days ago: one more on time."""
    return {
        "on_time": add(store, T0 - 2 * D, 30 * M, 30 * M, "we made tea, after"),
        "late": add(store, T0 - 3 * D, 60 * M, 80 * M),
        "long": add(store, T0 - 5 * D, 20 * 60 * M, 26 * 60 * M),
        "older": add(store, T0 - 20 * D, 45 * M, 45 * M),
    }


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> HistoryWindow:
    shown = HistoryWindow(ctx)
    qtbot.addWidget(shown)
    shown.present()
    qtbot.waitExposed(shown)
    return shown
