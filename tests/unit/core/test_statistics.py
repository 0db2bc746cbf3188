"""Period edges, chart buckets across a DST change, and how trends are judged."""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from pausetimer.core.statistics import (
    AxisScale,
    BucketSize,
    Direction,
    Period,
    bucket_starts,
    judge_trend,
    nice_scale,
    period_span,
    previous_span,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 21, 14, 0, tzinfo=AMSTERDAM)


def test_period_and_the_one_before_have_the_same_length() -> None:
    span = period_span(Period.MONTH, NOW)
    before = previous_span(Period.MONTH, NOW)
    assert span.until is None and span.since == NOW - timedelta(days=30)
    assert before is not None and before.until == span.since
    assert before.since == NOW - timedelta(days=60)
    assert period_span(Period.ALL, NOW).since is None
    assert previous_span(Period.ALL, NOW) is None


def test_weekly_buckets_start_on_local_monday_midnight_across_dst() -> None:
    # Summer time ends on Sunday 25 October 2026 in Amsterdam: that week lasts 169 hours.
    first = datetime(2026, 10, 21, 9, 0, tzinfo=AMSTERDAM)
    until = datetime(2026, 10, 28, 9, 0, tzinfo=AMSTERDAM)
    size, edges = bucket_starts(first, until, AMSTERDAM)
    assert size is BucketSize.WEEK
    local = [edge.astimezone(AMSTERDAM) for edge in edges]
    assert [(e.month, e.day, e.hour) for e in local] == [(10, 19, 0), (10, 26, 0), (11, 2, 0)]
    assert edges[1] - edges[0] == timedelta(days=7, hours=1)


def test_long_spans_use_months() -> None:
    size, edges = bucket_starts(NOW - timedelta(days=500), NOW, AMSTERDAM)
    assert size is BucketSize.MONTH
    local = [edge.astimezone(AMSTERDAM) for edge in edges]
    assert all(e.day == 1 and e.hour == 0 for e in local)
    assert (local[0].year, local[0].month) == (2025, 7)
    assert (local[-1].year, local[-1].month) == (2026, 12)


def test_trend_directions_with_a_margin_for_small_changes() -> None:
    assert judge_trend(5, 4800, 2, 1800).count is Direction.UP
    assert judge_trend(2, 1800, 5, 4800).median is Direction.DOWN
    same = judge_trend(10, 1000, 9, 1100)
    assert (same.count, same.median) == (Direction.SAME, Direction.SAME)
    assert judge_trend(3, 600, 0, None).count is Direction.UP
    assert judge_trend(3, 600, 0, None).median is Direction.UNKNOWN
    nothing = judge_trend(0, None, 0, None)
    assert (nothing.count, nothing.median) == (Direction.UNKNOWN, Direction.UNKNOWN)
    unknown = judge_trend(3, 600, None, None)
    assert (unknown.count, unknown.median) == (Direction.UNKNOWN, Direction.UNKNOWN)


def test_axis_ticks_are_whole_and_round() -> None:
    # The median axis read 0/266/533/800/1067 for a highest value of 970 minutes.
    assert nice_scale(970) == AxisScale(step=200, top=1000)
    assert nice_scale(80) == AxisScale(step=20, top=80)
    assert nice_scale(17.8) == AxisScale(step=5, top=20)
    assert nice_scale(3) == AxisScale(step=1, top=3)
    assert nice_scale(0.4) == AxisScale(step=1, top=1)
    for highest in (1.5, 7, 13, 42, 99, 101, 333, 4884, 12345):
        scale = nice_scale(highest)
        leading = scale.step / 10 ** math.floor(math.log10(scale.step))
        assert leading in (1, 2, 5), (highest, scale)
        assert scale.top >= highest and scale.top % scale.step == 0
        assert scale.top / scale.step <= 5
