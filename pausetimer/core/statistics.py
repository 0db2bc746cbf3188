"""The pure parts of the history statistics: which instants a period covers, how it is cut into
chart buckets, and how the trend against the previous period is judged.

The counting itself happens in SQL (``pausetimer.history``); this module only decides the edges
and the wording inputs, so it can be tested without a database.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

# A change smaller than this share of the previous value reads as "about the same".
_TREND_MARGIN = 0.2
# Above this many weeks a weekly chart has too many bars to read; months take over.
_MAX_WEEKLY_BUCKETS = 60


class Period(enum.Enum):
    WEEK = "7d"
    MONTH = "30d"
    YEAR = "365d"
    ALL = "all"

    @property
    def length(self) -> timedelta | None:
        return {
            Period.WEEK: timedelta(days=7),
            Period.MONTH: timedelta(days=30),
            Period.YEAR: timedelta(days=365),
            Period.ALL: None,
        }[self]


@dataclass(frozen=True)
class Span:
    """Pauses started in [since, until); None means no bound on that side (a current period has
    no end, so a pause started this very second is in it)."""

    since: datetime | None
    until: datetime | None


def period_span(period: Period, now: datetime) -> Span:
    length = period.length
    return Span(since=now - length if length is not None else None, until=None)


def previous_span(period: Period, now: datetime) -> Span | None:
    """The period of the same length just before the current one (None for "all time")."""
    length = period.length
    if length is None:
        return None
    return Span(since=now - 2 * length, until=now - length)


class Direction(enum.Enum):
    UP = "up"
    DOWN = "down"
    SAME = "same"
    UNKNOWN = "unknown"  # nothing to compare with


@dataclass(frozen=True)
class Trend:
    count: Direction
    median: Direction


def compare(current: float | None, previous: float | None) -> Direction:
    """Up, down or about the same (within the margin); unknown when either is missing."""
    if current is None or previous is None:
        return Direction.UNKNOWN
    if previous == 0:
        return Direction.SAME if current == 0 else Direction.UP
    change = (current - previous) / previous
    if abs(change) < _TREND_MARGIN:
        return Direction.SAME
    return Direction.UP if change > 0 else Direction.DOWN


def judge_trend(
    count: int,
    median_seconds: float | None,
    previous_count: int | None,
    previous_median_seconds: float | None,
) -> Trend:
    """Compare a period with the one before; ``previous_count`` None means there is no earlier
    period to compare with (e.g. "all time")."""
    if previous_count is None or count == previous_count == 0:
        return Trend(Direction.UNKNOWN, Direction.UNKNOWN)
    return Trend(
        count=compare(float(count), float(previous_count)),
        median=compare(median_seconds, previous_median_seconds),
    )


class BucketSize(enum.Enum):
    WEEK = "week"
    MONTH = "month"


def bucket_starts(
    first: datetime, until: datetime, zone: tzinfo | None
) -> tuple[BucketSize, list[datetime]]:
    """The UTC instants at which chart buckets begin, covering [first, until), plus one closing
    edge. Weeks start on Monday 00:00 local time (months on the 1st) so a bar is a week as the
    user lives it, DST included."""
    local_first = first.astimezone(zone)
    local_until = until.astimezone(zone)
    weeks = (local_until.date() - local_first.date()).days // 7 + 1
    if weeks <= _MAX_WEEKLY_BUCKETS:
        day = local_first.date() - timedelta(days=local_first.weekday())
        size, step = BucketSize.WEEK, _next_week
    else:
        day = local_first.date().replace(day=1)
        size, step = BucketSize.MONTH, _next_month
    edges = [_midnight(day, zone)]
    while edges[-1] < until:
        day = step(day)
        edges.append(_midnight(day, zone))
    return size, edges


def _next_week(day: date) -> date:
    return day + timedelta(days=7)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _midnight(day: date, zone: tzinfo | None) -> datetime:
    wall = datetime(day.year, day.month, day.day)
    local = wall.astimezone() if zone is None else wall.replace(tzinfo=zone)
    return local.astimezone(UTC)


@dataclass(frozen=True)
class AxisScale:
    """A value axis from 0 to ``top`` with a tick every ``step``; both round numbers."""

    step: float
    top: float


def nice_scale(highest: float, most_ticks: int = 5) -> AxisScale:
    """Whole, round ticks for values from 0 to ``highest``: steps of 1, 2 or 5 times a power of
    ten, at most ``most_ticks`` of them above zero (0/250/500/750/1000, never 0/266/533/800)."""
    if highest <= 1:
        return AxisScale(step=1, top=1)
    magnitude = 10 ** max(0, math.floor(math.log10(highest / most_ticks)))
    step = magnitude
    for factor in (1, 2, 5, 10):
        step = factor * magnitude
        if math.ceil(highest / step) <= most_ticks:
            break
    return AxisScale(step=step, top=step * math.ceil(highest / step))
