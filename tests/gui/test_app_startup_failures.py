"""A start-up that cannot go on is told in a window and on stderr, never only on stderr: started
from a menu or at login, nobody reads stderr. Each case is made for real where a test can (a file
in the way, a dangling link, a live process holding the lock); a full disk and another user's
folder through the narrowest seam (the lock file's answer, the owner the check compares with)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication

from pausetimer.app import PausetimerApp
from pausetimer.commands import Response
from pausetimer.services.single_instance import InstanceGuard, claim_or_forward
from tests.gui.test_app import Built, make_app
from tests.helpers.clock import FakeClock

Told = list[tuple[str, str]]


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> Told:
    shown: Told = []
    monkeypatch.setattr(
        PausetimerApp, "show_fatal", lambda self, title, text: shown.append((title, text))
    )
    return shown


def _start_fails(qapp: QApplication, clock: FakeClock) -> None:
    app = make_app(qapp, clock, Built())
    try:
        assert app.start() == 1
    finally:
        app.shutdown()


def test_a_data_folder_that_cannot_be_created(
    qapp: QApplication,
    tmp_path: Path,
    clock: FakeClock,
    told: Told,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "in-the-way").write_text("a file where a folder should be")
    folder = tmp_path / "in-the-way" / "data"
    monkeypatch.setenv("PAUSETIMER_DATA_DIR", str(folder))
    _start_fails(qapp, clock)
    assert len(told) == 1 and told[0][0] == "Pausetimer cannot start"
    assert str(folder) in told[0][1] and "cannot create" in told[0][1]
    assert str(folder) in capsys.readouterr().err
    assert (tmp_path / "in-the-way").read_text() == "a file where a folder should be"


def test_a_data_folder_of_another_user(
    qapp: QApplication,
    data_dir: Path,
    clock: FakeClock,
    told: Told,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data_dir.mkdir()
    data_dir.chmod(0o755)  # not through mkdir: the command line's tests set a private umask
    real_uid = os.getuid()
    monkeypatch.setattr(os, "getuid", lambda: real_uid + 1)  # the folder is now someone else's
    _start_fails(qapp, clock)
    assert len(told) == 1 and "another user" in told[0][1] and str(data_dir) in told[0][1]
    assert "another user" in capsys.readouterr().err
    assert list(data_dir.iterdir()) == [] and (data_dir.stat().st_mode & 0o777) == 0o755


def test_a_dangling_link_at_the_database_path(
    qapp: QApplication,
    data_dir: Path,
    tmp_path: Path,
    clock: FakeClock,
    told: Told,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data_dir.mkdir()
    target = tmp_path / "gone" / "pausetimer.db"
    (data_dir / "pausetimer.db").symlink_to(target)
    _start_fails(qapp, clock)
    assert len(told) == 1 and str(target) in told[0][1]
    assert str(target) in capsys.readouterr().err
    assert os.readlink(data_dir / "pausetimer.db") == str(target)  # left for the user to see


def test_a_full_disk_is_not_called_another_pausetimer(
    qapp: QApplication,
    data_dir: Path,
    clock: FakeClock,
    told: Told,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    class FullDiskLock(QLockFile):
        """What QLockFile answers when its file cannot be written (ENOSPC)."""

        def tryLock(self, timeout: int = 0) -> bool:
            return False

        def error(self) -> QLockFile.LockError:
            return QLockFile.LockError.UnknownError

    monkeypatch.setattr("pausetimer.services.single_instance.QLockFile", FullDiskLock)
    _start_fails(qapp, clock)
    err = capsys.readouterr().err
    assert len(told) == 1 and "cannot write" in told[0][1] and str(data_dir) in told[0][1]
    assert "running" not in err and "cannot write" in err


_LOCK_ONLY = """
import signal, time
from pausetimer.services.single_instance import InstanceGuard
signal.signal(signal.SIGUSR1, signal.SIG_IGN)  # like a command holding the lock: not ended
guard = InstanceGuard()
assert guard.try_acquire()
print("ready", flush=True)
time.sleep(120)
"""


def test_an_instance_that_does_not_answer_is_told_in_a_window(
    qapp: QApplication,
    data_dir: Path,
    clock: FakeClock,
    told: Told,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def impatient(request: dict[str, Any], guard: InstanceGuard) -> Response | None:
        return claim_or_forward(request, guard, patience_s=0.5)

    monkeypatch.setattr("pausetimer.app.claim_or_forward", impatient)
    holder = subprocess.Popen(
        [sys.executable, "-c", _LOCK_ONLY], env=dict(os.environ), stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        _start_fails(qapp, clock)
        assert holder.poll() is None
    finally:
        holder.kill()
        holder.wait(timeout=10)
        if holder.stdout is not None:
            holder.stdout.close()
    assert len(told) == 1 and "does not answer" in told[0][1]
    assert "does not answer" in capsys.readouterr().err


def test_a_socket_path_too_long_to_listen_on_is_told_in_a_notice(
    qapp: QApplication,
    data_dir: Path,
    tmp_path: Path,
    clock: FakeClock,
    told: Told,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    runtime = tmp_path / ("r" * 120)  # a Unix socket path has room for about 108 bytes
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    app = make_app(qapp, clock, Built())
    try:
        assert app.start() is None  # the app runs: the pause and its reminders matter most
        assert told == []
        assert len(app.notices) == 1 and "cannot reach" in app.notices[0].text()
    finally:
        for box in app.notices:
            box.close()
        app.shutdown()
