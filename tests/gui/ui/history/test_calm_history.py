"""Time to calm in the history window: the details, the words with their trend, the chart line,
and a rating made elsewhere showing up at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import Pause
from pausetimer.core.statistics import Period
from pausetimer.store import Store
from pausetimer.ui.history import HistoryWindow
from tests.conftest import T0
from tests.gui.ui.history.conftest import D, M


def rated(store: Store, start: datetime, minutes: int, calm: tuple[int | None, int | None]) -> int:
    pause = Pause(
        started_at=start,
        planned_return_at=start + minutes * M,
        return_at=start + minutes * M,
        ended_at=start + minutes * M,
        calm_start=calm[0],
        calm_end=calm[1],
    )
    with store.transaction():
        return store.save(pause).id or 0


def test_time_to_calm_in_words_with_the_trend_and_on_the_chart(
    ctx: AppContext, store: Store, qtbot: QtBot
) -> None:
    # This month: 8 -> 2 after 40 minutes, 9 -> 3 after 60. The month before (most of it in
    # October): 8 -> 2 after two hours.
    first = rated(store, T0 - 3 * D, 40, (8, 2))
    rated(store, T0 - 10 * D, 60, (9, 3))
    rated(store, T0 - 45 * D, 120, (8, 2))
    window = HistoryWindow(ctx)
    qtbot.addWidget(window)
    window.set_period(Period.MONTH)
    window.reload()  # the month is the window's first period: no change to follow
    text = window.stats.calm.text()
    assert "dropped by a median of 6 points during a pause (2 pauses rated" in text
    assert "Calm again (3 or lower) by the return after a median of 50 min (2 pauses)." in text
    assert text.endswith("Your pauses calm you faster than in October.")
    chart = window.chart
    assert [value for value in chart.calm_minutes if value is not None] == [60.0, 40.0]
    assert len(chart.chart().series()) == 3
    window.table.selectRow(0)
    assert window.details.pause_id == first
    assert (
        "How flooded: 8 of 10 at the start (flooded, hard to think clearly), 2 of 10 before "
        "going back (calm, I can listen)." in window.details.summary.text()
    )


def test_no_ratings_yet_says_how_to_get_them(ctx: AppContext, store: Store, qtbot: QtBot) -> None:
    rated(store, T0 - 3 * D, 40, (None, None))
    window = HistoryWindow(ctx)
    qtbot.addWidget(window)
    window.set_period(Period.WEEK)
    assert window.stats.calm.text().startswith("Rate how flooded you are")
    assert len(window.chart.chart().series()) == 2  # no calm line without ratings


def test_a_rating_made_elsewhere_shows_at_once(ctx: AppContext, store: Store, qtbot: QtBot) -> None:
    pause_id = rated(store, T0 - 3 * D, 40, (7, None))
    window = HistoryWindow(ctx)
    qtbot.addWidget(window)
    window.set_period(Period.WEEK)
    assert "Calm again" not in window.stats.calm.text()
    ctx.service.set_calm(pause_id, end=True, rating=1)
    assert "after a median of 40 min (1 pause)." in window.stats.calm.text()
    assert "rose" not in window.stats.calm.text()
    stored = ctx.service.get_pause(pause_id)
    assert stored == replace(stored, calm_start=7, calm_end=1)
