"""History queries, statistics, chart series, export and delete, against a real SQLite file.

The fixture below is small enough to compute every expected number by hand (see the comments).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from pausetimer import history, history_export, nudge_seen
from pausetimer.core.errors import InputError, StateError
from pausetimer.core.pause import Extension, Pause
from pausetimer.core.statistics import BucketSize, Period, period_span
from pausetimer.history import HistoryFilter, SortKey
from pausetimer.store import Store
from tests.conftest import T0
from tests.helpers.clock import FakeClock

M = timedelta(minutes=1)
H = timedelta(hours=1)
D = timedelta(days=1)


def ended(start: datetime, agreed: timedelta, back: timedelta, **extra: object) -> Pause:
    return Pause(
        started_at=start,
        planned_return_at=start + agreed,
        return_at=start + agreed,
        ended_at=start + back,
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
def seeded(store: Store) -> dict[str, int]:
    """T0 is Saturday 21 Nov 2026, 14:00 in Amsterdam.

    last 7 days: p1 30 min on time, announced
                 p2 agreed 60 min, back after 80 (late 20 min)
                 p3 agreed 2 h, back after 2 h 3 min (within the 5 minute grace), announced,
                    one extension
                 p4 agreed 20 h, back after 26 h (late 6 h, past a day), announced
                 active: started 10 minutes ago, agreed 1 h
    the 7 days before: p5 40 min, announced; p6 20 min
    """
    p3 = ended(T0 - 5 * D, 2 * H, 2 * H + 3 * M, announced=True)
    p3 = Pause(
        started_at=p3.started_at,
        planned_return_at=p3.started_at + 90 * M,
        return_at=p3.return_at,
        ended_at=p3.ended_at,
        announced=True,
        extensions=(Extension(p3.started_at + 80 * M, 30 * M, p3.return_at),),
    )
    pauses = {
        "p1": ended(T0 - 2 * D, 30 * M, 30 * M, announced=True, note='first, "quoted"\nline'),
        "p2": ended(T0 - 3 * D, 60 * M, 80 * M),
        "p3": p3,
        "p4": ended(T0 - 6 * D, 20 * H, 26 * H, announced=True),
        "p5": ended(T0 - 10 * D, 40 * M, 40 * M, announced=True),
        "p6": ended(T0 - 12 * D, 20 * M, 20 * M),
        "active": Pause(
            started_at=T0 - 10 * M, planned_return_at=T0 + 50 * M, return_at=T0 + 50 * M
        ),
    }
    ids = {}
    for name, pause in pauses.items():
        with store.transaction():
            ids[name] = store.save(pause).id or 0
    return ids


def week(clock: FakeClock) -> HistoryFilter:
    return HistoryFilter.of_span(period_span(Period.WEEK, clock.now()))


def test_rows_of_the_last_week_newest_first_with_computed_columns(
    store: Store, seeded: dict[str, int], clock: FakeClock
) -> None:
    rows = history.fetch_rows(store, week(clock), clock.now())
    assert [r.id for r in rows] == [seeded[n] for n in ("active", "p1", "p2", "p3", "p4")]
    by_id = {r.id: r for r in rows}
    assert by_id[seeded["active"]].duration_seconds == 600
    assert by_id[seeded["active"]].late_seconds is None
    assert by_id[seeded["p2"]].late_seconds == 20 * 60
    assert by_id[seeded["p3"]].extensions == 1
    assert by_id[seeded["p4"]].is_long and not by_id[seeded["p2"]].is_long


def test_filters_only_long_and_only_late(
    store: Store, seeded: dict[str, int], clock: FakeClock
) -> None:
    span = period_span(Period.WEEK, clock.now())
    only_long = HistoryFilter.of_span(span, only_long=True)
    only_late = HistoryFilter.of_span(span, only_late=True)
    assert [r.id for r in history.fetch_rows(store, only_long, clock.now())] == [seeded["p4"]]
    # p3 came back 3 minutes late: within the grace, so not late.
    assert [r.id for r in history.fetch_rows(store, only_late, clock.now())] == [
        seeded["p2"],
        seeded["p4"],
    ]
    assert history.count_rows(store, only_late, clock.now()) == 2
    assert history.count_rows(store, HistoryFilter(), clock.now()) == 7


def test_sorting_and_paging(store: Store, seeded: dict[str, int], clock: FakeClock) -> None:
    rows = history.fetch_rows(
        store, HistoryFilter(), clock.now(), sort=SortKey.DURATION, descending=False, limit=3
    )
    assert [r.id for r in rows] == [seeded["active"], seeded["p6"], seeded["p1"]]
    rest = history.fetch_rows(
        store, HistoryFilter(), clock.now(), sort=SortKey.DURATION, descending=False, offset=3
    )
    assert [r.id for r in rest] == [seeded[n] for n in ("p5", "p2", "p3", "p4")]
    with pytest.raises(ValueError):
        history.fetch_rows(store, HistoryFilter(), clock.now(), sort="note; DROP TABLE pauses")


def test_statistics_match_the_hand_computed_fixture(
    store: Store, seeded: dict[str, int], clock: FakeClock
) -> None:
    stats = history.statistics(store, week(clock), clock.now())
    # durations 10 min, 30 min, 80 min, 123 min, 26 h -> median 80 min
    assert stats.count == 5
    assert stats.median_seconds == 80 * 60
    assert stats.longest_seconds == 26 * 3600
    assert (stats.ended, stats.on_time) == (4, 2)  # p1 and p3
    assert stats.on_time_share == 0.5
    assert stats.announced == 3 and stats.announced_share == 3 / 5
    assert stats.long == 1
    before = history.statistics(store, HistoryFilter(T0 - 14 * D, T0 - 7 * D), clock.now())
    # an even count: the median is the mean of 20 and 40 minutes
    assert (before.count, before.median_seconds) == (2, 30 * 60)


def test_statistics_of_an_empty_history(store: Store, clock: FakeClock) -> None:
    stats = history.statistics(store, HistoryFilter(), clock.now())
    assert (stats.count, stats.median_seconds, stats.longest_seconds) == (0, None, None)
    assert stats.on_time_share is None and stats.announced_share is None
    assert history.chart_series(store, HistoryFilter(), clock.now(), clock).points == []


def test_chart_series_per_local_week(
    store: Store, seeded: dict[str, int], clock: FakeClock
) -> None:
    series = history.chart_series(store, week(clock), clock.now(), clock)
    assert series.size is BucketSize.WEEK
    starts = [p.start.astimezone(clock.local_zone()) for p in series.points]
    # The span starts Saturday 14 Nov: buckets are the weeks from Monday 9 and Monday 16 Nov.
    assert [(s.day, s.hour, s.weekday()) for s in starts] == [(9, 0, 0), (16, 0, 0)]
    first, second = series.points
    assert (first.count, first.median_seconds, first.long_count) == (1, 26 * 3600, 1)
    # p3 (123 min, Mon 16th), p2 (80), p1 (30), active (10): median (30 + 80) / 2 minutes
    assert (second.count, second.median_seconds, second.long_count) == (4, 55 * 60, 0)


def test_chart_uses_months_for_long_periods_and_keeps_empty_buckets(
    store: Store, seeded: dict[str, int], clock: FakeClock
) -> None:
    with store.transaction():
        store.save(ended(T0 - 500 * D, 30 * M, 30 * M))
    series = history.chart_series(store, HistoryFilter(), clock.now(), clock)
    assert series.size is BucketSize.MONTH
    assert sum(p.count for p in series.points) == 8
    assert series.points[0].count == 1 and series.points[1].count == 0
    assert all(p.start.astimezone(clock.local_zone()).day == 1 for p in series.points)


def test_csv_export_round_trips_through_the_csv_module(
    store: Store, seeded: dict[str, int], clock: FakeClock
) -> None:
    store.save_reflection(seeded["p1"], "before", "tired, and hungry", T0)
    text = history_export.export_csv(store, T0 - 7 * D, None, True, clock)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [int(r["id"]) for r in rows] == [seeded[n] for n in ("p4", "p3", "p2", "p1", "active")]
    p1 = rows[3]
    assert p1["note"] == 'first, "quoted"\nline'
    assert p1["reflections"] == "before: tired, and hungry"
    started = datetime.fromisoformat(p1["started_at"])
    assert started == T0 - 2 * D and started.utcoffset() == H
    assert rows[4]["ended_at"] == ""
    without = history_export.export_csv(store, None, None, False, clock)
    assert "reflections" not in without.splitlines()[0]
    assert "hungry" not in without


def test_json_export(store: Store, seeded: dict[str, int], clock: FakeClock) -> None:
    store.save_reflection(seeded["p5"], "need", "quiet", T0)
    document = json.loads(history_export.export_json(store, None, T0 - 7 * D, True, clock))
    assert [p["id"] for p in document["pauses"]] == [seeded["p6"], seeded["p5"]]
    assert document["pauses"][1]["reflections"] == {"need": "quiet"}
    assert document["until"] == (T0 - 7 * D).isoformat()
    plain = json.loads(history_export.export_json(store, None, None, False, clock))
    assert all("reflections" not in p for p in plain["pauses"])


def test_the_exports_say_when_the_reminder_was_first_seen(
    store: Store, seeded: dict[str, int], clock: FakeClock
) -> None:
    """p2 was agreed back after 60 minutes; its reminder waited (no one at the desk) and was
    seen 12 minutes later; the others were never seen (the first sighting is newer than them)."""
    seen = T0 - 3 * D + 72 * M
    assert nudge_seen.mark_seen(store.connection, seeded["p2"], seen)
    with store.transaction():  # a later write of the pause (a note) keeps the first sighting
        store.save(replace(store.get_pause(seeded["p2"]), note="we talked"))  # type: ignore[arg-type]
    rows = {
        int(row["id"]): row
        for row in csv.DictReader(
            io.StringIO(history_export.export_csv(store, None, None, False, clock))
        )
    }
    assert datetime.fromisoformat(rows[seeded["p2"]]["nudge_seen_at"]) == seen
    assert rows[seeded["p2"]]["nudge_seen_at"] == seen.astimezone(clock.local_zone()).isoformat()
    assert rows[seeded["p1"]]["nudge_seen_at"] == ""
    document = json.loads(history_export.export_json(store, None, None, False, clock))
    by_id = {pause["id"]: pause for pause in document["pauses"]}
    assert by_id[seeded["p2"]]["nudge_seen_at"] == rows[seeded["p2"]]["nudge_seen_at"]
    assert by_id[seeded["p2"]]["note"] == "we talked"
    assert by_id[seeded["p1"]]["nudge_seen_at"] is None


def test_save_export_is_private(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    history_export.save_export(target, "a,b\r\n")
    assert target.read_bytes() == b"a,b\r\n"
    assert target.stat().st_mode & 0o777 == 0o600


def test_update_note(store: Store, seeded: dict[str, int]) -> None:
    history.update_note(store, seeded["p2"], "we talked, it went well")
    pause = store.get_pause(seeded["p2"])
    assert pause is not None and pause.note == "we talked, it went well"
    with pytest.raises(InputError):
        history.update_note(store, 9999, "x")


def raw_bytes(store: Store) -> bytes:
    wal = store.path.with_name(store.path.name + "-wal")
    return store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_deleted_pause_leaves_no_trace_in_the_database_files(
    store: Store, seeded: dict[str, int]
) -> None:
    secret = "SECRET-NOTE-zebra-umbrella"
    answer = "SECRET-ANSWER-violet-harbour"
    history.update_note(store, seeded["p5"], secret)
    store.save_reflection(seeded["p5"], "felt", answer, T0)
    store.connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert secret.encode() in raw_bytes(store) and answer.encode() in raw_bytes(store)

    history.delete_pause(store, seeded["p5"])

    assert store.get_pause(seeded["p5"]) is None
    assert store.reflections(seeded["p5"]) == {}
    assert store.wait_scrubbed(5.0)
    data = raw_bytes(store)
    assert secret.encode() not in data and answer.encode() not in data
    with pytest.raises(InputError):
        history.delete_pause(store, seeded["p5"])


def test_a_running_pause_is_not_deleted(store: Store, seeded: dict[str, int]) -> None:
    with pytest.raises(StateError):
        history.delete_pause(store, seeded["active"])
    assert history.delete_all(store, T0) == 6
    remaining = store.history()
    assert [p.id for p in remaining] == [seeded["active"]]
    assert store.wait_scrubbed(5.0)
    assert b"quoted" not in raw_bytes(store)
