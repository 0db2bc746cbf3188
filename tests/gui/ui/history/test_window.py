"""The history window with real widgets over a real database: filters, numbers, chart, delete,
note editing, export and the empty state."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import ReturnSpec
from pausetimer.core.statistics import Period
from pausetimer.store import Store
from pausetimer.ui.history import HistoryWindow
from pausetimer.ui.history.model import PAGE_SIZE, PAUSE_ID_ROLE
from tests.conftest import T0
from tests.gui.ui.history.conftest import D, M, add


def listed(window: HistoryWindow) -> list[int]:
    model = window.model
    return [model.data(model.index(row, 0), PAUSE_ID_ROLE) for row in range(model.rowCount())]


def test_period_and_filters(window: HistoryWindow, ids: dict[str, int], qtbot: QtBot) -> None:
    window.reload()
    assert listed(window) == [ids["on_time"], ids["late"], ids["long"], ids["older"]]
    window.set_period(Period.WEEK)
    assert listed(window) == [ids["on_time"], ids["late"], ids["long"]]
    qtbot.mouseClick(window.only_late, Qt.MouseButton.LeftButton)
    assert listed(window) == [ids["late"], ids["long"]]
    window.only_late.setChecked(False)
    window.only_long.setChecked(True)
    assert listed(window) == [ids["long"]]
    model = window.model
    assert model.data(model.index(0, 8)) == "past a day"
    late_row = listed(window).index(ids["long"])
    assert model.data(model.index(late_row, 7)) == "late by 6 h"


def test_statistics_and_chart_of_the_week(window: HistoryWindow, ids: dict[str, int]) -> None:
    window.set_period(Period.WEEK)
    values = {key: label.text() for key, label in window.stats.values.items()}
    # 30 min, 80 min and 26 h: median 80 minutes, one of three back on time (within 5 min).
    assert values["count"] == "3"
    assert values["median"] == "1 h 20 min"
    assert values["longest"] == "26 h"
    assert values["on_time"] == "33 %"
    assert values["announced"] == "100 %"
    assert values["long"] == "1"
    # Nothing in the 7 days before: more pauses than then.
    assert window.stats.trend.text().startswith("More pauses")
    # Weeks from Monday 9 and Monday 16 November; the long pause started Monday 16.
    chart = window.chart
    assert len(chart.categories) == 2
    assert chart.short_counts == [0, 2]
    assert chart.long_counts == [0, 1]
    assert chart.median_minutes == [None, 80.0]
    assert len(chart.chart().series()) == 2


def test_paging_fetches_more_rows_on_demand(ctx: AppContext, store: Store, qtbot: QtBot) -> None:
    for day in range(PAGE_SIZE + 50):
        add(store, T0 - (day + 1) * D, 30 * M, 30 * M)
    window = HistoryWindow(ctx)
    qtbot.addWidget(window)
    window.set_period(Period.ALL)
    assert window.model.total == PAGE_SIZE + 50
    assert window.model.rowCount() == PAGE_SIZE
    assert window.model.canFetchMore(QModelIndex())
    window.model.fetchMore(QModelIndex())
    assert window.model.rowCount() == PAGE_SIZE + 50
    assert not window.model.canFetchMore(QModelIndex())


def test_selecting_shows_details_and_the_note_can_be_edited(
    ids: dict[str, int], window: HistoryWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    window.reload()
    window.table.selectRow(0)
    details = window.details
    assert details.pause_id == ids["on_time"]
    assert details.note.toPlainText() == "we made tea, after"
    assert not details.save_note.isEnabled()
    details.note.setPlainText("we made tea, and it helped")
    assert details.save_note.isEnabled()
    qtbot.mouseClick(details.save_note, Qt.MouseButton.LeftButton)
    saved = ctx.service.get_pause(ids["on_time"])
    assert saved is not None and saved.note == "we made tea, and it helped"
    assert details.pause_id == ids["on_time"]  # still selected after the reload


def test_delete_one_asks_first(
    window: HistoryWindow,
    ids: dict[str, int],
    ctx: AppContext,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    questions: list[str] = []
    answer = False

    def ask(title: str, text: str, action: str) -> bool:
        questions.append(text)
        return answer

    monkeypatch.setattr(window, "ask", ask)
    window.reload()
    window.table.selectRow(0)
    window.details.delete.click()
    assert "cannot be undone" in questions[0]
    assert ctx.service.get_pause(ids["on_time"]) is not None
    answer = True
    window.details.delete.click()
    assert ctx.service.get_pause(ids["on_time"]) is None
    assert ids["on_time"] not in listed(window)
    assert window.details.pause_id is None
    raw = store.path.read_bytes()
    assert b"we made tea" not in raw


def test_delete_all_keeps_a_running_pause_and_shows_the_empty_state(
    window: HistoryWindow, ids: dict[str, int], ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.service.start(ReturnSpec(after=30 * M))
    questions: list[str] = []
    monkeypatch.setattr(window, "ask", lambda title, text, action: not questions.append(text))
    window.delete_all_button.click()
    assert "All 5 pause" in questions[0]
    assert [p.is_active for p in ctx.service.history()] == [True]
    ctx.service.end()  # the window follows the change signal
    assert window.model.total == 1
    window.delete_all()
    assert ctx.service.history() == []
    assert window.list_stack.currentWidget() is window.empty
    assert "No pauses in this period yet" in window.empty.text()
    assert not window.export_button.isEnabled()
    assert window.stats.values["count"].text() == "0"


def test_export_writes_the_chosen_period(
    window: HistoryWindow, ids: dict[str, int], tmp_path: Path
) -> None:
    window.set_period(Period.WEEK)
    target = tmp_path / "history.csv"
    window.write_export(target, "csv", include_reflections=False)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [int(row["id"]) for row in rows] == [ids["long"], ids["late"], ids["on_time"]]
    assert rows[2]["note"] == "we made tea, after"


def test_empty_history_reads_well(window: HistoryWindow) -> None:
    assert window.list_stack.currentWidget() is window.empty
    assert window.stats.values["median"].text() == "\u2013"
    assert window.details.isHidden() and window.chart.isHidden()
    assert window.stats.trend.isHidden()
    window.only_late.setChecked(True)
    assert "match these filters" in window.empty.text()


def test_escape_closes(window: HistoryWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
