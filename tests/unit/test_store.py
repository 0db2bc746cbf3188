import os
import sqlite3
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from pausetimer.core.pause import ReturnSpec, end_pause, extend_pause, start_pause
from pausetimer.store import SCHEMA_VERSION, SchemaTooNewError, Store, open_store
from tests.helpers.clock import FakeClock


def test_a_fresh_database_has_the_current_schema_and_private_files(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.db")
    store.close()
    conn = sqlite3.connect(tmp_path / "p.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert stat.S_IMODE(os.stat(tmp_path / "p.db").st_mode) == 0o600


def test_saved_pause_round_trips_with_extensions(store: Store, clock: FakeClock) -> None:
    pause, _ = start_pause(None, clock.now(), ReturnSpec(after=timedelta(hours=1)), note='é, "x"')
    saved = store.save(pause)
    assert saved.id is not None
    extended, _ = extend_pause(saved, clock.now(), timedelta(minutes=15))
    store.save(extended)
    again = store.active_pause()
    assert again == extended
    assert again is not None and again.return_at.tzinfo is not None


def test_only_one_pause_can_be_active(store: Store, clock: FakeClock) -> None:
    pause, _ = start_pause(None, clock.now(), ReturnSpec(after=timedelta(hours=1)))
    store.save(pause)
    with pytest.raises(sqlite3.IntegrityError):
        store.save(pause)


def test_history_is_newest_first_and_filters_by_start(store: Store, clock: FakeClock) -> None:
    ids = []
    for _ in range(3):
        pause, _ = start_pause(None, clock.now(), ReturnSpec(after=timedelta(hours=1)))
        saved = store.save(pause)
        clock.advance(timedelta(hours=2))
        ids.append(store.save(end_pause(saved, clock.now())).id)
    assert [p.id for p in store.history()] == ids[::-1]
    since = clock.now() - timedelta(hours=4)
    assert [p.id for p in store.history(since=since)] == ids[:0:-1]


def test_delete_removes_the_pause_and_its_extensions(store: Store, clock: FakeClock) -> None:
    pause, _ = start_pause(None, clock.now(), ReturnSpec(after=timedelta(hours=1)))
    saved = store.save(pause)
    store.save(extend_pause(saved, clock.now(), timedelta(minutes=5))[0])
    assert saved.id is not None and store.delete_pause(saved.id)
    assert store.history() == []
    assert store.connection.execute("SELECT COUNT(*) FROM extensions").fetchone()[0] == 0


def test_reflections_upsert(store: Store, clock: FakeClock) -> None:
    saved = store.save(start_pause(None, clock.now(), ReturnSpec(after=timedelta(hours=1)))[0])
    assert saved.id is not None
    store.save_reflection(saved.id, "felt", "tight chest", clock.now())
    store.save_reflection(saved.id, "felt", "tight chest, fast heart", clock.now())
    assert store.reflections(saved.id) == {"felt": "tight chest, fast heart"}


def test_a_corrupt_file_is_moved_aside_with_its_bytes(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "pausetimer.db"
    garbage = b"this is not a database, but it is the user's file" * 100
    path.write_bytes(garbage)
    store = open_store(path, now=clock.now())
    try:
        assert store.recovery is not None
        assert store.recovery.moved_to.read_bytes() == garbage
        assert "damaged-20261121T130000Z" in store.recovery.moved_to.name
        assert store.active_pause() is None  # and the fresh database works
    finally:
        store.close()


def test_a_truncated_database_is_moved_aside(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "pausetimer.db"
    store = open_store(path)
    for _ in range(50):
        pause, _ = start_pause(
            None, clock.now(), ReturnSpec(after=timedelta(hours=1)), note="x" * 900
        )
        store.save(end_pause(store.save(pause), clock.now() + timedelta(minutes=30)))
        clock.advance(timedelta(days=1))
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] + b"\xff" * 4096)
    reopened = open_store(path, now=clock.now())
    try:
        assert reopened.recovery is not None and reopened.recovery.moved_to.exists()
    finally:
        reopened.close()


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "pausetimer.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE future (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError) as raised:
        open_store(path)
    assert "newer version" in raised.value.message
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*damaged*"))


def test_an_older_schema_is_migrated_in_place(tmp_path: Path) -> None:
    path = tmp_path / "pausetimer.db"
    sqlite3.connect(path).close()  # an empty file at version 0
    store = open_store(path)
    assert store.recovery is None
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_a_locked_database_is_not_mistaken_for_damage(tmp_path: Path) -> None:
    path = tmp_path / "pausetimer.db"
    open_store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        store = open_store(path)
        store.close()
    except Exception as error:  # either waits it out or says it is locked; never moves it
        assert "locked" in str(error).lower()
    finally:
        holder.rollback()
        holder.close()
    assert not list(tmp_path.glob("*damaged*"))


def test_a_version_1_database_gains_the_nudge_seen_column_and_keeps_its_pauses(
    tmp_path: Path,
) -> None:
    from pausetimer.store import MIGRATIONS

    path = tmp_path / "pausetimer.db"
    conn = sqlite3.connect(path)
    MIGRATIONS[0](conn)
    conn.execute("INSERT INTO pauses (started_at, planned_return_at, return_at) VALUES (1, 2, 2)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    store = open_store(path)
    try:
        pause = store.latest_pause()
        assert pause is not None and pause.id is not None
        columns = [row[1] for row in store.connection.execute("PRAGMA table_info(pauses)")]
        assert "nudge_seen_at" in columns
        assert store.connection.execute("SELECT nudge_seen_at FROM pauses").fetchall() == [(None,)]
    finally:
        store.close()
