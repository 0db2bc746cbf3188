"""The history's "What comes before my pauses": the ticked signals of the filtered pauses with
each pause's length, summed up by :func:`pausetimer.core.signal_summary.summarize`."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from pausetimer.core.history_model import HistoryFilter
from pausetimer.core.signal_summary import SignalSummary, summarize
from pausetimer.history import _filtered
from pausetimer.store import Store


def signal_summary(
    store: Store, flt: HistoryFilter, now: datetime, order: Iterable[str] = ()
) -> SignalSummary:
    """Counts per signal over the pauses the history lists for ``flt`` (the same filters, so
    the numbers agree with the list)."""
    sql, params = _filtered(flt, now)
    rows = store.connection.execute(
        "SELECT s.pause_id, s.signal, CASE WHEN f.possible THEN f.duration END"
        f" FROM pause_signals s JOIN ({sql}) f"
        " ON f.id = s.pause_id",
        params,
    ).fetchall()
    return summarize(rows, order)
