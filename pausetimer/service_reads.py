"""The service's reads of the history: pages, numbers, the chart, the calm ratings, export.

Part of :class:`pausetimer.service.PauseService` (a base class of it, kept apart so each file
stays short); nothing here writes to the pause data. The history's SQL loads when first used.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pausetimer.core.clock import Clock
from pausetimer.core.pause import Pause

if TYPE_CHECKING:  # the history's types load with the history, not at start-up
    from pausetimer.core.calm_stats import CalmSample
    from pausetimer.core.history_model import ChartSeries, HistoryFilter, HistoryRow, Statistics
    from pausetimer.store import Store


class HistoryReads:
    _store: Store
    clock: Clock

    def history(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> list[Pause]:
        return self._store.history(since=since, until=until)

    def count_rows(self, flt: HistoryFilter, now: datetime) -> int:
        from pausetimer import history

        return history.count_rows(self._store, flt, now)

    def fetch_rows(
        self,
        flt: HistoryFilter,
        now: datetime,
        *,
        sort: str,
        descending: bool,
        offset: int,
        limit: int,
    ) -> list[HistoryRow]:
        from pausetimer import history

        return history.fetch_rows(
            self._store, flt, now, sort=sort, descending=descending, offset=offset, limit=limit
        )

    def statistics(self, flt: HistoryFilter) -> Statistics:
        from pausetimer import history

        return history.statistics(self._store, flt, self.clock.now())

    def chart_series(self, flt: HistoryFilter) -> ChartSeries:
        from pausetimer import history

        return history.chart_series(self._store, flt, self.clock.now(), self.clock)

    def calm_samples(self, flt: HistoryFilter) -> list[CalmSample]:
        """The ended, rated pauses of the filtered history (see core.calm_stats)."""
        from pausetimer.calm_history import calm_samples

        return calm_samples(self._store, flt, self.clock.now())

    def reflections_in(
        self, since: datetime | None, until: datetime | None
    ) -> dict[int, dict[str, str]]:
        from pausetimer import history_export

        return history_export.reflections_in(self._store, since, until)

    def export(
        self,
        path: Path,
        suffix: str,
        since: datetime | None,
        until: datetime | None,
        reflections: bool,
    ) -> Path | None:
        """Write the pauses started in [since, until) to ``path`` as ``"csv"`` or ``"json"``,
        atomically and private to the user. The JSON holds the moments together too; a CSV
        export writes them to a file of their own beside it, whose path it returns (None: no
        moments). Raises OSError when a file cannot be written."""
        from pausetimer import history_export as export

        writer = export.export_json if suffix == "json" else export.export_csv
        export.save_export(path, writer(self._store, since, until, reflections, self.clock))
        if suffix != "csv":
            return None
        beside = export.together_csv_path(path)
        moments = export.export_together_csv(self._store, self.clock)
        if moments is None:
            # An earlier export to this name left the moments of then beside it: a table with
            # no rows takes their place, so that moments deleted since do not live on there.
            if beside.exists():
                export.save_export(beside, export.no_moments_csv(self.clock))
            return None
        export.save_export(beside, moments)
        return beside
