"""Durations are never negative, also after the clock was set back (issue 12, item 8)."""

from __future__ import annotations

import csv
import io
import logging
from datetime import timedelta

import pytest

from pausetimer import history, history_export
from pausetimer.core.pause import Pause, ReturnSpec
from pausetimer.history import HistoryFilter
from pausetimer.service import PauseService
from pausetimer.store import Store
from tests.conftest import T0
from tests.helpers.clock import FakeClock


def test_ending_after_the_clock_was_set_back_uses_the_time_that_passed(
    store: Store, clock: FakeClock
) -> None:
    ticks = [1000.0]
    service = PauseService(store, clock, monotonic=lambda: ticks[0])
    started, _ = service.start(ReturnSpec(after=timedelta(hours=1)))
    clock.advance(timedelta(minutes=30))
    ticks[0] += 30 * 60
    service.status()  # the app looks at the pause every minute
    clock.set(T0 - timedelta(hours=2))  # a correction of the clock by about -2.5 h
    ticks[0] += 10 * 60

    ended = service.end()

    assert ended.ended_at == started.started_at + timedelta(minutes=40)
    assert ended.duration(clock.now()) == timedelta(minutes=40)


def test_ending_after_the_clock_was_set_back_never_gives_a_negative_length(
    store: Store, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    PauseService(store, clock).start(ReturnSpec(after=timedelta(hours=1)))
    clock.set(T0 - timedelta(hours=2))
    # A process that never saw the pause with a plausible clock (e.g. the command line).
    with caplog.at_level(logging.WARNING, logger="pausetimer.service"):
        ended = PauseService(store, clock).end()
    assert ended.ended_at == ended.started_at
    assert "set back" in caplog.text  # the clamp is noted, for whoever reads the log
    assert ended.duration(clock.now()) == timedelta(0)
    row = history.fetch_rows(store, HistoryFilter(), clock.now())[0]
    assert row.duration_seconds == 0


def test_statistics_leave_out_an_end_before_the_start(store: Store, clock: FakeClock) -> None:
    """A pause stored before this was caught: -2 h must not count as a length."""
    hour = timedelta(hours=1)
    for started, back in ((T0 - 3 * hour, T0 - 5 * hour), (T0 - 30 * hour, T0 - 29 * hour)):
        with store.transaction():
            store.save(Pause(started, started + hour, started + hour, ended_at=back))
    rows = history.fetch_rows(store, HistoryFilter(), clock.now())
    assert sorted(r.duration_seconds for r in rows) == [0, 3600]
    stats = history.statistics(store, HistoryFilter(), clock.now())
    assert stats.count == 2
    assert (stats.median_seconds, stats.longest_seconds) == (3600, 3600)
    series = history.chart_series(store, HistoryFilter(), clock.now(), clock)
    assert [p.median_seconds for p in series.points if p.count] == [3600]
    exported = history_export.export_csv(store, None, None, False, clock)
    assert all(float(r["duration_minutes"]) >= 0 for r in csv.DictReader(io.StringIO(exported)))
