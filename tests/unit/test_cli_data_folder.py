"""A data folder the command line cannot use: a plain reason and exit 1, never "unexpected
error", and nothing created or changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pausetimer.cli import main
from tests.helpers.clock import FakeClock


def test_a_folder_that_cannot_be_created(
    tmp_path: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "file").write_text("in the way")
    monkeypatch.setenv("PAUSETIMER_DATA_DIR", str(tmp_path / "file" / "data"))
    assert main(["status"], clock=clock) == 1
    err = capsys.readouterr().err
    assert "cannot create its data folder" in err and "unexpected" not in err


def test_a_dangling_link_at_the_database_path(
    data_dir: Path, tmp_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir()
    target = tmp_path / "gone" / "pausetimer.db"
    (data_dir / "pausetimer.db").symlink_to(target)
    assert main(["start", "--for", "1h"], clock=clock) == 1
    err = capsys.readouterr().err
    assert str(target) in err and "unexpected" not in err
    assert os.readlink(data_dir / "pausetimer.db") == str(target)
    assert not (tmp_path / "gone").exists()
