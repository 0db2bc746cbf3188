"""`pausetimer status` without a running app reads the file read-only and answers exactly as the
full way (store, service, commands) would; at anything unusual it leaves the answer to the full
way. Each case compares both on a real SQLite file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from pausetimer import store as store_module
from pausetimer.commands import execute
from pausetimer.core.pause import ReturnSpec
from pausetimer.responses import Response
from pausetimer.service import PauseService
from pausetimer.status_peek import SCHEMA_VERSION, peek_status
from pausetimer.store import open_store
from tests.helpers.clock import FakeClock

Setup = Callable[[PauseService, FakeClock], None]


def _full(path: Path, clock: FakeClock) -> Response:
    store = open_store(path, now=clock.now())
    try:
        return execute(PauseService(store, clock), {"cmd": "status"})
    finally:
        store.close()


def _prepared(path: Path, clock: FakeClock, setup: Setup) -> None:
    store = open_store(path, now=clock.now())
    try:
        setup(PauseService(store, clock), clock)
    finally:
        store.close()  # as when no app runs: the write-ahead log is folded in


def _nothing(service: PauseService, clock: FakeClock) -> None:
    assert service.status().pause is None


def _running(service: PauseService, clock: FakeClock) -> None:
    service.start(ReturnSpec(after=timedelta(minutes=45)), note="a walk", announced=True)
    clock.advance(timedelta(minutes=10))
    service.extend(timedelta(minutes=15))
    clock.advance(timedelta(minutes=3))


def _due(service: PauseService, clock: FakeClock) -> None:
    service.start(ReturnSpec(after=timedelta(minutes=30)))
    clock.advance(timedelta(minutes=31))


def _long(service: PauseService, clock: FakeClock) -> None:
    service.start(ReturnSpec(after=timedelta(hours=30)), allow_long=True)
    clock.advance(timedelta(hours=25))


def _ended(service: PauseService, clock: FakeClock) -> None:
    service.start(ReturnSpec(after=timedelta(minutes=30)))
    clock.advance(timedelta(minutes=20))
    service.end(note="went fine")


@pytest.mark.parametrize("setup", [_nothing, _running, _due, _long, _ended])
def test_the_peek_answers_as_the_full_way(tmp_path: Path, clock: FakeClock, setup: Setup) -> None:
    path = tmp_path / "pausetimer.db"
    _prepared(path, clock, setup)
    before = sorted(p.name for p in tmp_path.iterdir())
    peeked = peek_status(path, clock)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # a reader leaves no files
    assert peeked is not None
    assert json.dumps(peeked, sort_keys=True) == json.dumps(_full(path, clock), sort_keys=True)


def test_the_schema_version_is_the_stores(tmp_path: Path) -> None:
    assert SCHEMA_VERSION == store_module.SCHEMA_VERSION


def test_no_database_yet_is_left_to_the_full_way(tmp_path: Path, clock: FakeClock) -> None:
    assert peek_status(tmp_path / "pausetimer.db", clock) is None


def test_a_write_ahead_log_with_content_is_left_to_the_full_way(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "pausetimer.db"
    store = open_store(path, now=clock.now())
    try:
        PauseService(store, clock).start(ReturnSpec(after=timedelta(minutes=30)))
        assert path.with_name("pausetimer.db-wal").stat().st_size > 0  # a writer is open
        assert peek_status(path, clock) is None
    finally:
        store.close()
    assert peek_status(path, clock) is not None


def test_another_schema_version_is_left_to_the_full_way(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "pausetimer.db"
    _prepared(path, clock, _running)
    monkeypatch.setattr("pausetimer.status_peek.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    assert peek_status(path, clock) is None


def test_a_file_others_may_read_is_left_to_the_full_way(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "pausetimer.db"
    _prepared(path, clock, _running)
    os.chmod(path, 0o644)  # the full way makes it private again
    assert peek_status(path, clock) is None


def test_a_clock_set_back_is_left_to_the_full_way(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "pausetimer.db"
    _prepared(path, clock, _running)
    clock.advance(timedelta(hours=-2))
    assert peek_status(path, clock) is None


def test_a_file_that_is_no_database_is_left_to_the_full_way(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "pausetimer.db"
    path.write_bytes(b"not a database at all" * 100)
    os.chmod(path, 0o600)
    assert peek_status(path, clock) is None


def test_status_without_an_app_loads_neither_argparse_nor_the_store(data_dir: Path) -> None:
    """What status bars run every few seconds (the console script's quick way)."""
    code = (
        "import sys\n"
        "sys.argv = ['pausetimer', 'status', '--json']\n"
        "from pausetimer.console import main\n"
        "assert main() == 0\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    env = {**os.environ, "PAUSETIMER_DATA_DIR": str(data_dir), "LANGUAGE": "nl"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    for _ in range(2):  # the first run creates the database the full way; the second peeks
        result = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0, result.stderr
    modules = result.stdout.rsplit("\n", 2)[1]
    assert json.loads(result.stdout[: result.stdout.rindex("}") + 1])["state"] == "idle"
    loaded = set(modules.split())
    assert "pausetimer.status_peek" in loaded
    unwanted = {"argparse", "logging", "tempfile", "shutil", "csv", "tomllib", "pausetimer.store"}
    unwanted |= {"pausetimer.commands", "pausetimer.service", "pausetimer.cli", "PySide6"}
    assert sorted(loaded & unwanted) == []
