"""The command line on a database it cannot use right now, or one that was damaged (issue 12)."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from tests.helpers.cli import Cli
from tests.helpers.clock import FakeClock
from tests.unit.test_store_faults import damage_one_page_in_the_middle, fill_history


def test_a_database_of_another_account_is_exit_1_with_words_and_left_alone(
    cli: Cli, data_dir: Path, clock: FakeClock
) -> None:
    path = data_dir / "pausetimer.db"
    data_dir.mkdir(parents=True)
    fill_history(path, clock, 2)
    try:
        os.chown(path, os.geteuid() + 1 if os.geteuid() else 65534, -1)
    except PermissionError:
        pytest.skip("only root can give a file to another account")
    before = path.read_bytes()
    code, out, err = cli("status")
    assert code == 1 and out == ""
    assert "belongs to another user account" in err and str(path) in err
    assert "unexpected" not in err
    assert path.read_bytes() == before
    assert not [p for p in data_dir.iterdir() if "damaged" in p.name]


def test_a_salvaged_history_is_told_with_its_count(
    cli: Cli, data_dir: Path, clock: FakeClock
) -> None:
    path = data_dir / "pausetimer.db"
    data_dir.mkdir(parents=True)
    fill_history(path, clock, 60, note="a note of some length " * 40)
    damage_one_page_in_the_middle(path)
    code, out, err = cli("history", "--json")
    listed = json.loads(out)
    assert code == 0
    assert f"{len(listed)} pauses could be read and were copied" in err
    assert "damaged-" in err


def test_deleting_while_another_program_reads_is_reported_truthfully(
    cli: Cli, data_dir: Path, clock: FakeClock
) -> None:
    path = data_dir / "pausetimer.db"
    data_dir.mkdir(parents=True)
    pause_id = fill_history(path, clock, 1, note="SECRET-heron")[0]
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM pauses").fetchone()
    try:
        code, out, err = cli("history", "--delete", str(pause_id))
    finally:
        reader.rollback()
    assert code == 0, err
    assert out.startswith("Deleted 1 pause.") and "still being wiped" in out
    assert json.loads(cli("history", "--json")[1]) == []
    reader.close()
    clock.advance(timedelta(minutes=1))
    wal = path.with_name(path.name + "-wal")
    assert b"SECRET-heron" not in path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
