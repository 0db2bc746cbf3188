"""The instance lock and socket when something is off: real processes, real files.

A command never acts behind a live app's back; a lock left by a process that is gone is taken
over even when its PID now belongs to another program; the app's socket file is removed when it
stops listening and re-created when a command finds it gone.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pausetimer import paths
from pausetimer.services.instance_client import QT, UNIX, send_request
from pausetimer.services.single_instance import InstanceGuard, InstanceServer, claim_or_forward


def _env() -> dict[str, str]:
    """Read when a process starts: the data folder fixture sets its variable per test."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


# Holds the instance lock and never listens: a hung app, or one whose socket cannot be reached.
_LOCK_ONLY = """
import sys, time
from pausetimer.services.single_instance import InstanceGuard
guard = InstanceGuard()
assert guard.try_acquire()
print("ready", flush=True)
time.sleep(120)
"""


def _start(code: str) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", code], env=_env(), stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    return holder


def _stop(process: subprocess.Popen[str]) -> None:
    process.kill()
    process.wait(timeout=10)
    if process.stdout is not None:
        process.stdout.close()


def _cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pausetimer", *args],
        env=_env(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _pauses(data_dir: Path) -> int:
    database = data_dir / "pausetimer.db"
    if not database.exists():
        return 0
    with sqlite3.connect(database) as conn:
        return int(conn.execute("SELECT count(*) FROM pauses").fetchone()[0])


def test_a_command_never_writes_behind_a_live_but_unreachable_app(data_dir: Path) -> None:
    holder = _start(_LOCK_ONLY)
    try:
        result = _cli("start", "--for", "1h")
        assert result.returncode == 1, result
        assert "does not answer" in result.stderr and "nothing was changed" in result.stderr
        assert _pauses(data_dir) == 0
        assert holder.poll() is None  # and the holder, who ignores nothing, was not signalled
    finally:
        _stop(holder)


def test_a_lock_whose_pid_now_belongs_to_another_program_is_taken_over(
    data_dir: Path,
) -> None:
    # A lock file as a crashed app left it, whose PID was since given to another process of
    # the same name (here: a sleeping python, as after a reboot): Qt alone thinks it is live.
    stranger = _start('import time; print("ready", flush=True); time.sleep(120)')
    try:
        holder = _start(_LOCK_ONLY)
        lock_text = (data_dir / "instance.lock").read_text()
        _stop(holder)
        (data_dir / "instance.lock").write_text(
            lock_text.replace(lock_text.split("\n", 1)[0], str(stranger.pid), 1)
        )
        assert not InstanceGuard().try_acquire()  # what Qt alone decides

        guard = InstanceGuard()
        started = time.monotonic()
        assert claim_or_forward({"cmd": "show"}, guard, patience_s=10) is None
        assert time.monotonic() - started < 5 and guard.is_held()
        guard.release()
        assert stranger.poll() is None  # no signal went to the stranger
    finally:
        _stop(stranger)


@pytest.mark.parametrize("transport", [UNIX, QT])
def test_closing_the_server_removes_its_socket_file(data_dir: Path, transport: str) -> None:
    server = InstanceServer(lambda request: {}, transport=transport)
    assert server.listen(), server.error_text()
    assert server.socket_path.exists()
    server.close()
    assert not server.socket_path.exists()


def test_closing_leaves_a_socket_file_that_is_no_longer_ours(data_dir: Path) -> None:
    server = InstanceServer(lambda request: {}, transport=UNIX)
    assert server.listen(), server.error_text()
    server.socket_path.unlink()
    server.socket_path.write_text("someone else's")
    server.close()
    assert server.socket_path.read_text() == "someone else's"


def test_a_removed_socket_is_listened_on_again(qtbot: QtBot, data_dir: Path) -> None:
    server = InstanceServer(lambda request: {"exit_code": 0}, transport=UNIX)
    try:
        assert server.listen(), server.error_text()
        assert server.ensure_listening()  # still there: nothing to do
        server.socket_path.unlink()
        assert send_request({"cmd": "status"}, timeout_ms=500) is None
        assert server.ensure_listening()
        assert server.socket_path.exists()
    finally:
        server.close()


def test_the_app_recreates_its_socket_when_a_command_finds_it_gone(
    qtbot: QtBot, data_dir: Path
) -> None:
    app = subprocess.Popen(
        [sys.executable, "-m", "pausetimer"],
        env=_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(
            lambda: send_request({"cmd": "status"}, timeout_ms=500) is not None, timeout=30000
        )
        socket_path = paths.instance_socket_path()
        socket_path.unlink()  # a cleaner of temporary files

        result = _cli("start", "--for", "1h", "--json")

        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["state"] == "running"
        assert socket_path.exists() and app.poll() is None
        inspected = send_request({"cmd": "inspect"}, timeout_ms=5000)
        assert inspected is not None and inspected["exit_code"] == 0  # the app answers again
        app.send_signal(signal.SIGUSR1)  # more wake-ups are harmless
        assert send_request({"cmd": "status"}, timeout_ms=5000) is not None
        assert app.poll() is None
    finally:
        app.kill()
        app.wait(timeout=10)
        if app.stderr is not None:
            app.stderr.close()
