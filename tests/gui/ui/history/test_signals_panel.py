"""The history's "What comes before my pauses": counts and typical lengths for the chosen period,
following ticks made elsewhere, reachable by Tab and walked with the arrow keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.changes import Source
from pausetimer.core.signals import PauseSignals
from pausetimer.core.statistics import Period
from pausetimer.ui.history import HistoryWindow


def _rows(window: HistoryWindow) -> list[tuple[str, str, str]]:
    table = window.signals.table
    return [
        tuple(table.item(row, column).text() for column in range(3))  # type: ignore[misc]
        for row in range(table.rowCount())
    ]


def test_counts_and_lengths_for_the_period(
    window: HistoryWindow, ctx: AppContext, ids: dict[str, int], qtbot: QtBot
) -> None:
    ctx.service.save_signals(ids["on_time"], PauseSignals(frozenset({"jaw", "pressure"})))
    ctx.service.save_signals(ids["late"], PauseSignals(frozenset({"jaw"}), "the bill"))
    ctx.service.save_signals(ids["older"], PauseSignals(frozenset({"pressure"})))
    window.set_period(Period.WEEK)
    qtbot.waitUntil(lambda: window.signals.table.rowCount() == 3)
    assert _rows(window) == [
        ("A tight jaw or clenched teeth", "2", "55 min"),  # 30 and 80 minutes
        ("Too much emotional pressure at once", "1", "30 min"),
        ("Something else, in my own words", "1", "1 h 20 min"),
    ]
    assert "with 2 pauses" in window.signals.line.text()
    window.set_period(Period.MONTH)
    qtbot.waitUntil(lambda: _rows(window)[0][0].startswith("A tight jaw"))
    pressure = [row for row in _rows(window) if row[0].startswith("Too much")]
    assert pressure == [("Too much emotional pressure at once", "2", "38 min")]


def test_it_follows_ticks_made_elsewhere(
    window: HistoryWindow, ctx: AppContext, ids: dict[str, int], qtbot: QtBot
) -> None:
    window.set_period(Period.WEEK)
    assert window.signals.table.rowCount() == 0
    assert "Nothing ticked" in window.signals.line.text()
    ctx.service.save_signals(
        ids["long"], PauseSignals(frozenset({"wall"})), source=Source.COMMAND_LINE
    )
    qtbot.waitUntil(lambda: window.signals.table.rowCount() == 1)
    assert _rows(window) == [("A wall going up inside, feeling shut off", "1", "26 h")]


def test_reached_by_tab_and_walked_by_arrows(
    window: HistoryWindow, ctx: AppContext, ids: dict[str, int], qtbot: QtBot
) -> None:
    ctx.service.save_signals(ids["on_time"], PauseSignals(frozenset({"jaw", "chest"})))
    window.set_period(Period.WEEK)
    qtbot.waitUntil(lambda: window.signals.table.rowCount() == 2)
    window.only_late.setFocus()
    qtbot.keyClick(window.only_late, Qt.Key.Key_Tab)
    table = window.signals.table
    assert QApplication.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentRow() == 1
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.table


def test_the_details_say_what_was_noticed(
    window: HistoryWindow, ctx: AppContext, ids: dict[str, int], qtbot: QtBot
) -> None:
    window.set_period(Period.WEEK)
    window.table.selectRow(window.model.row_of(ids["late"]))
    assert window.details.pause_id == ids["late"]
    assert window.details.noticed.text() == "\u2013"
    ctx.service.save_signals(
        ids["late"],
        PauseSignals(frozenset({"pressure", "jaw"}), "the bill"),
        source=Source.COMMAND_LINE,
    )
    assert window.details.noticed.text().splitlines() == [
        "A tight jaw or clenched teeth",
        "Too much emotional pressure at once",
        "Something else, in my own words: the bill",
    ]
    window.table.selectRow(window.model.row_of(ids["on_time"]))
    assert window.details.noticed.text() == "\u2013"
