"""Atomic writes and moving files aside: real files in a temporary folder."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pausetimer.files import atomic_write, move_aside

NOW = datetime(2026, 12, 2, 6, 0, tzinfo=UTC)


def test_atomic_write_replaces_the_file_privately(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.write_text("old")
    atomic_write(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    target.write_text("old")

    def full_disk(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        atomic_write(target, b"new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_move_aside_takes_the_companions_along(tmp_path: Path) -> None:
    database = tmp_path / "pausetimer.db"
    for name, text in (("pausetimer.db", "db"), ("pausetimer.db-wal", "wal")):
        (tmp_path / name).write_text(text)
    moved = move_aside(database, now=NOW, companions=("-wal", "-shm"))
    assert moved.name == "pausetimer.damaged-20261202T060000Z.db"
    assert moved.read_text() == "db"
    assert moved.with_name(moved.name + "-wal").read_text() == "wal"
    assert not database.exists()
    assert not (tmp_path / "pausetimer.db-wal").exists()


def test_two_files_set_aside_in_one_second_keep_both(tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    settings.write_text("first")
    first = move_aside(settings, now=NOW)
    settings.write_text("second")
    second = move_aside(settings, now=NOW)
    assert first != second
    assert (first.read_text(), second.read_text()) == ("first", "second")


def test_a_folder_where_a_file_belongs_is_moved_aside(tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    settings.mkdir()
    (settings / "inside").write_text("kept")
    moved = move_aside(settings, now=NOW)
    assert (moved / "inside").read_text() == "kept"
    assert not settings.exists()
