"""Moments together: planned through the service, stored in their own table (added by a schema
step that keeps existing pauses), announced as a change, deleted for good."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pausetimer.core.changes import Change, ChangeKind, Source
from pausetimer.core.errors import InputError
from pausetimer.core.pause import ReturnSpec
from pausetimer.core.together import LATE_GRACE, Moment, due_moments
from pausetimer.service import PauseService
from pausetimer.store import MIGRATIONS, SCHEMA_VERSION, open_store
from pausetimer.store_together import migrate_add_together
from tests.helpers.clock import FakeClock


def test_a_moment_is_stored_listed_and_announced(service: PauseService, clock: FakeClock) -> None:
    seen: list[Change] = []
    service.listeners.append(seen.append)
    at = clock.now() + timedelta(days=1, hours=2)
    moment = service.together.plan(at, "  walk   by the river ", source=Source.COMMAND_LINE)
    assert moment.id is not None and moment.note == "walk by the river"
    assert service.together.upcoming() == [moment]
    assert [(c.kinds, c.source) for c in seen] == [({ChangeKind.TOGETHER}, Source.COMMAND_LINE)]
    clock.advance(timedelta(days=2))
    assert service.together.upcoming() == []  # passed: no longer ahead
    assert service.together.all() == [moment]  # but kept (and exported) until deleted


@pytest.mark.parametrize(
    ("offset", "words", "kind"),
    [
        (timedelta(0), "", "together_not_future"),
        (-timedelta(minutes=5), "", "together_not_future"),
        (timedelta(days=400), "", "together_too_far"),
        (timedelta(hours=3), "x" * 201, "together_note_too_long"),
    ],
)
def test_a_refused_moment_changes_nothing(
    service: PauseService, clock: FakeClock, offset: timedelta, words: str, kind: str
) -> None:
    seen: list[Change] = []
    service.listeners.append(seen.append)
    with pytest.raises(InputError) as refused:
        service.together.plan(clock.now() + offset, words)
    assert refused.value.kind == kind and refused.value.exit_code == 2
    assert service.together.all() == [] and seen == []


def test_delete_one_and_all(service: PauseService, clock: FakeClock) -> None:
    first = service.together.plan(clock.now() + timedelta(hours=5), "dinner")
    service.together.plan(clock.now() + timedelta(days=3), "cinema")
    seen: list[Change] = []
    service.listeners.append(seen.append)
    assert first.id is not None
    service.together.delete(first.id)
    assert [m.note for m in service.together.upcoming()] == ["cinema"]
    with pytest.raises(InputError) as missing:
        service.together.delete(first.id)
    assert missing.value.kind == "no_such_moment"
    assert service.together.delete_all() == 1
    assert service.together.all() == []
    assert [c.kinds for c in seen] == [{ChangeKind.TOGETHER}, {ChangeKind.TOGETHER}]
    assert service.wait_scrubbed(5.0)


def test_due_moments_since_the_last_look_and_after_a_fresh_start() -> None:
    now = datetime(2026, 12, 3, 19, 0, tzinfo=UTC)

    def at(minutes: int) -> Moment:
        return Moment(at=now + timedelta(minutes=minutes), note="", created_at=now)

    moments = [at(30), at(-10), at(-90), at(0)]
    assert [m.at for m in due_moments(moments, now, now - timedelta(minutes=15))] == [
        at(-10).at,
        at(0).at,
    ]
    fresh = due_moments(moments, now, None)
    assert all(now - LATE_GRACE < m.at <= now for m in fresh) and len(fresh) == 2


def test_migration_keeps_the_pauses_of_a_database_of_the_previous_version(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "pausetimer.db"
    conn = sqlite3.connect(path)
    before = MIGRATIONS.index(migrate_add_together)  # the schema the release before it wrote
    for step in MIGRATIONS[:before]:
        step(conn)
    conn.execute(f"PRAGMA user_version = {before}")
    conn.execute(
        "INSERT INTO pauses (started_at, planned_return_at, return_at, ended_at, note)"
        " VALUES (1764000000, 1764003600, 1764003600, 1764003000, 'kept')"
    )
    conn.commit()
    conn.close()

    store = open_store(path)
    try:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        service = PauseService(store, clock)
        assert [p.note for p in service.history()] == ["kept"]
        service.together.plan(clock.now() + timedelta(days=1), "after the move")
        service.start(ReturnSpec(after=timedelta(hours=1)))
        assert len(service.together.all()) == 1
    finally:
        store.close()


def test_the_json_export_holds_every_moment(
    service: PauseService, clock: FakeClock, tmp_path: Path
) -> None:
    import json

    service.together.plan(clock.now() + timedelta(hours=6), "dinner")
    clock.advance(timedelta(days=1))
    service.export(tmp_path / "all.json", "json", None, None, False)
    exported = json.loads((tmp_path / "all.json").read_text())
    assert [(m["note"], m["at"]) for m in exported["together"]] == [
        ("dinner", "2026-11-21T20:00:00+01:00")
    ]


def test_salvage_brings_the_moments_back_from_a_damaged_file(
    tmp_path: Path, clock: FakeClock
) -> None:
    from tests.unit.test_store_faults import damage_one_page_in_the_middle, fill_history

    path = tmp_path / "pausetimer.db"
    # Pauses with long notes fill a few dozen pages; the damage lands on one of theirs.
    fill_history(path, clock, 60, note="a note of some length " * 40)
    store = open_store(path, now=clock.now())
    service = PauseService(store, clock)
    planned = [
        service.together.plan(clock.now() + timedelta(days=day), f"walk {day}") for day in (1, 2, 3)
    ]
    store.close()
    damage_one_page_in_the_middle(path)

    salvaged = open_store(path, now=clock.now())
    try:
        assert salvaged.recovery is not None and salvaged.recovery.moved_to is not None
        assert 0 < salvaged.recovery.salvaged < 60  # really damaged: some pauses were lost
        service = PauseService(salvaged, clock)
        assert service.together.all() == planned  # ids, times, words and when planned
        # The salvaged table is a working one: the next moment gets an id of its own.
        later = service.together.plan(clock.now() + timedelta(days=4), "cinema")
        assert later.id not in {moment.id for moment in planned}
    finally:
        salvaged.close()


def test_salvage_of_a_file_from_before_the_moments(tmp_path: Path, clock: FakeClock) -> None:
    from pausetimer.salvage import salvage

    older = sqlite3.connect(tmp_path / "older.db")
    for step in MIGRATIONS[: MIGRATIONS.index(migrate_add_together)]:
        step(older)
    older.execute(
        "INSERT INTO pauses (started_at, planned_return_at, return_at, ended_at)"
        " VALUES (1000, 2200, 2200, 2300)"
    )
    older.commit()
    older.close()
    fresh = open_store(tmp_path / "fresh.db")
    try:
        assert salvage(tmp_path / "older.db", fresh.connection) == 1
        assert PauseService(fresh, clock).together.all() == []
    finally:
        fresh.close()
