"""The partner's side of a pause: stored, reported, exported, migrated, and its letter."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from pausetimer.core.changes import Change, ChangeKind
from pausetimer.core.errors import StateError
from pausetimer.core.history_model import HistoryFilter
from pausetimer.core.pause import ReturnSpec, Side
from pausetimer.service import PauseService
from pausetimer.store import MIGRATIONS, open_store
from tests.helpers.cli import Cli
from tests.helpers.clock import FakeClock


def test_a_waiting_pause_is_stored_with_its_side(service: PauseService) -> None:
    pause, _ = service.start(ReturnSpec(after=timedelta(hours=1)), side=Side.WAITING)
    assert pause.side is Side.WAITING
    assert service.current() == pause
    ended = service.end()
    assert ended.side is Side.WAITING
    usual, _ = service.start(ReturnSpec(after=timedelta(hours=1)))
    assert usual.side is Side.PAUSING


def test_one_pause_runs_at_a_time_on_either_side(service: PauseService) -> None:
    service.start(ReturnSpec(after=timedelta(hours=1)), side=Side.WAITING)
    with pytest.raises(StateError):
        service.start(ReturnSpec(after=timedelta(hours=1)))
    service.end()
    service.start(ReturnSpec(after=timedelta(hours=1)))
    with pytest.raises(StateError):
        service.start(ReturnSpec(after=timedelta(hours=1)), side=Side.WAITING)


def test_history_rows_and_exports_carry_the_side(
    service: PauseService, clock: FakeClock, tmp_path: Path
) -> None:
    service.start(ReturnSpec(after=timedelta(hours=1)))
    service.end()
    clock.advance(timedelta(hours=2))
    service.start(ReturnSpec(after=timedelta(hours=1)), side=Side.WAITING)
    service.end()
    rows = service.fetch_rows(
        HistoryFilter(), clock.now(), sort="started_at", descending=False, offset=0, limit=10
    )
    assert [row.side for row in rows] == ["pausing", "waiting"]
    service.export(tmp_path / "h.csv", "csv", None, None, False)
    table = list(csv.DictReader(io.StringIO((tmp_path / "h.csv").read_text())))
    assert [row["side"] for row in table] == ["pausing", "waiting"]
    service.export(tmp_path / "h.json", "json", None, None, False)
    document = json.loads((tmp_path / "h.json").read_text())
    assert [item["side"] for item in document["pauses"]] == ["pausing", "waiting"]


def test_the_letter_is_kept_with_the_pause_and_can_be_deleted(service: PauseService) -> None:
    changes: list[Change] = []
    service.listeners.append(changes.append)
    pause, _ = service.start(ReturnSpec(after=timedelta(hours=1)), side=Side.WAITING)
    assert pause.id is not None
    assert service.letter(pause.id) == ""
    service.save_letter(pause.id, "Dear you, I felt alone tonight.")
    service.save_letter(pause.id, "Dear you, I felt alone tonight. I love you.")
    assert service.letter(pause.id) == "Dear you, I felt alone tonight. I love you."
    assert ChangeKind.LETTER in changes[-1] and changes[-1].pause_id == pause.id
    # Exported with the reflections, under its own key.
    assert service.reflections_in(None, None)[pause.id] == {"letter": service.letter(pause.id)}
    assert service.delete_letter(pause.id) is True
    assert service.letter(pause.id) == ""
    assert ChangeKind.LETTER in changes[-1]
    assert service.delete_letter(pause.id) is False
    assert service.wait_scrubbed(5)


def test_the_letter_goes_with_its_pause(service: PauseService) -> None:
    pause, _ = service.start(ReturnSpec(after=timedelta(hours=1)), side=Side.WAITING)
    assert pause.id is not None
    service.save_letter(pause.id, "words")
    service.end()
    service.delete_pause(pause.id)
    assert service.letter(pause.id) == ""


def test_migration_keeps_existing_pauses_as_the_pausing_side(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with closing(sqlite3.connect(path)) as conn:
        MIGRATIONS[0](conn)  # the schema before the side existed
        conn.execute("PRAGMA user_version = 1")
        conn.execute(
            "INSERT INTO pauses (started_at, planned_return_at, return_at, ended_at, note)"
            " VALUES (1000, 4600, 4600, 5000, 'kept')"
        )
        conn.execute("INSERT INTO reflections VALUES (1, 'calm', 'answer', 5000)")
        conn.commit()
    store = open_store(path)
    try:
        (pause,) = store.history()
        assert (pause.note, pause.side) == ("kept", Side.PAUSING)
        assert store.reflections(1) == {"calm": "answer"}
        version = store.connection.execute("PRAGMA user_version").fetchone()[0]
        assert version == len(MIGRATIONS)
        with pytest.raises(sqlite3.IntegrityError):  # only the two sides exist
            store.connection.execute("UPDATE pauses SET side = 'other'")
    finally:
        store.close()


def test_cli_wait_then_status_json_says_waiting(cli: Cli, clock: FakeClock) -> None:
    code, out, err = cli("wait", "--for", "1h", "--no-app")
    assert code == 0, err
    assert out.startswith("Noted: your partner agreed to be back at")
    code, out, _ = cli("status", "--json")
    status = json.loads(out)
    assert (status["state"], status["side"]) == ("running", "waiting")
    code, out, _ = cli("status")
    assert out.startswith("Your partner is taking a pause: back at") and "(in 1h" in out
    code, _, err = cli("start", "--for", "1h", "--no-app")
    assert code == 1 and "already running" in err
    clock.advance(timedelta(minutes=70))
    code, out, _ = cli("status")
    assert "(10m ago)" in out and "Give them a few minutes" in out
    assert cli("end")[0] == 0
    code, out, _ = cli("history", "--csv")
    assert [row["side"] for row in csv.DictReader(io.StringIO(out))] == ["waiting"]


def test_cli_wait_until_uses_the_start_parsing(cli: Cli) -> None:
    code, out, err = cli("wait", "--until", "19:00", "--no-app", "--json")
    assert code == 0, err
    status = json.loads(out)
    assert status["side"] == "waiting" and status["return_at"].startswith("2026-11-21T19:00")
    assert cli("wait", "--until", "soon", "--no-app")[0] == 2
    cli("end")
    code, out, _ = cli("start", "--for", "30m", "--no-app", "--json")
    assert json.loads(out)["side"] == "pausing"


def test_cli_wait_speaks_dutch(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "nl")
    code, out, _ = cli("wait", "--for", "1h", "--no-app")
    assert code == 0
    assert out == (
        "Genoteerd: je partner heeft afgesproken om 15:00 terug te zijn. Doe intussen iets goeds "
        "voor jezelf.\n"
    )
    assert cli("status")[1] == "Je partner neemt een pauze: terug om 15:00 (over 1u 00m).\n"


def test_salvage_keeps_a_wait_a_wait(tmp_path: Path, clock: FakeClock) -> None:
    from pausetimer.salvage import salvage

    damaged = open_store(tmp_path / "damaged.db")
    service = PauseService(damaged, clock)
    service.start(ReturnSpec(after=timedelta(hours=1)), side=Side.WAITING)
    service.end()
    service.start(ReturnSpec(after=timedelta(hours=1)))
    damaged.close()
    fresh = open_store(tmp_path / "fresh.db")
    try:
        assert salvage(tmp_path / "damaged.db", fresh.connection) == 2
        assert [pause.side for pause in fresh.history()] == [Side.PAUSING, Side.WAITING]
    finally:
        fresh.close()


def test_salvage_of_a_file_from_before_the_sides(tmp_path: Path) -> None:
    from pausetimer.salvage import salvage

    with closing(sqlite3.connect(tmp_path / "old.db")) as conn:
        MIGRATIONS[0](conn)
        conn.execute(
            "INSERT INTO pauses (started_at, planned_return_at, return_at, note)"
            " VALUES (1000, 4600, 4600, 'old')"
        )
        conn.commit()
    fresh = open_store(tmp_path / "fresh.db")
    try:
        assert salvage(tmp_path / "old.db", fresh.connection) == 1
        (pause,) = fresh.history()
        assert (pause.note, pause.side) == ("old", Side.PAUSING)
    finally:
        fresh.close()


def test_the_status_line_of_a_wait_loads_no_argparse() -> None:
    # `status` runs every few seconds in status bars: its words for a wait stay light too.
    import subprocess
    import sys

    code = (
        "import sys; from pausetimer.cli_text import status_line; "
        "from pausetimer.core.clock import SystemClock; "
        "line = status_line({'state': 'running', 'return_at': '2026-11-21T19:00:00+01:00', "
        "'remaining_seconds': 60, 'side': 'waiting'}, SystemClock()); "
        "print('argparse' in sys.modules, line.startswith('Your partner'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
