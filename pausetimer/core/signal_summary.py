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
    # The typical length of those pauses (None when no length is known: each ended before it
    # started, the clock having been set back). A running pause counts with its length so far,
    # as in the history's other numbers.
    median_seconds: int | None


@dataclass(frozen=True)
class SignalSummary:
    pauses_with_signals: int  # pauses in the period where anything was ticked
    counts: tuple[SignalCount, ...]  # most often first; ties in the card's order


def summarize(
    rows: Iterable[tuple[int, str, int | None]], order: Iterable[str] = ()
) -> SignalSummary:
    """``rows``: (pause id, signal key, the pause's length in seconds or None when it is not
    known), one per ticked signal.
    ``order``: the keys in the card's order, to break ties the way the card reads (unknown
    keys after them, by name)."""
    pauses_of: dict[str, int] = {}
    durations: dict[str, list[int]] = {}
    pauses: set[int] = set()
    for pause_id, key, seconds in rows:
        pauses_of[key] = pauses_of.get(key, 0) + 1
        lengths = durations.setdefault(key, [])
        if seconds is not None:
            lengths.append(max(seconds, 0))
        pauses.add(pause_id)
    rank = {key: index for index, key in enumerate(order)}
    counts = sorted(
        (
            SignalCount(key, count, round(median(durations[key])) if durations[key] else None)
            for key, count in pauses_of.items()
        ),
        key=lambda count: (-count.pauses, rank.get(count.key, len(rank)), count.key),
    )
    return SignalSummary(len(pauses), tuple(counts))
