"""The history table: rows fetched from SQLite a page at a time, sorted and filtered by SQL."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from pausetimer.core.clock import Clock
from pausetimer.core.history_model import ON_TIME_GRACE, HistoryFilter, HistoryRow, SortKey
from pausetimer.service import PauseService
from pausetimer.ui.history.formatting import (
    date_text,
    duration_text,
    local,
    moment_text,
    time_text,
)

PAGE_SIZE = 200
PAUSE_ID_ROLE = Qt.ItemDataRole.UserRole

# (header, SQL sort key); the order is the column order.
_COLUMNS: tuple[tuple[object, str], ...] = (
    (QT_TRANSLATE_NOOP("History", "Date"), SortKey.STARTED),
    (QT_TRANSLATE_NOOP("History", "Start"), SortKey.STARTED),
    (QT_TRANSLATE_NOOP("History", "Agreed return"), SortKey.RETURN),
    (QT_TRANSLATE_NOOP("History", "Returned"), SortKey.ENDED),
    (QT_TRANSLATE_NOOP("History", "Duration"), SortKey.DURATION),
    (QT_TRANSLATE_NOOP("History", "Extensions"), SortKey.EXTENSIONS),
    (QT_TRANSLATE_NOOP("History", "Announced"), SortKey.ANNOUNCED),
    (QT_TRANSLATE_NOOP("History", "On time"), SortKey.LATE),
    (QT_TRANSLATE_NOOP("History", "Past a day"), SortKey.LONG),
)
_Index = QModelIndex | QPersistentModelIndex


class HistoryTableModel(QAbstractTableModel):
    def __init__(self, service: PauseService, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._clock = clock
        self._filter = HistoryFilter()
        self._sort = SortKey.STARTED
        self._descending = True
        self._now = clock.now()
        self._rows: list[HistoryRow] = []
        self._total = 0

    # -- what to show -------------------------------------------------------------------------

    def set_filter(self, flt: HistoryFilter) -> None:
        self._filter = flt
        self.refresh()

    @property
    def total(self) -> int:
        """How many pauses match, fetched or not."""
        return self._total

    def refresh(self) -> None:
        """Re-read from the database (after a filter change, a delete, a pause that ended)."""
        self.beginResetModel()
        self._now = self._clock.now()
        self._total = self._service.count_rows(self._filter, self._now)
        self._rows = self._page(0)
        self.endResetModel()

    def pause_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, pause_id: int) -> int | None:
        for number, item in enumerate(self._rows):
            if item.id == pause_id:
                return number
        return None

    def _page(self, offset: int) -> list[HistoryRow]:
        return self._service.fetch_rows(
            self._filter,
            self._now,
            sort=self._sort,
            descending=self._descending,
            offset=offset,
            limit=PAGE_SIZE,
        )

    # -- Qt model -------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid():
            return
        page = self._page(len(self._rows))
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = _COLUMNS[column][1]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("History", str(_COLUMNS[section][0]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == PAUSE_ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 6 and item.side == "waiting":
            return QCoreApplication.translate("History", "Your partner's pause: you waited.")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 8 and item.is_long:
            return QCoreApplication.translate("History", "This pause lasted more than a day.")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, item: HistoryRow, column: int) -> str:
        started: datetime = local(item.started_at, self._clock)
        if column == 0:
            return date_text(started)
        if column == 1:
            return time_text(started)
        if column == 2:
            return moment_text(item.return_at, self._clock, same_day_as=item.started_at)
        if column == 3:
            if item.ended_at is None:
                return QCoreApplication.translate("History", "still running")
            return moment_text(item.ended_at, self._clock, same_day_as=item.started_at)
        if column == 4:
            return duration_text(item.duration_seconds)
        if column == 5:
            return str(item.extensions) if item.extensions else ""
        if column == 6:
            if item.side == "waiting":  # the partner's pause: there was nothing to announce
                return QCoreApplication.translate("History", "you waited")
            return (
                QCoreApplication.translate("History", "yes")
                if item.announced
                else QCoreApplication.translate("History", "no")
            )
        if column == 7:
            return self._return_text(item)
        return QCoreApplication.translate("History", "past a day") if item.is_long else ""

    @staticmethod
    def _return_text(item: HistoryRow) -> str:
        if item.late_seconds is None:
            return ""
        if item.late_seconds <= ON_TIME_GRACE.total_seconds():
            return QCoreApplication.translate("History", "on time")
        return QCoreApplication.translate("History", "late by %1").replace(
            "%1", duration_text(item.late_seconds)
        )


def history_table(model: HistoryTableModel) -> QTableView:
    """The table of pauses: whole rows selected one at a time, sorted by the model's SQL."""
    table = QTableView()
    table.setAccessibleName(QCoreApplication.translate("History", "Pauses"))
    table.setModel(model)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    # Sized from the first rows only: measuring every fetched row slows the first paint.
    header.setResizeContentsPrecision(25)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # No stretched last column: a stretched section ignores its contents and, in a narrow window,
    # clipped its header ("Langer dan een dag"). The table scrolls sideways instead.
    header.setStretchLastSection(False)
    return table
