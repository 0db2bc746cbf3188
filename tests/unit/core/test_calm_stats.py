"""Time to calm on fixtures with known answers."""

from __future__ import annotations

from pausetimer.core.calm_stats import (
    CalmFigures,
    CalmSample,
    calm_figures,
    judge_calm_trend,
    time_to_calm_per_bucket,
)
from pausetimer.core.statistics import Direction

MIN = 60

# start, calm_start, calm_end, length in minutes
FIXTURE = [
    CalmSample(1_000, 8, 2, 40 * MIN),  # drop 6, calmed after 40 min
    CalmSample(2_000, 9, 3, 60 * MIN),  # drop 6, calmed (3 counts) after 60 min
    CalmSample(3_000, 7, 5, 30 * MIN),  # drop 2, not calm yet
    CalmSample(4_000, 6, None, 20 * MIN),  # only the start rated: no drop, no time
    CalmSample(5_000, None, 1, 90 * MIN),  # only the end rated: calmed after 90 min
    CalmSample(6_000, 4, 6, 25 * MIN),  # drop -2: more flooded afterwards
]


def test_median_drop_and_median_time_to_calm() -> None:
    figures = calm_figures(FIXTURE)
    # drops 6, 6, 2, -2 -> median (2 + 6) / 2 = 4; times 40, 60, 90 -> 60 minutes
    assert figures == CalmFigures(
        rated_both=4, median_drop=4.0, calmed=3, median_seconds_to_calm=60 * MIN
    )


def test_odd_count_and_nothing_rated() -> None:
    assert calm_figures(FIXTURE[:3]).median_drop == 6.0
    assert calm_figures(FIXTURE[:3]).median_seconds_to_calm == 50 * MIN
    assert calm_figures([]) == CalmFigures(0, None, 0, None)
    assert calm_figures([FIXTURE[2]]).calmed == 0


def test_per_bucket_medians() -> None:
    edges = [0, 2_500, 5_500, 9_000]
    # bucket 0: 40 and 60 min -> 50; bucket 1: 90 min (3_000 not calm, 4_000 no end); bucket 2:
    # 6_000 not calm -> None
    assert time_to_calm_per_bucket(FIXTURE, edges) == [50 * MIN, 90 * MIN, None]
    assert time_to_calm_per_bucket(FIXTURE, [0]) == []


def test_the_trend_reads_faster_when_calm_comes_sooner() -> None:
    before = CalmFigures(4, 2.0, 4, 60 * MIN)
    faster = CalmFigures(4, 5.0, 4, 30 * MIN)
    trend = judge_calm_trend(faster, before)
    assert (trend.speed, trend.drop) == (Direction.DOWN, Direction.UP)
    same = judge_calm_trend(CalmFigures(4, 2.2, 4, 55 * MIN), before)
    assert (same.speed, same.drop) == (Direction.SAME, Direction.SAME)
    assert judge_calm_trend(faster, None).speed is Direction.UNKNOWN
    assert judge_calm_trend(faster, CalmFigures(0, None, 0, None)).speed is Direction.UNKNOWN
