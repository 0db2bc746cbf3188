"""What the history shows, as plain data: which pauses a list holds, one row of it, the columns
it sorts by, the numbers for a period and the chart series.

``pausetimer.history`` fills these with SQL; the history window shows them. They live here, in the
core, so the window can use them without importing the database layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

from pausetimer.core.statistics import BucketSize, Span

# Coming back a few minutes after the agreed time still counts as keeping the promise.
ON_TIME_GRACE = timedelta(minutes=5)


@dataclass(frozen=True)
class HistoryFilter:
    """Which pauses a list shows: started in [since, until), optionally only long or only late."""

    since: datetime | None = None
    until: datetime | None = None
    only_long: bool = False
    only_late: bool = False

    @classmethod
    def of_span(
        cls, span: Span, *, only_long: bool = False, only_late: bool = False
    ) -> HistoryFilter:
        return cls(span.since, span.until, only_long, only_late)


class HistoryRow(NamedTuple):
    """One line of the history table, everything computed by SQLite."""

    id: int
    started_at: int  # unix seconds, UTC
    planned_return_at: int
    return_at: int
    ended_at: int | None
    duration_seconds: int
    extensions: int
    announced: bool
    late_seconds: int | None  # None while the pause runs; 0 when back on time
    is_long: bool
    note: str
    side: str = "pausing"  # "pausing" or "waiting" (see core.pause.Side)


class SortKey:
    """Columns the table can sort by (SQL expressions over the filtered rows)."""

    STARTED = "started_at"
    PLANNED = "planned_return_at"
    RETURN = "return_at"
    ENDED = "ended_at"
    DURATION = "duration"
    EXTENSIONS = "extensions"
    ANNOUNCED = "announced"
    LATE = "late"
    LONG = "is_long"
    NOTE = "note"
    ALL = frozenset(
        {STARTED, PLANNED, RETURN, ENDED, DURATION, EXTENSIONS, ANNOUNCED, LATE, LONG, NOTE}
    )


@dataclass(frozen=True)
class Statistics:
    count: int
    median_seconds: float | None
    longest_seconds: int | None
    ended: int  # pauses that have ended (only these can be on time or late)
    on_time: int
    announced: int
    long: int

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.ended if self.ended else None

    @property
    def announced_share(self) -> float | None:
        return self.announced / self.count if self.count else None


@dataclass(frozen=True)
class ChartPoint:
    start: datetime  # UTC instant the bucket begins (local Monday or 1st of the month, 00:00)
    count: int
    median_seconds: float | None
    long_count: int


@dataclass(frozen=True)
class ChartSeries:
    size: BucketSize
    points: list[ChartPoint]
