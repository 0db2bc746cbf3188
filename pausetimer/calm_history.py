"""The calm ratings of the filtered history, for the "time to calm" statistics.

SQLite picks the rows (the same filters as the list, the numbers and the chart); the medians
and the trend are computed in the core (:mod:`pausetimer.core.calm_stats`), which is tested
without a database.
"""

from __future__ import annotations

from datetime import datetime

from pausetimer.core.calm_stats import CalmSample
from pausetimer.core.history_model import HistoryFilter
from pausetimer.history import _filtered
from pausetimer.store import Store


def calm_samples(store: Store, flt: HistoryFilter, now: datetime) -> list[CalmSample]:
    sql, params = _filtered(flt, now)
    rows = store.connection.execute(
        f"SELECT started_at, calm_start, calm_end, duration FROM ({sql})"
        " WHERE ended_at IS NOT NULL AND possible"
        " AND (calm_start IS NOT NULL OR calm_end IS NOT NULL) ORDER BY started_at",
        params,
    ).fetchall()
    return [CalmSample(*row) for row in rows]
