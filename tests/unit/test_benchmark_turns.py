"""The benchmarks time the app and the minimal tray in turns, so that a machine that changes speed
during a run weighs on both alike."""

from __future__ import annotations

from benchmarks.common import alternating_times, median_ratio


def test_the_two_are_timed_in_turns() -> None:
    order: list[str] = []

    def timer(name: str, seconds: float):  # type: ignore[no-untyped-def]
        def once() -> float:
            order.append(name)
            return seconds

        return once

    first, second = alternating_times(3, timer("minimal", 1.0), timer("app", 1.5))
    assert order == ["minimal", "app"] * 3
    assert (first, second) == ([1.0] * 3, [1.5] * 3)


def test_the_ratio_is_the_median_of_the_runs_side_by_side() -> None:
    # A slow spell in the second run slowed both alike. The ratio of the two medians would pair
    # the app's third run with the minimal tray's first and say 1.36.
    minimal = [0.10, 0.30, 0.11]
    app = [0.13, 0.39, 0.15]
    assert round(median_ratio(app, minimal), 3) == 1.3
