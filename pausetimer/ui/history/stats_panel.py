"""The numbers for the chosen period, and the trend against the period before, in plain words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from pausetimer.core.history_model import Statistics
from pausetimer.core.statistics import Direction, Trend
from pausetimer.ui.history.formatting import NOTHING, duration_text, share_text


def trend_sentence(trend: Trend, has_pauses: bool) -> str:
    if trend.count is Direction.UNKNOWN:
        return ""
    if trend.count is Direction.SAME:
        count = QCoreApplication.translate(
            "History", "About as many pauses as in the period before."
        )
    elif trend.count is Direction.UP:
        count = QCoreApplication.translate("History", "More pauses than in the period before.")
    else:
        count = QCoreApplication.translate("History", "Fewer pauses than in the period before.")
    if not has_pauses or trend.median is Direction.UNKNOWN:
        return count
    if trend.median is Direction.SAME:
        length = QCoreApplication.translate("History", "They lasted about as long.")
    elif trend.median is Direction.UP:
        length = QCoreApplication.translate("History", "They tended to last longer.")
    else:
        length = QCoreApplication.translate("History", "They tended to be shorter.")
    return f"{count} {length}"


class StatisticsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("History", "Statistics"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.values: dict[str, QLabel] = {}
        names = (
            ("count", QCoreApplication.translate("History", "Pauses")),
            ("median", QCoreApplication.translate("History", "Typical length")),
            ("longest", QCoreApplication.translate("History", "Longest")),
            ("on_time", QCoreApplication.translate("History", "Back on time")),
            ("announced", QCoreApplication.translate("History", "Announced")),
            ("long", QCoreApplication.translate("History", "Past a day")),
        )
        for column, (key, caption) in enumerate(names):
            value = QLabel(NOTHING)
            value.setStyleSheet("font-size: 15pt; font-weight: 600;")
            value.setAccessibleName(caption)
            label = QLabel(caption)
            label.setBuddy(value)
            grid.addWidget(value, 0, column)
            grid.addWidget(label, 1, column)
            self.values[key] = value
        self.trend = QLabel()
        self.trend.setWordWrap(True)
        self.trend.setAccessibleName(QCoreApplication.translate("History", "Trend"))
        # Time to calm, in words (see ui.history.calm_summary).
        self.calm = QLabel()
        self.calm.setWordWrap(True)
        self.calm.setAccessibleName(QCoreApplication.translate("History", "Time to calm"))
        self.calm.hide()  # until there is something to say: the window's least height stays
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.trend)
        layout.addWidget(self.calm)

    def show_statistics(self, stats: Statistics, trend: Trend) -> None:
        dash = NOTHING
        self.values["count"].setText(str(stats.count))
        self.values["median"].setText(
            duration_text(stats.median_seconds) if stats.median_seconds is not None else dash
        )
        self.values["longest"].setText(
            duration_text(stats.longest_seconds) if stats.longest_seconds is not None else dash
        )
        self.values["on_time"].setText(share_text(stats.on_time_share))
        self.values["announced"].setText(share_text(stats.announced_share))
        self.values["long"].setText(str(stats.long))
        self.trend.setText(trend_sentence(trend, stats.count > 0))
        self.trend.setVisible(bool(self.trend.text()))

    def show_calm(self, text: str) -> None:
        self.calm.setText(text)
        self.calm.setVisible(bool(text))
