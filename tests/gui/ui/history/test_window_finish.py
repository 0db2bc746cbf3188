"""The history as a user reads it: the chart in a dark theme and its round ticks, statistics that
follow the filters, a Dutch table with nothing clipped, an export that says where it went, a delete
that names the pause, and one time format from the locale."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCharts import QBarSet, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from pausetimer import nudge_seen
from pausetimer.context import AppContext
from pausetimer.core.statistics import Period
from pausetimer.store import Store
from pausetimer.ui.history import HistoryWindow
from tests.conftest import T0
from tests.gui.ui.history.conftest import D, M, add


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1f1f1f"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Mid, "#5a5a5a"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def value_axes(window: HistoryWindow) -> dict[Qt.AlignmentFlag, QValueAxis]:
    chart = window.chart.chart()
    found = {}
    for axis in chart.axes(Qt.Orientation.Vertical):
        assert isinstance(axis, QValueAxis)
        found[axis.alignment()] = axis
    return found


def test_the_chart_follows_a_dark_palette(window: HistoryWindow, ids: dict[str, int]) -> None:
    window.set_period(Period.MONTH)
    window.setPalette(dark_palette())
    chart = window.chart.chart()
    dark, light_text = QColor("#2b2b2b"), QColor("#e6e6e6")
    assert chart.backgroundBrush().color() == dark
    assert not chart.isPlotAreaBackgroundVisible()
    assert chart.titleBrush().color() == light_text
    assert chart.legend().labelColor() == light_text
    for axis in chart.axes():
        assert axis.labelsColor() == light_text
    # Reloading (a filter, a change elsewhere) keeps the colours.
    window.only_late.setChecked(True)
    window.only_late.setChecked(False)
    for axis in window.chart.chart().axes():
        assert axis.labelsColor() == light_text
    assert window.chart.chart().backgroundBrush().color() == dark


def test_the_chart_axes_have_round_ticks_and_the_legend_says_within_a_day(
    window: HistoryWindow,
    ids: dict[str, int],
) -> None:
    window.set_period(Period.WEEK)
    axes = value_axes(window)
    # Medians of 80 minutes at most: minutes, every 20.
    minutes = axes[Qt.AlignmentFlag.AlignRight]
    assert minutes.titleText() == "Minutes"
    assert (minutes.min(), minutes.max(), minutes.tickInterval()) == (0, 80, 20)
    assert minutes.tickType() is QValueAxis.TickType.TicksDynamic
    counts = axes[Qt.AlignmentFlag.AlignLeft]
    assert (counts.min(), counts.max(), counts.tickInterval()) == (0, 3, 1)
    bars = [s for s in window.chart.chart().series() if isinstance(s, QStackedBarSeries)]
    names = [bar_set.label() for bar_set in bars[0].barSets() if isinstance(bar_set, QBarSet)]
    assert names == ["Within a day", "Past a day"]


def test_long_medians_are_counted_in_hours(ctx: AppContext, store: Store, qtbot: QtBot) -> None:
    # Medians of 970 minutes and 32 hours: the axis read 0/266/533/800; now round hours.
    add(store, T0 - 2 * D, 16 * 60 * M, 970 * M)
    add(store, T0 - 9 * D, 20 * 60 * M, 32 * 60 * M)
    shown = HistoryWindow(ctx)
    qtbot.addWidget(shown)
    shown.reload()
    hours = value_axes(shown)[Qt.AlignmentFlag.AlignRight]
    assert hours.titleText() == "Hours"
    assert (hours.max(), hours.tickInterval()) == (40, 10)


def test_statistics_follow_the_ticked_filters(
    window: HistoryWindow,
    ids: dict[str, int],
) -> None:
    window.set_period(Period.WEEK)
    assert window.stats.values["count"].text() == "3"
    window.only_long.setChecked(True)
    values = {key: label.text() for key, label in window.stats.values.items()}
    assert values["count"] == "1"
    assert values["long"] == "1"
    assert values["longest"] == values["median"] == "26 h"
    window.only_long.setChecked(False)
    window.only_late.setChecked(True)
    assert window.stats.values["count"].text() == "2"
    assert window.stats.values["on_time"].text() == "0 %"


def test_no_dutch_column_is_clipped_in_a_narrow_window(
    dutch: None,
    ids: dict[str, int],
    ctx: AppContext,
    qtbot: QtBot,
) -> None:
    shown = HistoryWindow(ctx)
    qtbot.addWidget(shown)
    shown.set_period(Period.MONTH)
    shown.resize(700, 600)
    shown.show()
    qtbot.waitExposed(shown)
    header = shown.table.horizontalHeader()
    model = shown.model
    last = model.columnCount() - 1
    assert model.headerData(last, Qt.Orientation.Horizontal) == "Langer dan een dag"
    # The table is wider than its place: it scrolls sideways rather than squeezing a column.
    assert shown.table.horizontalScrollBar().maximum() > 0
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        needed = header.fontMetrics().horizontalAdvance(title)
        assert header.sectionSize(column) >= needed, title
        assert header.sectionSize(column) >= shown.table.sizeHintForColumn(column), title


def test_export_says_what_was_written_and_where(
    window: HistoryWindow,
    ids: dict[str, int],
    tmp_path: Path,
) -> None:
    assert window.export_result.isHidden()
    window.set_period(Period.WEEK)
    window.only_long.setChecked(True)  # the export holds the period, not just the filtered rows
    target = tmp_path / "exports" / "history.json"
    target.parent.mkdir()
    window.write_export(target, "json", include_reflections=False)
    assert target.exists()
    said = window.export_result.text()
    assert window.export_result.isVisibleTo(window)
    assert said == f"Exported 3 pauses to history.json in {target.parent}."


def test_a_failed_export_says_nothing_was_written(
    window: HistoryWindow,
    ids: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        "pausetimer.ui.history.window_actions.QMessageBox.warning",
        lambda parent, title, text: warnings.append(text),
    )
    window.write_export(tmp_path / "missing" / "history.csv", "csv", include_reflections=False)
    assert warnings and window.export_result.isHidden()


def test_the_delete_question_names_the_pause(
    window: HistoryWindow,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    questions: list[str] = []
    monkeypatch.setattr(window, "ask", lambda title, text, action: bool(questions.append(text)))
    window.delete_pause(ids["late"])
    # Three days before Saturday 21 November 14:00 (Amsterdam), 60 minutes agreed, 80 taken.
    assert "The pause of 18/11/2026, 14:00 to 15:20 (1 h 20 min)" in questions[0]
    window.delete_pause(ids["long"])
    assert "16/11/2026, 14:00 to 17/11/2026 16:00 (26 h)" in questions[1]


def test_times_follow_the_us_locale_everywhere(
    window: HistoryWindow,
    ids: dict[str, int],
) -> None:
    QLocale.setDefault(QLocale("en_US"))  # the autouse fixture puts en_GB back
    window.reload()
    model = window.model
    started = str(model.data(model.index(0, 1)))
    assert started == "2:00\u202fPM"
    assert str(model.data(model.index(0, 3))).endswith("PM")
    window.table.selectRow(0)
    assert "2:00\u202fPM" in window.details.summary.text()
    assert "14:00" not in window.details.summary.text()


def test_the_details_say_when_the_reminder_was_first_seen(
    window: HistoryWindow, ids: dict[str, int], store: Store
) -> None:
    """The late pause (agreed back at 15:00, back at 15:20): its reminder waited until 15:12,
    so the user was not there at 15:00 to see it."""
    late = store.get_pause(ids["late"])
    assert late is not None
    assert nudge_seen.mark_seen(store.connection, ids["late"], late.return_at + 12 * M)
    window.reload()
    window.table.selectRow(window.model.row_of(ids["late"]) or 0)
    assert window.details.pause_id == ids["late"]
    assert "Reminder seen at 15:12." in window.details.summary.text()
    window.table.selectRow(window.model.row_of(ids["on_time"]) or 0)
    assert window.details.pause_id == ids["on_time"]
    assert "Reminder seen" not in window.details.summary.text()  # never recorded for this one
