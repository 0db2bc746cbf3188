"""Deleting while another program reads never makes the caller wait (issue 12, item 6)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from pausetimer import history
from pausetimer.commands import execute
from pausetimer.core.pause import ReturnSpec
from pausetimer.service import PauseService
from pausetimer.store import Store
from tests.helpers.clock import FakeClock

SECRET = "SECRET-NOTE-kestrel-lantern"


def raw_bytes(store: Store) -> bytes:
    wal = store.path.with_name(store.path.name + "-wal")
    return store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def reader(store: Store) -> Iterator[sqlite3.Connection]:
    """Another program reading the database: it holds a snapshot of the log until it ends."""
    conn = sqlite3.connect(store.path, isolation_level=None)
    yield conn
    if conn.in_transaction:
        conn.rollback()
    conn.close()


def ended_secret(service: PauseService, clock: FakeClock) -> int:
    pause, _ = service.start(ReturnSpec(after=timedelta(hours=1)), note=SECRET)
    clock.advance(timedelta(minutes=30))
    service.end()
    assert pause.id is not None
    return pause.id


def test_deleting_while_another_program_reads_returns_at_once(
    store: Store, service: PauseService, clock: FakeClock, reader: sqlite3.Connection
) -> None:
    pause_id = ended_secret(service, clock)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM pauses").fetchone()

    started = time.perf_counter()
    response = execute(service, {"cmd": "delete", "id": pause_id})
    took = time.perf_counter() - started

    # It used to wait out the 5 s busy timeout; the 100 ms target is benchmarks/bench_scrub.py.
    assert took < 1.0, f"the caller waited {took:.2f} s"
    assert response["exit_code"] == 0
    assert response["result"] == {"deleted": 1, "wiped": False}  # true at the time of the reply
    assert store.get_pause(pause_id) is None
    assert not store.wait_scrubbed(0.3)  # the reader still holds the old pages in the log
    reader.rollback()
    assert store.wait_scrubbed(5.0)
    assert SECRET.encode() not in raw_bytes(store)


def test_text_left_in_the_log_is_wiped_at_the_next_start(tmp_path: Path, clock: FakeClock) -> None:
    from pausetimer.store import open_store

    path = tmp_path / "pausetimer.db"
    store = open_store(path)
    service = PauseService(store, clock)
    pause_id = ended_secret(service, clock)
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM pauses").fetchone()
    history.delete_pause(store, pause_id)
    store.close(scrub_wait_s=0.1)  # gives up: the reader still holds the log
    assert SECRET.encode() in raw_bytes_of(path)
    reader.rollback()
    # The reader stays connected (so no clean close empties the log); the next start wipes it.
    reopened = open_store(path)
    try:
        assert SECRET.encode() not in raw_bytes_of(path)
    finally:
        reopened.close()
        reader.close()


def raw_bytes_of(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
