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
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from pausetimer.core.clock import Clock, to_local
from pausetimer.core.history_model import ChartSeries
from pausetimer.core.statistics import BucketSize
from pausetimer.ui.history.formatting import date_text

_CALM = QColor("#5b8db8")
_LONG = QColor("#d08a3c")
_MEDIAN = QColor("#3f6b4f")


class HistoryChart(QChartView):
    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self.setAccessibleName(QCoreApplication.translate("History", "Pauses over time"))
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        # Kept for tests and for the accessible description.
        self.categories: list[str] = []
        self.short_counts: list[int] = []
        self.long_counts: list[int] = []
        self.median_minutes: list[float | None] = []

    def show_series(self, series: ChartSeries) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.categories = [self._label(point.start, series.size) for point in series.points]
        self.short_counts = [p.count - p.long_count for p in series.points]
        self.long_counts = [p.long_count for p in series.points]
        self.median_minutes = [
            p.median_seconds / 60 if p.median_seconds is not None else None for p in series.points
        ]
        chart.setTitle(
            QCoreApplication.translate("History", "Pauses per week")
            if series.size is BucketSize.WEEK
            else QCoreApplication.translate("History", "Pauses per month")
        )
        if not series.points:
            return
        short = QBarSet(QCoreApplication.translate("History", "Pauses"))
        short.setColor(_CALM)
        short.append([float(value) for value in self.short_counts])
        long = QBarSet(QCoreApplication.translate("History", "Past a day"))
        long.setColor(_LONG)
        long.append([float(value) for value in self.long_counts])
        bars = QStackedBarSeries()
        bars.append(short)
        bars.append(long)
        chart.addSeries(bars)

        categories = QBarCategoryAxis()
        categories.append(self.categories)
        if len(self.categories) > 16:
            # Too many bars to label each: name the range instead of overlapping labels.
            categories.setLabelsVisible(False)
            categories.setTitleText(f"{self.categories[0]} \u2013 {self.categories[-1]}")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(categories)

        counts = QValueAxis()
        top = max(max(p.count for p in series.points), 1)
        step = max(1, -(-top // 5))  # whole pauses only, at most about five ticks
        counts.setLabelFormat("%d")
        counts.setRange(0, step * -(-top // step))
        counts.setTickType(QValueAxis.TickType.TicksDynamic)
        counts.setTickAnchor(0)
        counts.setTickInterval(step)
        counts.setTitleText(QCoreApplication.translate("History", "Pauses"))
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(counts)

        self._add_median_line(categories)

    def _add_median_line(self, categories: QBarCategoryAxis) -> None:
        """The median length per bucket, on its own axis in minutes (buckets without pauses have
        no point)."""
        chart = self.chart()
        present = [value for value in self.median_minutes if value is not None]
        if not present:
            return
        median = QLineSeries()
        median.setName(QCoreApplication.translate("History", "Median length (minutes)"))
        median.setColor(_MEDIAN)
        for position, value in enumerate(self.median_minutes):
            if value is not None:
                median.append(float(position), value)
        chart.addSeries(median)
        median.attachAxis(categories)
        minutes = QValueAxis()
        minutes.setLabelFormat("%d")
        minutes.setRange(0, max(present) * 1.1)
        minutes.setTitleText(QCoreApplication.translate("History", "Minutes"))
        chart.addAxis(minutes, Qt.AlignmentFlag.AlignRight)
        median.attachAxis(minutes)

    def _label(self, start_utc: datetime, size: BucketSize) -> str:
        start = to_local(start_utc, self._clock)
        if size is BucketSize.MONTH:
            return QLocale().toString(QDate(start.year, start.month, 1), "MMM yyyy")
        return date_text(start)
