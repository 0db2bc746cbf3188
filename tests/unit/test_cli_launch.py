"""How ``pausetimer start`` starts the tray app when none runs (the real thing, with a real app
process, is in tests/gui/test_start_launches_app.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pausetimer import cli_dispatch
from pausetimer.services import instance_client


class Spawned:
    def __init__(self) -> None:
        self.calls: list[tuple[list[str], dict[str, Any]]] = []

    def __call__(self, argv: list[str], **options: Any) -> None:
        self.calls.append((argv, options))


def test_the_app_is_started_on_its_own_and_waited_for(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    spawned = Spawned()
    answers = iter([None, None, {"exit_code": 0, "result": {"state": "idle"}}])
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setattr(subprocess, "Popen", spawned)
    monkeypatch.setattr(instance_client, "send_request", lambda *_a, **_k: next(answers))
    monkeypatch.setattr("time.sleep", lambda _s: None)
    assert cli_dispatch.launch_app(patience_s=5) is True
    [(argv, options)] = spawned.calls
    assert argv == [sys.executable, "-m", "pausetimer"]
    assert options["start_new_session"] is True  # it outlives the command
    assert options["stdin"] == subprocess.DEVNULL


def test_an_app_that_does_not_come_up_in_time_is_no_launch(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(subprocess, "Popen", Spawned())
    monkeypatch.setattr(instance_client, "send_request", lambda *_a, **_k: None)
    assert cli_dispatch.launch_app(patience_s=0.2) is False


def test_a_program_that_cannot_be_run_is_no_launch(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_options: object) -> None:
        raise OSError("no such program")

    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(subprocess, "Popen", refuse)
    assert cli_dispatch.launch_app(patience_s=1) is False
