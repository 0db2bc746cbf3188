"""Pauses over time: per week (or month) how many, how many ran past a day, the median length."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QMargins, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from pausetimer.core.clock import Clock, to_local
from pausetimer.core.history_model import ChartSeries
from pausetimer.core.statistics import BucketSize, nice_scale
from pausetimer.ui.history.formatting import date_text

_CALM = QColor("#5b8db8")
_LONG = QColor("#d08a3c")
# The median line: a dark green on a light background, a light one on a dark background.
_MEDIAN_ON_LIGHT = QColor("#3f6b4f")
_MEDIAN_ON_DARK = QColor("#8fd0a4")
# The time-to-calm line: a purple that stays apart from the bars and the green median.
_CALM_LINE_ON_LIGHT = QColor("#7a4e9c")
_CALM_LINE_ON_DARK = QColor("#c9a6e6")
# Above this many minutes the median axis counts hours (17 h reads better than 1,067 min).
_HOURS_FROM_MINUTES = 180


class HistoryChart(QChartView):
    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Small enough for a 400-pixel-high screen beside the numbers and the list.
        self.setMinimumHeight(120)
        self.setAccessibleName(QCoreApplication.translate("History", "Pauses over time"))
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        self._median: QLineSeries | None = None
        self._calm: QLineSeries | None = None
        self._bar_sets: list[QBarSet] = []
        self._follow_palette()
        # Kept for tests and for the accessible description.
        self.categories: list[str] = []
        self.short_counts: list[int] = []
        self.long_counts: list[int] = []
        self.median_minutes: list[float | None] = []
        self.calm_minutes: list[float | None] = []

    def sizeHint(self) -> QSize:
        # A modest wish: the view's own hint took most of the window's height and left two rows
        # of the list; the splitter gives the chart more when there is room.
        return QSize(640, 260)

    def show_series(
        self, series: ChartSeries, calm_seconds: list[float | None] | None = None
    ) -> None:
        """``calm_seconds``: the median time to calm per bucket (a second line, same axis)."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._median = self._calm = None  # deleted with the series
        self._bar_sets = []
        self.categories = [self._label(point.start, series.size) for point in series.points]
        self.short_counts = [p.count - p.long_count for p in series.points]
        self.long_counts = [p.long_count for p in series.points]
        self.median_minutes = [
            p.median_seconds / 60 if p.median_seconds is not None else None for p in series.points
        ]
        self.calm_minutes = [
            value / 60 if value is not None else None for value in calm_seconds or []
        ]
        chart.setTitle(
            QCoreApplication.translate("History", "Pauses per week")
            if series.size is BucketSize.WEEK
            else QCoreApplication.translate("History", "Pauses per month")
        )
        if not series.points:
            return
        short = QBarSet(QCoreApplication.translate("History", "Within a day"))
        short.setColor(_CALM)
        short.append([float(value) for value in self.short_counts])
        long = QBarSet(QCoreApplication.translate("History", "Past a day"))
        long.setColor(_LONG)
        long.append([float(value) for value in self.long_counts])
        bars = QStackedBarSeries()
        bars.append(short)
        bars.append(long)
        chart.addSeries(bars)
        self._bar_sets = [short, long]

        categories = QBarCategoryAxis()
        categories.append(self.categories)
        if len(self.categories) > 16:
            # Too many bars to label each: name the range instead of overlapping labels.
            categories.setLabelsVisible(False)
            categories.setTitleText(f"{self.categories[0]} \u2013 {self.categories[-1]}")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(categories)

        counts = _value_axis(max(p.count for p in series.points))
        counts.setTitleText(QCoreApplication.translate("History", "Pauses"))
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(counts)

        self._add_median_line(categories)
        self._follow_palette()

    def _add_median_line(self, categories: QBarCategoryAxis) -> None:
        """The median length per bucket, on its own axis in minutes (buckets without pauses have
        no point)."""
        chart = self.chart()
        present = [value for value in self.median_minutes if value is not None]
        if not present:
            return
        present += [value for value in self.calm_minutes if value is not None]
        in_hours = max(present) > _HOURS_FROM_MINUTES
        unit = 60.0 if in_hours else 1.0
        median = QLineSeries()
        median.setName(
            QCoreApplication.translate("History", "Median length (hours)")
            if in_hours
            else QCoreApplication.translate("History", "Median length (minutes)")
        )
        for position, value in enumerate(self.median_minutes):
            if value is not None:
                median.append(float(position), value / unit)
        chart.addSeries(median)
        median.attachAxis(categories)
        self._median = median
        length = _value_axis(max(present) / unit)
        length.setTitleText(
            QCoreApplication.translate("History", "Hours")
            if in_hours
            else QCoreApplication.translate("History", "Minutes")
        )
        chart.addAxis(length, Qt.AlignmentFlag.AlignRight)
        median.attachAxis(length)
        self._add_calm_line(categories, length, unit, in_hours)

    def _add_calm_line(
        self, categories: QBarCategoryAxis, length: QValueAxis, unit: float, in_hours: bool
    ) -> None:
        """Time to calm per bucket, dashed, on the length axis: falling means calm comes sooner."""
        if not any(value is not None for value in self.calm_minutes):
            return
        calm = QLineSeries()
        calm.setName(
            QCoreApplication.translate("History", "Median time to calm (hours)")
            if in_hours
            else QCoreApplication.translate("History", "Median time to calm (minutes)")
        )
        for position, value in enumerate(self.calm_minutes):
            if value is not None:
                calm.append(float(position), value / unit)
        chart = self.chart()
        chart.addSeries(calm)
        calm.attachAxis(categories)
        calm.attachAxis(length)
        self._calm = calm

    # -- colours -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        # A chart paints with its own theme (white) unless told: follow the desktop's palette,
        # also when it switches between light and dark while the window is open.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._follow_palette()
        super().changeEvent(event)

    def _follow_palette(self) -> None:
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        chart = self.chart()
        self.setBackgroundBrush(window)
        chart.setBackgroundBrush(window)
        chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
        chart.setPlotAreaBackgroundVisible(False)
        chart.setTitleBrush(text)
        chart.legend().setLabelColor(text)
        for axis in chart.axes():
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
            axis.setLinePenColor(grid)
            axis.setGridLineColor(grid)
        for bar_set in self._bar_sets:
            bar_set.setBorderColor(window)
        dark = window.lightnessF() < 0.5
        if self._median is not None:
            self._median.setPen(QPen(_MEDIAN_ON_DARK if dark else _MEDIAN_ON_LIGHT, 2))
        if self._calm is not None:
            pen = QPen(_CALM_LINE_ON_DARK if dark else _CALM_LINE_ON_LIGHT, 2)
            pen.setStyle(Qt.PenStyle.DashLine)
            self._calm.setPen(pen)

    def _label(self, start_utc: datetime, size: BucketSize) -> str:
        start = to_local(start_utc, self._clock)
        if size is BucketSize.MONTH:
            return QLocale().toString(QDate(start.year, start.month, 1), "MMM yyyy")
        return date_text(start)


def _value_axis(highest: float) -> QValueAxis:
    """An axis from 0 with whole, round ticks (see :func:`nice_scale`)."""
    scale = nice_scale(highest)
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, scale.top)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(scale.step)
    # No unlabelled lines between the ticks.
    axis.setMinorTickCount(0)
    return axis
