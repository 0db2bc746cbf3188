""" "What comes before my pauses": how often each early signal and trigger was ticked in a period,
and how long those pauses lasted. Plain arithmetic over (keys, duration) pairs; the history
queries supply the pairs, the history window shows the result."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from statistics import median


@dataclass(frozen=True)
class SignalCount:
    key: str
    pauses: int  # how many pauses in the period had this signal ticked
    median_seconds: int  # the typical length of those pauses


@dataclass(frozen=True)
class SignalSummary:
    pauses_with_signals: int  # pauses in the period where anything was ticked
    counts: tuple[SignalCount, ...]  # most often first; ties in the card's order


def summarize(rows: Iterable[tuple[int, str, int]], order: Iterable[str] = ()) -> SignalSummary:
    """``rows``: (pause id, signal key, the pause's length in seconds), one per ticked signal.
    ``order``: the keys in the card's order, to break ties the way the card reads (unknown
    keys after them, by name)."""
    durations: dict[str, list[int]] = {}
    pauses: set[int] = set()
    for pause_id, key, seconds in rows:
        durations.setdefault(key, []).append(max(seconds, 0))
        pauses.add(pause_id)
    rank = {key: index for index, key in enumerate(order)}
    counts = sorted(
        (
            SignalCount(key, len(lengths), round(median(lengths)))
            for key, lengths in durations.items()
        ),
        key=lambda count: (-count.pauses, rank.get(count.key, len(rank)), count.key),
    )
    return SignalSummary(len(pauses), tuple(counts))
