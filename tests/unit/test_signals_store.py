"""Early signals with a pause: the migration keeps an older database's rows, the service writes
them in one transaction and announces a Change, the exports carry them, and deleting a pause
deletes them and wipes their words from the database files."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from pausetimer import history
from pausetimer.core.changes import Change, ChangeKind, Source
from pausetimer.core.errors import InputError
from pausetimer.core.history_model import HistoryFilter
from pausetimer.core.pause import Pause
from pausetimer.core.signals import MAX_OWN_WORDS, OWN_WORDS, PauseSignals
from pausetimer.service import PauseService
from pausetimer.store import MIGRATIONS, SCHEMA_VERSION, Store, open_store
from pausetimer.store_signals import migrate_add_signals
from tests.conftest import T0
from tests.helpers.clock import FakeClock

M = timedelta(minutes=1)


def ended(store: Store, start_minutes_ago: int, minutes: int, note: str = "") -> int:
    start = T0 - start_minutes_ago * M
    saved = store.save(
        Pause(
            started_at=start,
            planned_return_at=start + 20 * M,
            return_at=start + 20 * M,
            ended_at=start + minutes * M,
            note=note,
        )
    )
    assert saved.id is not None
    return saved.id


def test_the_migration_keeps_the_rows_of_the_version_before(tmp_path: Path) -> None:
    path = tmp_path / "pausetimer.db"
    conn = sqlite3.connect(path)
    step = MIGRATIONS.index(migrate_add_signals)
    for migration in MIGRATIONS[:step]:  # the schema the release before this one made
        migration(conn)
    conn.execute(f"PRAGMA user_version = {step}")
    conn.execute(
        "INSERT INTO pauses (id, started_at, planned_return_at, return_at, ended_at, note)"
        " VALUES (7, 1000, 2200, 2800, 2900, 'kept note')"
    )
    conn.execute(
        "INSERT INTO extensions (pause_id, at, added_seconds, return_at)"
        " VALUES (7, 2000, 600, 2800)"
    )
    conn.execute(
        "INSERT INTO reflections (pause_id, prompt, answer, updated_at)"
        " VALUES (7, 'need', 'kept answer', 2900)"
    )
    conn.commit()
    conn.close()

    store = open_store(path)
    try:
        assert store.recovery is None
        version = store.connection.execute("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION
        pause = store.get_pause(7)
        assert pause is not None and pause.note == "kept note" and len(pause.extensions) == 1
        assert store.reflections(7) == {"need": "kept answer"}
        service = PauseService(store, FakeClock(T0))
        assert service.pause_signals(7) == PauseSignals()
        service.save_signals(7, PauseSignals(frozenset({"jaw"}), "late again"))
        assert service.pause_signals(7) == PauseSignals(frozenset({"jaw"}), "late again")
    finally:
        store.close()


def test_saving_replaces_the_ticks_and_announces_a_change(
    service: PauseService, store: Store
) -> None:
    pause_id = ended(store, 120, 30)
    changes: list[Change] = []
    service.listeners.append(changes.append)

    service.save_signals(pause_id, PauseSignals(frozenset({"jaw", "pressure"}), " the dishes "))
    assert service.pause_signals(pause_id) == PauseSignals(
        frozenset({"jaw", "pressure"}), "the dishes"
    )
    service.save_signals(pause_id, PauseSignals(frozenset({"chest"})), source=Source.COMMAND_LINE)
    assert service.pause_signals(pause_id) == PauseSignals(frozenset({"chest"}))

    assert [c.kinds for c in changes] == [frozenset({ChangeKind.SIGNALS})] * 2
    assert [c.pause_id for c in changes] == [pause_id, pause_id]
    assert changes[1].source is Source.COMMAND_LINE


@pytest.mark.parametrize(
    ("signals", "kind"),
    [
        (PauseSignals(frozenset({"not a key"})), "signal_malformed"),
        (PauseSignals(frozenset({OWN_WORDS})), "signal_malformed"),
        (PauseSignals(frozenset({""})), "signal_malformed"),
        (PauseSignals(own_words="x" * (MAX_OWN_WORDS + 1)), "signal_words_too_long"),
    ],
)
def test_malformed_signals_change_nothing(
    service: PauseService, store: Store, signals: PauseSignals, kind: str
) -> None:
    pause_id = ended(store, 120, 30)
    service.save_signals(pause_id, PauseSignals(frozenset({"jaw"})))
    changes: list[Change] = []
    service.listeners.append(changes.append)
    with pytest.raises(InputError) as raised:
        service.save_signals(pause_id, signals)
    assert raised.value.kind == kind
    assert service.pause_signals(pause_id) == PauseSignals(frozenset({"jaw"}))
    assert changes == []


def test_no_such_pause_is_refused(service: PauseService) -> None:
    with pytest.raises(InputError) as raised:
        service.save_signals(404, PauseSignals(frozenset({"jaw"})))
    assert raised.value.kind == "no_such_pause"


def raw_bytes(store: Store) -> bytes:
    wal = store.path.with_name(store.path.name + "-wal")
    return store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_deleting_the_pause_deletes_its_signals_and_wipes_the_words(
    service: PauseService, store: Store
) -> None:
    secret = "SECRET-TRIGGER-marble-otter"
    pause_id = ended(store, 120, 30)
    other = ended(store, 300, 45)
    service.save_signals(pause_id, PauseSignals(frozenset({"jaw"}), secret))
    service.save_signals(other, PauseSignals(frozenset({"chest"})))
    store.connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert secret.encode() in raw_bytes(store)

    service.delete_pause(pause_id)

    assert service.pause_signals(pause_id) == PauseSignals()
    assert service.pause_signals(other) == PauseSignals(frozenset({"chest"}))
    assert store.wait_scrubbed(5.0)
    assert secret.encode() not in raw_bytes(store)
    history.delete_all(store, T0)
    count = store.connection.execute("SELECT COUNT(*) FROM pause_signals").fetchone()[0]
    assert count == 0


def test_replaced_words_are_wiped_too(service: PauseService, store: Store) -> None:
    secret = "SECRET-WORDS-copper-kettle"
    pause_id = ended(store, 120, 30)
    service.save_signals(pause_id, PauseSignals(own_words=secret))
    store.connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    service.save_signals(pause_id, PauseSignals(frozenset({"jaw"})))
    assert store.wait_scrubbed(5.0)
    assert secret.encode() not in raw_bytes(store)


def test_exports_carry_the_signals(service: PauseService, store: Store, tmp_path: Path) -> None:
    first = ended(store, 300, 45)
    second = ended(store, 120, 30)
    service.save_signals(first, PauseSignals(frozenset({"pressure", "jaw"}), "=the bill"))

    service.export(tmp_path / "out.csv", "csv", None, None, False)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8"))))
    assert [(r["id"], r["signals"], r["signal_words"]) for r in rows] == [
        (str(first), "jaw pressure", "'=the bill"),  # no formula for a spreadsheet
        (str(second), "", ""),
    ]
    service.export(tmp_path / "out.json", "json", None, None, True)
    pauses = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["pauses"]
    assert [(p["signals"], p["signal_words"]) for p in pauses] == [
        (["jaw", "pressure"], "=the bill"),
        ([], ""),
    ]
    assert "reflections" in pauses[0]


def test_the_summary_follows_the_history_filters(service: PauseService, store: Store) -> None:
    short = ended(store, 60 * 24 * 2, 20)
    medium = ended(store, 60 * 24 * 3, 40)
    long = ended(store, 60 * 24 * 4, 90)
    old = ended(store, 60 * 24 * 60, 10)  # outside the last 30 days
    untouched = ended(store, 60 * 24 * 5, 25)
    service.save_signals(short, PauseSignals(frozenset({"jaw", "pressure"})))
    service.save_signals(medium, PauseSignals(frozenset({"jaw"}), "my own"))
    service.save_signals(long, PauseSignals(frozenset({"jaw", "pressure"})))
    service.save_signals(old, PauseSignals(frozenset({"chest"})))
    assert service.pause_signals(untouched) == PauseSignals()

    month = HistoryFilter(since=T0 - timedelta(days=30), until=T0 + timedelta(days=1))
    summary = service.signal_summary(month, order=["pressure", "jaw"])
    assert summary.pauses_with_signals == 3
    assert [(c.key, c.pauses, c.median_seconds // 60) for c in summary.counts] == [
        ("jaw", 3, 40),
        ("pressure", 2, 55),
        (OWN_WORDS, 1, 40),
    ]
    everything = service.signal_summary(HistoryFilter())
    assert "chest" in {count.key for count in everything.counts}
    assert service.signal_summary(HistoryFilter(only_long=True)).counts == ()


def test_a_pause_that_ended_before_it_started_counts_without_a_length(
    service: PauseService, store: Store
) -> None:
    backwards = ended(store, 120, -10)  # the clock was set back while it ran
    service.save_signals(backwards, PauseSignals(frozenset({"wall"})))
    summary = service.signal_summary(HistoryFilter())
    assert [(c.key, c.pauses, c.median_seconds) for c in summary.counts] == [("wall", 1, None)]


def test_salvage_brings_the_signals_back_and_copes_without_their_table(tmp_path: Path) -> None:
    from pausetimer.salvage import salvage

    source = open_store(tmp_path / "old.db")
    pause_id = ended(source, 120, 30)
    PauseService(source, FakeClock(T0)).save_signals(
        pause_id, PauseSignals(frozenset({"jaw"}), "kept words")
    )
    source.close()
    fresh = open_store(tmp_path / "fresh.db")
    try:
        assert salvage(tmp_path / "old.db", fresh.connection) == 1
        service = PauseService(fresh, FakeClock(T0))
        assert service.pause_signals(pause_id) == PauseSignals(frozenset({"jaw"}), "kept words")
    finally:
        fresh.close()

    older = sqlite3.connect(tmp_path / "older.db")  # a file from before the signals
    MIGRATIONS[0](older)
    older.execute(
        "INSERT INTO pauses (started_at, planned_return_at, return_at, ended_at)"
        " VALUES (1000, 2200, 2200, 2300)"
    )
    older.commit()
    older.close()
    other = open_store(tmp_path / "other.db")
    try:
        assert salvage(tmp_path / "older.db", other.connection) == 1
    finally:
        other.close()


def test_the_command_lines_history_carries_the_signals(service: PauseService, store: Store) -> None:
    from pausetimer.commands import execute

    pause_id = ended(store, 120, 30)
    service.save_signals(pause_id, PauseSignals(frozenset({"wall", "leave"}), "a door slammed"))
    pauses = execute(service, {"cmd": "history"})["result"]
    assert [(p["signals"], p["signal_words"]) for p in pauses] == [
        (["leave", "wall"], "a door slammed")
    ]
    table = execute(service, {"cmd": "history", "format": "csv"})["result"]
    row = next(csv.DictReader(io.StringIO(table)))
    assert (row["signals"], row["signal_words"]) == ("leave wall", "a door slammed")
