"""Passing trouble is told and changes nothing; only real damage moves a file aside (issue 12).

A full disk and a read-only disk are real: a small tmpfs mounted for the test (the suite runs as
root in CI); where mounting is not allowed the test says so and skips.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from pausetimer.core.pause import ReturnSpec
from pausetimer.service import PauseService
from pausetimer.store import (
    DatabaseLockedError,
    StorageUnavailableError,
    Store,
    open_store,
)
from tests.helpers.clock import FakeClock


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def fill_history(path: Path, clock: FakeClock, count: int, note: str = "") -> list[int]:
    """``count`` ended pauses, one a day, and the database closed cleanly."""
    store = open_store(path, now=clock.now())
    service = PauseService(store, clock)
    ids = []
    for day in range(count):
        pause, _ = service.start(ReturnSpec(after=timedelta(hours=1)), note=note or f"pause {day}")
        clock.advance(timedelta(minutes=50))
        service.end()
        clock.advance(timedelta(days=1))
        assert pause.id is not None
        ids.append(pause.id)
    store.close()
    return ids


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB tmpfs (room for a history and its log), unmounted afterwards."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill_the_disk(folder: Path) -> Path:
    filler = folder / "filler"
    file = filler.open("wb", buffering=0)
    try:
        while file.write(b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        file.close()
    return filler


def test_a_full_disk_leaves_a_healthy_database_alone(small_disk: Path, clock: FakeClock) -> None:
    path = small_disk / "pausetimer.db"
    ids = fill_history(path, clock, 42)
    filler = fill_the_disk(small_disk)
    before = snapshot(small_disk)

    with pytest.raises(StorageUnavailableError) as raised:
        open_store(path, now=clock.now())

    assert raised.value.kind == "disk_full"
    assert raised.value.params["path"] == path
    assert str(path) in raised.value.message and "full" in raised.value.message
    after = snapshot(small_disk)
    # Nothing moved, nothing written; SQLite may leave an empty log and its index behind.
    assert after.pop("pausetimer.db-wal", b"") == b""
    after.pop("pausetimer.db-shm", None)
    assert after == before
    filler.unlink()
    store = open_store(path, now=clock.now())
    try:
        assert store.recovery is None
        assert [p.id for p in store.history()] == ids[::-1]
    finally:
        store.close()


def test_a_read_only_disk_is_said_and_nothing_moves(small_disk: Path, clock: FakeClock) -> None:
    path = small_disk / "pausetimer.db"
    ids = fill_history(path, clock, 5)
    before = snapshot(small_disk)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)

    with pytest.raises(StorageUnavailableError) as raised:
        open_store(path, now=clock.now())

    assert raised.value.kind == "read_only"
    assert snapshot(small_disk) == before
    subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    store = open_store(path, now=clock.now())
    try:
        assert len(store.history()) == len(ids)
    finally:
        store.close()


def test_a_file_of_another_account_is_left_alone(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "pausetimer.db"
    fill_history(path, clock, 3)
    other = os.geteuid() + 1 if os.geteuid() else 65534
    try:
        os.chown(path, other, -1)
    except PermissionError:
        pytest.skip("only root can give a file to another account")
    before = snapshot(tmp_path)

    with pytest.raises(StorageUnavailableError) as raised:
        open_store(path, now=clock.now())

    assert raised.value.kind == "not_owner"
    assert snapshot(tmp_path) == before
    assert os.stat(path).st_uid == other


_OPEN_AND_COUNT = """
import sys
from pathlib import Path
from pausetimer.store import open_store
store = open_store(Path(sys.argv[1]))
print(len(store.history()), store.recovery is None)
store.close()
"""


def run_as_owner(folder: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """Run as the account that owns ``folder``: as root, that is an ordinary account, for whom
    file permissions count (they do not for root). The store is plain Python, so any Python 3.11
    that account may run will do."""
    info = folder.stat()
    repo = str(Path(__file__).resolve().parents[2])
    if info.st_uid == os.geteuid():
        candidates = [sys.executable]
    else:
        candidates = [sys.executable, "/usr/bin/python3"]
    for python in candidates:
        try:
            probe = subprocess.run(
                [python, "-c", "import sys; sys.exit(sys.version_info < (3, 11))"],
                user=info.st_uid,
                group=info.st_gid,
                capture_output=True,
                check=False,
            )
        except OSError:  # e.g. a Python under root's home folder
            continue
        if probe.returncode == 0:
            return subprocess.run(
                [python, "-c", _OPEN_AND_COUNT, *argv],
                user=info.st_uid,
                group=info.st_gid,
                env={"PYTHONPATH": repo, "PATH": "/usr/bin:/bin"},
                capture_output=True,
                text=True,
                check=False,
            )
    pytest.skip("no Python 3.11+ that an ordinary account may run")


def test_a_read_only_file_of_the_user_gets_its_mode_back(clock: FakeClock) -> None:
    folder = Path(tempfile.mkdtemp(prefix="pausetimer-mode-"))
    try:
        path = folder / "pausetimer.db"
        ids = fill_history(path, clock, 3)
        if os.geteuid() == 0:  # the data of an ordinary account, opened by that account
            for item in (folder, path):
                os.chown(item, 65534, 65534)
        os.chmod(path, 0o400)

        opened = run_as_owner(folder, str(path))

        assert opened.returncode == 0, opened.stderr
        assert opened.stdout.split() == [str(len(ids)), "True"]
        assert os.stat(path).st_mode & 0o777 == 0o600
        assert [p.name for p in folder.iterdir() if "damaged" in p.name] == []
    finally:
        shutil.rmtree(folder)


def test_a_locked_database_on_a_write_is_a_refusal_not_a_crash(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "pausetimer.db"
    open_store(path).close()
    store = open_store(path, busy_timeout_ms=50)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLockedError) as raised:
            PauseService(store, clock).start(ReturnSpec(after=timedelta(hours=1)))
        assert raised.value.kind == "database_locked"
        assert not store.connection.in_transaction
    finally:
        holder.rollback()
        holder.close()
    assert PauseService(store, clock).start(ReturnSpec(after=timedelta(hours=1)))[0].id == 1
    store.close()


def test_a_garbage_file_moves_aside_with_its_companions(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "pausetimer.db"
    path.write_bytes(b"not a database" * 300)
    path.with_name("pausetimer.db-wal").write_bytes(b"\1" * 100)
    path.with_name("pausetimer.db-shm").write_bytes(b"\2" * 100)
    store = open_store(path, now=clock.now())
    try:
        assert store.recovery is not None and store.recovery.moved_to is not None
        moved = store.recovery.moved_to
        assert moved.read_bytes() == b"not a database" * 300
        assert moved.with_name(moved.name + "-wal").read_bytes() == b"\1" * 100
        assert moved.with_name(moved.name + "-shm").read_bytes() == b"\2" * 100
        assert store.recovery.salvaged == 0
        assert store.history() == []
    finally:
        store.close()
    # A second damaged file within the same second gets a name of its own.
    path.unlink()
    path.write_bytes(b"also not a database" * 300)
    again = open_store(path, now=clock.now())
    try:
        assert again.recovery is not None and again.recovery.moved_to is not None
        assert again.recovery.moved_to != moved and moved.exists()
    finally:
        again.close()


def damage_one_page_in_the_middle(path: Path) -> None:
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    with path.open("r+b") as file:
        file.seek(page_size * (pages // 2))
        file.write(b"\xa5" * page_size)


def test_one_damaged_page_costs_only_the_pauses_on_it(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "pausetimer.db"
    # About four pauses fit a page: the history spans a few dozen pages.
    ids = fill_history(path, clock, 60, note="a note of some length " * 40)
    damage_one_page_in_the_middle(path)

    store = open_store(path, now=clock.now())
    try:
        assert store.recovery is not None and store.recovery.moved_to is not None
        salvaged = store.recovery.salvaged
        kept = [p.id for p in store.history()]
        assert salvaged == len(kept)
        assert 45 <= salvaged < 60, salvaged
        assert set(kept) <= set(ids)
        assert all(p.note.startswith("a note of some length") for p in store.history())
        # The salvaged history is a working one.
        assert PauseService(store, clock).start(ReturnSpec(after=timedelta(hours=1)))[0].id
    finally:
        store.close()


def crashed_copy(source: Path, target: Path) -> None:
    """What a power loss leaves: the database and its -wal as they are while still open."""
    for suffix in ("", "-wal"):
        target.with_name(target.name + suffix).write_bytes(
            source.with_name(source.name + suffix).read_bytes()
        )


def test_a_damaged_wal_is_kept_and_told(tmp_path: Path, clock: FakeClock) -> None:
    live = tmp_path / "live.db"
    store = open_store(live, now=clock.now())
    store.connection.execute("PRAGMA wal_autocheckpoint = 0")  # all changes stay in the -wal
    service = PauseService(store, clock)
    first, _ = service.start(ReturnSpec(after=timedelta(hours=1)), note="first")
    frames_before_end = live.with_name("live.db-wal").stat().st_size
    clock.advance(timedelta(minutes=40))
    service.end()
    clock.advance(timedelta(hours=2))
    service.start(ReturnSpec(after=timedelta(hours=1)), note="second")
    crashed = tmp_path / "pausetimer.db"
    crashed_copy(live, crashed)
    store.close()
    wal = crashed.with_name("pausetimer.db-wal")
    data = bytearray(wal.read_bytes())
    data[frames_before_end + 24 + 100] ^= 0xFF  # inside the first page written by "end"
    wal.write_bytes(bytes(data))

    reopened = open_store(crashed, now=clock.now())
    try:
        recovery = reopened.recovery
        assert recovery is not None and recovery.moved_to is None
        assert recovery.wal_kept is not None and recovery.wal_kept.read_bytes() == bytes(data)
        assert recovery.wal_kept.parent == tmp_path
        # What SQLite could still use: the first pause, running again, as the user is told.
        active = reopened.active_pause()
        assert active is not None and active.id == first.id
    finally:
        reopened.close()
    assert recovery.wal_kept.exists()  # a clean close deletes the -wal, never the kept copy


def test_a_healthy_wal_with_frames_of_an_older_generation_is_not_damage(
    tmp_path: Path, clock: FakeClock
) -> None:
    live = tmp_path / "live.db"
    store = open_store(live, now=clock.now())
    service = PauseService(store, clock)
    for _ in range(5):
        service.start(ReturnSpec(after=timedelta(hours=1)), note="x" * 3000)
        service.end()
    # The log restarts from its beginning; the older frames behind the new ones stay.
    store.connection.execute("PRAGMA wal_checkpoint(RESTART)")
    service.start(ReturnSpec(after=timedelta(hours=1)), note="after the restart")
    crashed = tmp_path / "pausetimer.db"
    crashed_copy(live, crashed)
    store.close()

    reopened = open_store(crashed, now=clock.now())
    try:
        assert reopened.recovery is None
        active = reopened.active_pause()
        assert active is not None and active.note == "after the restart"
    finally:
        reopened.close()
    assert not [p for p in tmp_path.iterdir() if "damaged" in p.name]


def test_a_fresh_store_has_nothing_to_recover(store: Store) -> None:
    assert store.recovery is None


def test_damage_on_a_full_disk_puts_the_file_back(small_disk: Path, clock: FakeClock) -> None:
    """Without room for a fresh database the damaged file must stay where it is: moved aside,
    the next start (with space again) would begin empty and never look at it."""
    path = small_disk / "pausetimer.db"
    damaged = b"not a database, but the user's file" * 300
    path.write_bytes(damaged)
    filler = fill_the_disk(small_disk)

    with pytest.raises(StorageUnavailableError) as raised:
        open_store(path, now=clock.now())

    assert raised.value.kind == "disk_full"
    assert path.read_bytes() == damaged
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "pausetimer.db"]
    filler.unlink()
    store = open_store(path, now=clock.now())
    try:
        assert store.recovery is not None and store.recovery.moved_to is not None
        assert store.recovery.moved_to.read_bytes() == damaged
    finally:
        store.close()
