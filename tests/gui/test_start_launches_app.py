"""``pausetimer start`` when no app runs (a launcher action, a keyboard shortcut): the tray app is
started first, so the pause has someone to remind you. Without a desktop it cannot be, and the
command says so."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pausetimer.cli import main
from pausetimer.services.instance_client import send_request


def app_pid(data_dir: Path) -> int:
    # QLockFile writes the holder's process id on its first line.
    return int((data_dir / "instance.lock").read_text().split()[0])


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_start_with_no_app_starts_the_app_and_the_pause_in_it(data_dir: Path) -> None:
    env = {
        **os.environ,
        # Any display says "there is a desktop"; the app itself draws offscreen here.
        "DISPLAY": os.environ.get("DISPLAY", ":0"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANGUAGE": "en",
    }
    started = subprocess.run(
        [sys.executable, "-m", "pausetimer", "start", "--for", "20m"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    pid = app_pid(data_dir)
    try:
        assert started.returncode == 0, started.stderr
        assert started.stdout.startswith("Pause started: back at")
        assert "not running" not in started.stderr
        answer = send_request({"cmd": "status"})  # the app that was started answers
        assert answer is not None and answer["result"]["state"] == "running"
        assert not gone(pid)
    finally:
        os.kill(pid, signal.SIGTERM)  # the app this test started
        deadline = time.monotonic() + 10
        while not gone(pid) and time.monotonic() < deadline:
            time.sleep(0.05)


def test_start_without_a_desktop_records_the_pause_and_says_no_reminder_comes(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("LANGUAGE", "en")
    assert main(["start", "--for", "20m"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Pause started")
    assert "no reminder will come until you start it" in err
    assert send_request({"cmd": "status"}, timeout_ms=500) is None  # and no app was started
