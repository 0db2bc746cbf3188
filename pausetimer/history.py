"""The pause history: lists, statistics and chart series computed in SQL, note editing and deletion
that leaves nothing behind in the database file (the export: :mod:`pausetimer.history_export`).

Qt-free, so the command line and the history window share it. Every list is paged and every number
is computed by SQLite, so the history opens as fast with 10,000 pauses as with ten.
"""

from __future__ import annotations

import json
from datetime import datetime

from pausetimer import store_together
from pausetimer.core.clock import Clock, utc_from_timestamp
from pausetimer.core.errors import InputError, StateError
from pausetimer.core.history_model import (
    ON_TIME_GRACE,
    ChartPoint,
    ChartSeries,
    HistoryFilter,
    HistoryRow,
    SortKey,
    Statistics,
)
from pausetimer.core.pause import LONG_PAUSE
from pausetimer.core.statistics import BucketSize, bucket_starts
from pausetimer.store import Store

# The plain types moved to the core (the window uses them without this module); they stay
# importable from here.
__all__ = [
    "ON_TIME_GRACE",
    "ChartPoint",
    "ChartSeries",
    "HistoryFilter",
    "HistoryRow",
    "SortKey",
    "Statistics",
]

# Bounds for an open end of a time range, in the stored seconds.
FAR_PAST = -(2**62)
FAR_FUTURE = 2**62

# -- queries ------------------------------------------------------------------------------------

_ROWS = """
    SELECT id, started_at, planned_return_at, return_at, ended_at,
           MAX(COALESCE(ended_at, :now) - started_at, 0) AS duration,
           (SELECT COUNT(*) FROM extensions e WHERE e.pause_id = p.id) AS extensions,
           announced,
           CASE WHEN ended_at IS NULL THEN NULL ELSE MAX(ended_at - return_at, 0) END AS late,
           COALESCE(ended_at, :now) - started_at > :long AS is_long,
           note,
           -- False for an end before the start (the clock was set back, and the pause stored
           -- before that was caught): statistics leave such a duration out.
           COALESCE(ended_at, :now) >= started_at AS possible,
           calm_start, calm_end, side
    FROM pauses p
    WHERE started_at >= :since AND started_at < :until
"""


def _filtered(flt: HistoryFilter, now: datetime) -> tuple[str, dict[str, int]]:
    sql = f"SELECT * FROM ({_ROWS}) WHERE 1"
    if flt.only_long:
        sql += " AND is_long"
    if flt.only_late:
        sql += " AND late > :grace"
    return sql, {
        "now": int(now.timestamp()),
        "long": int(LONG_PAUSE.total_seconds()),
        "grace": int(ON_TIME_GRACE.total_seconds()),
        "since": int(flt.since.timestamp()) if flt.since else FAR_PAST,
        "until": int(flt.until.timestamp()) if flt.until else FAR_FUTURE,
    }


def count_rows(store: Store, flt: HistoryFilter, now: datetime) -> int:
    sql, params = _filtered(flt, now)
    row = store.connection.execute(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()
    return int(row[0])


def fetch_rows(
    store: Store,
    flt: HistoryFilter,
    now: datetime,
    *,
    sort: str = SortKey.STARTED,
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[HistoryRow]:
    """One page of the filtered history, sorted (ties broken by id, the same way)."""
    if sort not in SortKey.ALL:
        raise ValueError(f"cannot sort by {sort!r}")
    order = "DESC" if descending else "ASC"
    sql, params = _filtered(flt, now)
    rows = store.connection.execute(
        f"{sql} ORDER BY {sort} {order}, id {order} LIMIT :limit OFFSET :offset",
        {**params, "limit": limit, "offset": offset},
    ).fetchall()
    return [
        HistoryRow(
            id=r[0],
            started_at=r[1],
            planned_return_at=r[2],
            return_at=r[3],
            ended_at=r[4],
            duration_seconds=r[5],
            extensions=r[6],
            announced=bool(r[7]),
            late_seconds=r[8],
            is_long=bool(r[9]),
            note=r[10],
            side=r[14],
        )
        for r in rows
    ]


def statistics(store: Store, flt: HistoryFilter, now: datetime) -> Statistics:
    sql, params = _filtered(flt, now)
    row = store.connection.execute(
        f"""
        WITH f AS ({sql}), d AS (SELECT duration FROM f WHERE possible)
        SELECT COUNT(*), (SELECT MAX(duration) FROM d),
               COUNT(ended_at),
               COALESCE(SUM(ended_at IS NOT NULL AND late <= :grace), 0),
               COALESCE(SUM(announced), 0),
               COALESCE(SUM(is_long), 0),
               (SELECT AVG(duration) FROM (
                    SELECT duration FROM d ORDER BY duration
                    LIMIT 2 - (SELECT COUNT(*) FROM d) % 2
                    OFFSET ((SELECT COUNT(*) FROM d) - 1) / 2))
        FROM f
        """,
        params,
    ).fetchone()
    count, longest, ended, on_time, announced, long, median = row
    return Statistics(
        count=count,
        median_seconds=float(median) if median is not None else None,
        longest_seconds=longest,
        ended=ended,
        on_time=on_time,
        announced=announced,
        long=long,
    )


def chart_series(store: Store, flt: HistoryFilter, now: datetime, clock: Clock) -> ChartSeries:
    """Pauses per bucket (week, or month for long periods): count, median duration, long ones.
    Empty buckets are included, so the chart shows quiet weeks too."""
    sql, params = _filtered(flt, now)
    first = flt.since
    if first is None:
        earliest = store.connection.execute(
            f"SELECT MIN(started_at) FROM ({sql})", params
        ).fetchone()[0]
        if earliest is None:
            return ChartSeries(BucketSize.WEEK, [])
        first = utc_from_timestamp(earliest)
    until = flt.until or now
    size, edges = bucket_starts(first, until, clock.local_zone())
    stamps = [int(edge.timestamp()) for edge in edges]
    found: dict[int, tuple[int, float | None, int]] = {}
    for index, count, median, long in store.connection.execute(
        f"""
        WITH edges AS (SELECT CAST(key AS INTEGER) AS i, value AS start FROM json_each(:edges)),
             buckets AS (SELECT i, start, LEAD(start) OVER (ORDER BY i) AS stop FROM edges),
             f AS (SELECT b.i AS i, duration, is_long, possible FROM buckets b
                   JOIN ({sql}) x ON x.started_at >= b.start AND x.started_at < b.stop),
             ranked AS (SELECT i, duration, is_long, possible,
                               ROW_NUMBER() OVER (PARTITION BY i, possible ORDER BY duration)
                                   AS rn,
                               COUNT(*) OVER (PARTITION BY i, possible) AS n FROM f)
        SELECT i, COUNT(*),
               AVG(CASE WHEN possible AND rn IN ((n + 1) / 2, (n + 2) / 2) THEN duration END),
               SUM(is_long)
        FROM ranked GROUP BY i
        """,
        {**params, "edges": json.dumps(stamps)},
    ):
        found[index] = (count, median, long)
    points = []
    for index, start in enumerate(edges[:-1]):
        count, median, long = found.get(index, (0, None, 0))
        points.append(ChartPoint(start, count, float(median) if median is not None else None, long))
    return ChartSeries(size, points)


# -- one pause ----------------------------------------------------------------------------------


def update_note(store: Store, pause_id: int, note: str) -> None:
    """Replace the note of a pause; the old text is overwritten in place, not kept."""
    with store.transaction():
        cursor = store.connection.execute(
            "UPDATE pauses SET note = ? WHERE id = ?", (note, pause_id)
        )
        if cursor.rowcount != 1:
            raise InputError("no_such_pause", f"There is no pause with id {pause_id}.", id=pause_id)
    store.request_scrub()


def delete_pause(store: Store, pause_id: int) -> None:
    """Delete one ended pause with its extensions and reflections, leaving no copy in the file:
    the ``-wal`` is scrubbed in the background (see :mod:`pausetimer.scrubber`), so a reader in
    another program never makes the caller wait; :meth:`Store.wait_scrubbed` tells when.

    A running pause cannot be deleted here: end it first, so the reminders stop with it."""
    with store.transaction():
        row = store.connection.execute(
            "SELECT ended_at FROM pauses WHERE id = ?", (pause_id,)
        ).fetchone()
        if row is None:
            raise InputError("no_such_pause", f"There is no pause with id {pause_id}.", id=pause_id)
        if row[0] is None:
            raise StateError(
                "pause_running",
                "This pause is still running; end it before deleting it.",
                id=pause_id,
            )
        store.connection.execute("DELETE FROM pauses WHERE id = ?", (pause_id,))
    store.request_scrub()


def delete_all(store: Store, now: datetime) -> int:
    """Delete every ended pause (a running one stays until it ends) and every moment together
    that has come by ``now`` (those still ahead are plans, not history); returns how many
    pauses went. One transaction: the history is wiped whole or not at all."""
    with store.transaction():
        cursor = store.connection.execute("DELETE FROM pauses WHERE ended_at IS NOT NULL")
        deleted = cursor.rowcount
        store_together.delete_until(store.connection, now)
    store.request_scrub()
    return deleted
