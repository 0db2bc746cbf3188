"""Time to calm: whether the pauses calm the user, from the calm ratings (see core.calm).

Plain definitions, the ones the history says in words:

- the **drop** of a pause is its rating at the start minus its rating before going back (both
  rated; positive means calmer);
- a pause **calmed** the user when the rating before going back is 3 or lower; its **time to
  calm** is then its length, from the start to the return (the rating comes at the return, so
  this is the time by which the user was calm again, an upper bound).

Only ended pauses count, and only lengths that are possible (not ended before their start after
the clock was set back). Medians, not means: one pause of a day should not swamp ten of an hour.
"""

from __future__ import annotations

import bisect
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pausetimer.core.calm import CALM_AGAIN
from pausetimer.core.statistics import Direction, compare


@dataclass(frozen=True)
class CalmSample:
    """One ended pause with at least one rating."""

    started_at: int  # unix seconds, UTC
    calm_start: int | None
    calm_end: int | None
    duration_seconds: int


@dataclass(frozen=True)
class CalmFigures:
    rated_both: int  # pauses with a rating at the start and before going back
    median_drop: float | None  # None: no pause rated twice
    calmed: int  # pauses rated CALM_AGAIN or lower before going back
    median_seconds_to_calm: float | None  # None: no pause calmed


def _median(values: Sequence[float]) -> float | None:
    return float(statistics.median(values)) if values else None


def calm_figures(samples: Iterable[CalmSample]) -> CalmFigures:
    drops: list[float] = []
    times: list[float] = []
    for sample in samples:
        if sample.calm_start is not None and sample.calm_end is not None:
            drops.append(sample.calm_start - sample.calm_end)
        if sample.calm_end is not None and sample.calm_end <= CALM_AGAIN:
            times.append(sample.duration_seconds)
    return CalmFigures(len(drops), _median(drops), len(times), _median(times))


def time_to_calm_per_bucket(
    samples: Iterable[CalmSample], edges: Sequence[int]
) -> list[float | None]:
    """The median time to calm, in seconds, of the pauses started in each bucket
    [edges[i], edges[i + 1]); None where no pause in it calmed. ``edges`` are unix seconds."""
    found: list[list[float]] = [[] for _ in range(max(len(edges) - 1, 0))]
    for sample in samples:
        if sample.calm_end is None or sample.calm_end > CALM_AGAIN:
            continue
        index = bisect.bisect_right(edges, sample.started_at) - 1  # 10,000 pauses, 300 months
        if 0 <= index < len(found):
            found[index].append(sample.duration_seconds)
    return [_median(values) for values in found]


@dataclass(frozen=True)
class CalmTrend:
    """``speed``: the median time to calm against the period before (DOWN: faster, so better);
    ``drop``: the median drop against the period before (UP: the pauses calm more)."""

    speed: Direction
    drop: Direction


def judge_calm_trend(current: CalmFigures, previous: CalmFigures | None) -> CalmTrend:
    if previous is None:
        return CalmTrend(Direction.UNKNOWN, Direction.UNKNOWN)
    return CalmTrend(
        speed=compare(current.median_seconds_to_calm, previous.median_seconds_to_calm),
        drop=compare(current.median_drop, previous.median_drop),
    )
