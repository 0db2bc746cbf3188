"""CSV a spreadsheet would run as a formula is escaped (issue 12, item 11)."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest

from pausetimer import history_export
from pausetimer.core.pause import ReturnSpec
from pausetimer.service import PauseService
from pausetimer.store import Store
from tests.helpers.clock import FakeClock


@pytest.mark.parametrize(
    "note",
    ['=HYPERLINK("http://x","y")', "+1+2", "-2+3", "@SUM(A1)", "\tthen", "\rthen"],
)
def test_csv_cells_a_spreadsheet_would_run_are_escaped(
    store: Store, service: PauseService, clock: FakeClock, note: str
) -> None:
    service.start(ReturnSpec(after=timedelta(hours=1)), note="x")
    service.end(note=None, return_note=note)
    with store.transaction():
        pause = store.history()[0]
        store.connection.execute("UPDATE pauses SET note = ? WHERE id = ?", (note, pause.id))
    store.save_reflection(pause.id or 0, "felt", "fine", clock.now())
    text = history_export.export_csv(store, None, None, True, clock)
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["note"] == "'" + note
    assert row["return_note"] == "'" + note
    assert row["started_at"][0].isdigit()  # numbers and times are left as they are
    plain = history_export.export_csv(store, None, None, False, clock)
    assert next(csv.DictReader(io.StringIO(plain)))["duration_minutes"] == "0.0"
