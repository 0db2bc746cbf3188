"""The history window: every pause, filters, statistics for the period, a chart, export, delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind
from pausetimer.core.history_model import HistoryFilter
from pausetimer.core.statistics import (
    Period,
    Span,
    judge_trend,
    period_span,
    previous_span,
)
from pausetimer.ui.history.calm_summary import calm_words, load_calm
from pausetimer.ui.history.chart import HistoryChart
from pausetimer.ui.history.details import PauseDetails
from pausetimer.ui.history.model import HistoryTableModel, history_table
from pausetimer.ui.history.signals_panel import SignalsSummaryPanel, card_for
from pausetimer.ui.history.stats_panel import StatisticsPanel
from pausetimer.ui.history.window_actions import HistoryActions
from pausetimer.ui.screen_fit import available_area, keep_on_screen, scrolling

# Below this many (Qt) pixels of screen height the chart starts folded away.
LOW_SCREEN = 600


class HistoryWindow(HistoryActions):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._service = ctx.service
        self._presented = False
        self.setWindowTitle(QCoreApplication.translate("History", "Pause history"))
        keep_on_screen(self, QSize(1180, 760))

        self.period = QComboBox()
        self.period.setAccessibleName(QCoreApplication.translate("History", "Period"))
        for period, label in (
            (Period.WEEK, QCoreApplication.translate("History", "Last 7 days")),
            (Period.MONTH, QCoreApplication.translate("History", "Last 30 days")),
            (Period.YEAR, QCoreApplication.translate("History", "Last year")),
            (Period.ALL, QCoreApplication.translate("History", "All")),
        ):
            self.period.addItem(label, period)
        self.period.setCurrentIndex(1)
        period_label = QLabel(QCoreApplication.translate("History", "&Period:"))
        period_label.setBuddy(self.period)
        self.only_long = QCheckBox(QCoreApplication.translate("History", "Only past a &day"))
        self.only_late = QCheckBox(QCoreApplication.translate("History", "Only &late"))
        self.export_button = QPushButton(QCoreApplication.translate("History", "&Export…"))
        self.summary_button = QPushButton(QCoreApplication.translate("History", "S&ummary as PDF…"))
        self.delete_all_button = QPushButton(QCoreApplication.translate("History", "Delete a&ll…"))
        self.export_result = QLabel()
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_result.hide()

        self.stats = StatisticsPanel()
        self.chart = HistoryChart(ctx.clock)
        self.signals = SignalsSummaryPanel(card_for(ctx.settings.get()))
        self.model = HistoryTableModel(ctx.service, ctx.clock, self)
        self.table = history_table(self.model)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        self.details = PauseDetails(ctx.clock)
        self._lay_out(period_label)
        self._connect()
        self._reload_table()
        # The chart and the numbers follow right after the first paint, so the window opens fast.
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self._reload_summary)
        self._pending.start()

    def _lay_out(self, period_label: QLabel) -> None:
        top = QHBoxLayout()
        for widget in (period_label, self.period, self.only_long, self.only_late):
            top.addWidget(widget)
        top.addStretch(1)
        # The actions on the whole list sit under it: beside the filters they made the window
        # wider than a small screen (in Dutch 761 pixels against 640 at 200 % on 1280x800).
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.summary_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.delete_all_button)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.list_stack)
        self._details_area = scrolling(self.details)  # its note and reflections may be long
        self._details_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As wide as its buttons and a scroll bar need: it scrolls up and down only.
        self._details_area.setMinimumWidth(
            self.details.minimumSizeHint().width()
            + self._details_area.verticalScrollBar().sizeHint().width()
        )
        lower.addWidget(self._details_area)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        lower.setSizes([840, 300])
        # The chart and what comes before the pauses, side by side.
        self._overview = QSplitter(Qt.Orientation.Horizontal)
        self._overview.addWidget(self.chart)
        self._overview.addWidget(self.signals)
        self._overview.setSizes([760, 380])
        upper = QSplitter(Qt.Orientation.Vertical)
        upper.addWidget(self._overview)
        upper.addWidget(lower)
        upper.setStretchFactor(1, 2)
        self.splitter = upper
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.export_result)
        layout.addWidget(self.stats)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        # Without an explicit minimum Qt takes the wrapped lines' height at the narrowest width
        # with everything else at its preferred height (422 pixels): more than a small screen
        # has. The splitters give way instead.
        self.setMinimumHeight(layout.totalMinimumSize().height())
        self.setTabOrder(self.period, self.only_long)
        self.setTabOrder(self.only_long, self.only_late)
        self.setTabOrder(self.only_late, self.signals.table)
        self.setTabOrder(self.signals.table, self.table)
        self.setTabOrder(self.table, self.details.note)
        self.setTabOrder(self.details.delete, self.summary_button)
        self.setTabOrder(self.summary_button, self.export_button)
        self.setTabOrder(self.export_button, self.delete_all_button)

    def _connect(self) -> None:
        self.period.currentIndexChanged.connect(self._filters_changed)
        self.only_long.toggled.connect(self._filters_changed)
        self.only_late.toggled.connect(self._filters_changed)
        self.export_button.clicked.connect(self.export)
        self.summary_button.clicked.connect(self.summary_pdf)
        self.delete_all_button.clicked.connect(self.delete_all)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.details.noteSaved.connect(self.save_note)
        self.details.deleteRequested.connect(self.delete_pause)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        # A pause that starts or ends while the window is open shows up at once. A bound method,
        # not a lambda: Qt drops it with the window (a lambda would outlive a deleted window).
        self._ctx.events.changed.connect(self._changed)

    # -- public --------------------------------------------------------------------------------

    def present(self) -> None:
        self.show()
        if not self._presented:
            self._presented = True
            self.make_room_for_the_list(available_area(self).height())
        self.raise_()
        self.activateWindow()

    def make_room_for_the_list(self, screen_height: int) -> None:
        """On a low screen (at 200 % on 1280x800: 400 pixels) the chart starts folded away
        under the numbers, so the list shows more than a row; its handle unfolds it."""
        if screen_height < LOW_SCREEN:
            self.splitter.setSizes([0, 1])

    def set_period(self, period: Period) -> None:
        self.period.setCurrentIndex(self.period.findData(period))

    def reload(self) -> None:
        self._reload_table()
        self._reload_summary()

    # -- loading -------------------------------------------------------------------------------

    def _filters_changed(self, _value: object) -> None:
        self.reload()

    def _changed(self, change: Change) -> None:
        if ChangeKind.HISTORY in change:
            self.reload()
        elif ChangeKind.SIGNALS in change:
            self._reload_summary()
            if change.pause_id == self.details.pause_id:
                self._show_details(change.pause_id)
        elif ChangeKind.REFLECTION in change and change.pause_id == self.details.pause_id:
            self._show_details(change.pause_id)

    def _filter(self, span: Span | None = None) -> HistoryFilter:
        """The ticked filters over ``span``, by default the chosen period."""
        return HistoryFilter.of_span(
            span or period_span(self.selected_period, self._ctx.clock.now()),
            only_long=self.only_long.isChecked(),
            only_late=self.only_late.isChecked(),
        )

    def _reload_table(self) -> None:
        selected = self.details.pause_id
        self.model.set_filter(self._filter())
        empty = self.model.total == 0
        self.list_stack.setCurrentWidget(self.empty if empty else self.table)
        self.details.setVisible(not empty)
        self._details_area.setVisible(not empty)
        if empty:
            self.empty.setText(self._empty_text())
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.table.selectRow(row)
        else:
            self.details.show_pause(None, {})
        self.export_button.setEnabled(not empty)
        self.summary_button.setEnabled(not empty)

    def _empty_text(self) -> str:
        if self.only_long.isChecked() or self.only_late.isChecked():
            return QCoreApplication.translate(
                "History", "No pauses match these filters in this period."
            )
        return QCoreApplication.translate(
            "History",
            "No pauses in this period yet.\nWhen you take an agreed pause, it shows up here.",
        )

    def _reload_summary(self) -> None:
        now = self._ctx.clock.now()
        period = self.selected_period
        # The numbers and the trend follow the same filters as the table and the chart: with
        # "Only past a day" ticked, "Pauses" counts the long ones.
        stats = self._service.statistics(self._filter())
        before = previous_span(period, now)
        earlier = self._service.statistics(self._filter(before)) if before is not None else None
        trend = judge_trend(
            stats.count,
            stats.median_seconds,
            earlier.count if earlier else None,
            earlier.median_seconds if earlier else None,
        )
        self.stats.show_statistics(stats, trend)
        calm = load_calm(self._service, self._filter(), self._filter(before) if before else None)
        self.stats.show_calm(
            calm_words(calm, period, before, self._ctx.clock) if stats.count else ""
        )
        # An empty chart says nothing the empty list does not say better.
        self.chart.setVisible(stats.count > 0)
        series = self._service.chart_series(self._filter())
        self.chart.show_series(series, calm.per_bucket(series))
        self._overview.setVisible(stats.count > 0)
        self.signals.show_summary(self._service.signal_summary(self._filter(), self.signals.order))

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        if not rows:
            self.details.show_pause(None, {})
            return
        self._show_details(self.model.pause_id(min(rows)))

    def _show_details(self, pause_id: int | None) -> None:
        if pause_id is None:
            self.details.show_pause(None, {})
            return
        self.details.show_pause(
            self._service.get_pause(pause_id), self._service.reflections(pause_id)
        )
        self.details.show_signals(self.signals.describe(self._service.pause_signals(pause_id)))
