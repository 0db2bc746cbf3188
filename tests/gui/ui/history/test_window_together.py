"""The history window and the moments together: "Delete all…" wipes the whole history, the
moments that have passed too, and says so before (the moments still ahead are plans and stay);
a CSV export puts the moments in a file of their own beside the pauses'."""

from __future__ import annotations

import csv
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from pausetimer.context import AppContext
from pausetimer.store import Store
from pausetimer.ui.history import HistoryWindow
from tests.gui.ui.history.test_window import listed
from tests.helpers.clock import FakeClock


def raw_bytes(store: Store) -> bytes:
    wal = store.path.with_name(store.path.name + "-wal")
    return store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_delete_all_takes_the_past_moments_and_names_them(
    window: HistoryWindow,
    ids: dict[str, int],
    ctx: AppContext,
    clock: FakeClock,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    together = ctx.service.together
    together.plan(clock.now() + timedelta(hours=1), "SECRET-river-walk-heron")
    together.plan(clock.now() + timedelta(hours=2), "dinner")
    ahead = together.plan(clock.now() + timedelta(days=5), "cinema")
    clock.advance(timedelta(hours=3))  # two of them have come
    store.connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert b"SECRET-river-walk-heron" in raw_bytes(store)
    questions: list[str] = []
    answer = False

    def ask(title: str, text: str, action: str) -> bool:
        questions.append(text)
        return answer

    monkeypatch.setattr(window, "ask", ask)
    window.delete_all_button.click()
    assert "2 moment" in questions[0]
    assert "moments still ahead stay" in questions[0]
    assert len(together.all()) == 3  # asked, not yet answered yes: nothing went
    answer = True
    window.delete_all_button.click()
    assert listed(window) == []
    assert together.all() == [ahead]
    assert ctx.service.wait_scrubbed(5.0)
    assert b"SECRET-river-walk-heron" not in raw_bytes(store)


def test_without_past_moments_the_question_speaks_of_pauses_only(
    window: HistoryWindow, ids: dict[str, int], ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[str] = []
    monkeypatch.setattr(window, "ask", lambda title, text, action: questions.append(text))
    window.delete_all_button.click()
    assert "All 4 pause" in questions[0] and "moment" not in questions[0]


def test_a_csv_export_puts_the_moments_in_a_table_of_their_own(
    window: HistoryWindow, ids: dict[str, int], ctx: AppContext, clock: FakeClock, tmp_path: Path
) -> None:
    ctx.service.together.plan(clock.now() + timedelta(hours=1), "dinner, then a walk")
    ctx.service.together.plan(clock.now() + timedelta(days=3), "=HYPERLINK(1)")
    clock.advance(timedelta(hours=2))  # one has passed: exported all the same, as in the JSON
    target = tmp_path / "history.csv"
    window.write_export(target, "csv", include_reflections=False)
    beside = tmp_path / "history-together.csv"
    with beside.open(newline="") as file:
        rows = list(csv.reader(file))
    assert rows == [
        ["at", "note", "created_at"],
        ["2026-11-21T15:00:00+01:00", "dinner, then a walk", "2026-11-21T14:00:00+01:00"],
        ["2026-11-24T14:00:00+01:00", "'=HYPERLINK(1)", "2026-11-21T14:00:00+01:00"],
    ]
    assert stat.S_IMODE(beside.stat().st_mode) == 0o600  # private words, as the pauses' file
    with target.open(newline="") as file:
        header = next(csv.reader(file))
    assert "note" in header and "at" not in header  # the pauses' table keeps its own columns
    assert "The moments together are in history-together.csv, beside it." in (
        window.export_result.text()
    )


def test_a_csv_export_without_moments_writes_one_file(
    window: HistoryWindow, ids: dict[str, int], tmp_path: Path
) -> None:
    window.write_export(tmp_path / "history.csv", "csv", include_reflections=False)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".csv") == ["history.csv"]
    assert "moments" not in window.export_result.text()


def test_moments_deleted_since_an_earlier_export_do_not_live_on_beside_the_next(
    window: HistoryWindow, ids: dict[str, int], ctx: AppContext, clock: FakeClock, tmp_path: Path
) -> None:
    moment = ctx.service.together.plan(clock.now() + timedelta(hours=1), "the talk we owe")
    target = tmp_path / "history.csv"
    window.write_export(target, "csv", include_reflections=False)
    beside = tmp_path / "history-together.csv"
    assert "the talk we owe" in beside.read_text(encoding="utf-8")
    ctx.service.together.delete(moment.id)
    window.write_export(target, "csv", include_reflections=False)
    with beside.open(newline="") as file:
        assert list(csv.reader(file)) == [["at", "note", "created_at"]]
    assert stat.S_IMODE(beside.stat().st_mode) == 0o600
    assert "moments together are in" not in window.export_result.text()
