"""Calm ratings in the data: the schema step that adds them, the service that writes them with a
typed change, the exports and the command line."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from pausetimer.cli import main
from pausetimer.commands import execute
from pausetimer.core.changes import Change, ChangeKind, Source
from pausetimer.core.errors import InputError
from pausetimer.core.pause import ReturnSpec
from pausetimer.service import PauseService
from pausetimer.store import SCHEMA_VERSION, open_store
from tests.helpers.clock import FakeClock

HOUR = ReturnSpec(after=timedelta(hours=1))


def _previous_release_database(path: Path) -> None:
    """A database as the release before the calm check wrote it (every schema step before the
    calm ratings'): two pauses, one extended, one reflection, one early signal."""
    from pausetimer import store

    calm_step = store.MIGRATIONS.index(store._add_calm_ratings)
    with closing(sqlite3.connect(path)) as conn:
        for step in store.MIGRATIONS[:calm_step]:
            step(conn)
        conn.executescript(
            """
            INSERT INTO pauses VALUES (1, 1763730000, 1763733600, 1763734500, 1763734400, 1,
                                       'walk', 'went well');
            INSERT INTO pauses VALUES (2, 1763800000, 1763801200, 1763801200, NULL, 0, '', '');
            INSERT INTO extensions VALUES (1, 1, 1763733000, 900, 1763734500);
            INSERT INTO reflections VALUES (1, 'trigger', 'the dishes', 1763734500);
            INSERT INTO pause_signals (pause_id, signal) VALUES (1, 'heart_racing');
            """
        )
        conn.execute(f"PRAGMA user_version = {calm_step}")
        conn.commit()


def test_the_migration_keeps_every_row_and_adds_empty_ratings(tmp_path: Path) -> None:
    path = tmp_path / "pausetimer.db"
    _previous_release_database(path)
    store = open_store(path)
    try:
        pauses = store.history()
        assert [p.id for p in pauses] == [2, 1]
        old = pauses[1]
        assert (old.note, old.return_note, old.announced) == ("walk", "went well", True)
        assert len(old.extensions) == 1 and old.extensions[0].added == timedelta(minutes=15)
        assert store.reflections(1) == {"trigger": "the dishes"}
        assert all(p.calm_start is None and p.calm_end is None for p in pauses)
        assert pauses[0].is_active
    finally:
        store.close()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT pause_id, signal FROM pause_signals").fetchall() == [
            (1, "heart_racing")
        ]
        with pytest.raises(sqlite3.IntegrityError):  # the database itself keeps the range
            conn.execute("UPDATE pauses SET calm_end = 11 WHERE id = 1")


def test_start_end_and_later_ratings_go_through_the_service_with_a_typed_change(
    service: PauseService, clock: FakeClock
) -> None:
    seen: list[Change] = []
    service.listeners.append(seen.append)
    pause, _ = service.start(HOUR, calm=8)
    assert pause.calm_start == 8 and ChangeKind.CALM in seen[-1]
    assert pause.id is not None
    service.set_calm(pause.id, end=True, rating=6, source=Source.REMINDER)
    assert seen[-1] == Change.of(
        ChangeKind.HISTORY, ChangeKind.CALM, source=Source.REMINDER, pause_id=pause.id
    )
    clock.advance(timedelta(minutes=50))
    ended = service.end(calm=2)
    assert (ended.calm_start, ended.calm_end) == (8, 2)
    assert ChangeKind.CALM in seen[-1] and ChangeKind.ACTIVE_PAUSE in seen[-1]
    service.start(HOUR)
    assert ChangeKind.CALM not in seen[-1]  # no rating, no calm change


def test_a_rating_outside_the_scale_changes_nothing(service: PauseService) -> None:
    pause, _ = service.start(HOUR, calm=4)
    assert pause.id is not None
    seen: list[Change] = []
    service.listeners.append(seen.append)
    for bad in (-1, 11):
        with pytest.raises(InputError):
            service.set_calm(pause.id, end=False, rating=bad)
        with pytest.raises(InputError):
            service.end(calm=bad)
    assert seen == [] and service.current() == pause


def test_exports_carry_both_ratings(service: PauseService, clock: FakeClock) -> None:
    service.start(HOUR, calm=9)
    clock.advance(timedelta(minutes=40))
    service.end(calm=3)
    answer = execute(service, {"cmd": "history", "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(answer["result"])))
    assert (rows[0]["calm_start"], rows[0]["calm_end"]) == ("9", "3")
    items = execute(service, {"cmd": "history"})["result"]
    assert (items[0]["calm_start"], items[0]["calm_end"]) == (9, 3)


def test_a_request_from_another_program_is_checked_too(service: PauseService) -> None:
    answer = execute(service, {"cmd": "start", "for_seconds": 1800, "calm": 12})
    assert answer["exit_code"] == 2 and answer["error"]["kind"] == "calm_out_of_range"
    assert service.current() is None


def _cli(capsys: pytest.CaptureFixture[str], clock: FakeClock, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), clock=clock)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_stores_ratings_and_refuses_others(
    data_dir: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _cli(capsys, clock, "start", "--for", "1h", "--calm", "11", "--no-app")
    assert code == 2
    assert err == (
        "'11' is not a calm rating; use a whole number from 0 (calm) to 10 (flooded). "
        "Nothing was changed.\n"
    )
    assert not (data_dir / "pausetimer.db").exists() or _pauses(data_dir) == []
    assert _cli(capsys, clock, "start", "--for", "1h", "--calm", "7", "--no-app")[0] == 0
    clock.advance(timedelta(minutes=30))
    code, _, err = _cli(capsys, clock, "end", "--calm", "ten")
    assert code == 2 and "'ten' is not a calm rating" in err
    assert _pauses(data_dir) == [(7, None, None)]  # still running, nothing changed
    code, out, _ = _cli(capsys, clock, "end", "--calm", "2", "--json")
    assert code == 0 and (json.loads(out)["calm_start"], json.loads(out)["calm_end"]) == (7, 2)
    assert _cli(capsys, clock, "start", "--for", "1h", "--no-app", "--calm", "9")[0] == 0
    header, running, ended = _cli(capsys, clock, "history")[1].splitlines()
    assert "Calm" in header.split()
    assert "9→-" in running.split() and "7→2" in ended.split()


def test_the_refusal_is_said_in_dutch_too(
    data_dir: Path,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANGUAGE", "nl")
    code, _, err = _cli(capsys, clock, "start", "--for", "1h", "--calm", "-2", "--no-app")
    assert code == 2 and err.startswith("'-2' is geen") and "Er is niets veranderd." in err


def _pauses(data_dir: Path) -> list[tuple[int | None, int | None, int | None]]:
    with closing(sqlite3.connect(data_dir / "pausetimer.db")) as conn:
        return conn.execute("SELECT calm_start, calm_end, ended_at FROM pauses").fetchall()


def _fresh_target(path: Path) -> sqlite3.Connection:
    from pausetimer.store import MIGRATIONS

    conn = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS:
        step(conn)
    return conn


def test_salvage_keeps_the_ratings_and_reads_an_older_file_too(
    tmp_path: Path, service: PauseService, clock: FakeClock
) -> None:
    from pausetimer.salvage import salvage

    service.start(HOUR, calm=8)
    clock.advance(timedelta(minutes=30))
    service.end(calm=2)
    current = tmp_path / "pausetimer.db"  # the service's store file (tests/conftest.py)
    target = _fresh_target(tmp_path / "fresh.db")
    with closing(target):
        assert salvage(current, target) == 1
        assert target.execute("SELECT calm_start, calm_end FROM pauses").fetchall() == [(8, 2)]
    older = tmp_path / "older.db"
    _previous_release_database(older)
    target = _fresh_target(tmp_path / "fresh-from-older.db")
    with closing(target):
        assert salvage(older, target) == 2
        assert target.execute(
            "SELECT COUNT(*) FROM pauses WHERE calm_start IS NULL"
        ).fetchone() == (2,)
    with closing(sqlite3.connect(current)) as conn:  # a damaged page reads back as nonsense
        conn.execute("PRAGMA ignore_check_constraints = 1")
        conn.execute("UPDATE pauses SET calm_start = 'x7', calm_end = 99")
        conn.commit()
    target = _fresh_target(tmp_path / "fresh-from-nonsense.db")
    with closing(target):
        assert salvage(current, target) == 1  # the pause is kept, its ratings are not
        assert target.execute("SELECT calm_start, calm_end FROM pauses").fetchall() == [
            (None, None)
        ]
