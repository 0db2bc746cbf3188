"""The command line's side of ``status --follow``: reading the app's lines off a real Unix
socket, printing each new status once, and what it does while no app runs."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from pausetimer import cli
from pausetimer.services import instance_client
from tests.helpers.clock import FakeClock


def serve_once(path: Path, chunks: list[bytes]) -> threading.Thread:
    """A stand-in app: accepts one follower, checks its request, sends ``chunks``, hangs up."""
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)

    def run() -> None:
        connection, _ = server.accept()
        with connection:
            request = connection.recv(1024)
            assert json.loads(request) == {"cmd": "follow"}
            for chunk in chunks:
                connection.sendall(chunk)
        server.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def line(state: str) -> bytes:
    return json.dumps({"exit_code": 0, "result": {"state": state}}).encode() + b"\n"


def test_lines_are_read_whole_however_they_arrive(tmp_path: Path) -> None:
    path = tmp_path / "app.sock"
    running = line("running")
    thread = serve_once(path, [line("idle") + running[:7], running[7:], b"not json\n", line("due")])
    lines = instance_client.follow(path)
    assert lines is not None
    assert [response["result"]["state"] for response in lines] == ["idle", "running", "due"]
    thread.join(5)


def test_nobody_to_follow_is_none(tmp_path: Path) -> None:
    assert instance_client.follow(tmp_path / "nobody.sock") is None


def test_each_new_status_is_printed_once_until_interrupted(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], clock: FakeClock
) -> None:
    def lines() -> Iterator[dict[str, object]]:
        for state in ("idle", "running", "running", "idle"):
            yield {"exit_code": 0, "result": {"state": state}}
        raise KeyboardInterrupt  # Ctrl+C, or the status bar stopping the module

    monkeypatch.setattr(instance_client, "follow", lambda: lines())
    assert cli.follow_status(clock) == 0
    printed = [json.loads(text)["state"] for text in capsys.readouterr().out.splitlines()]
    assert printed == ["idle", "running", "idle"]


def test_without_an_app_the_stored_status_stands_until_one_answers(
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    clock: FakeClock,
) -> None:
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr(instance_client, "follow", lambda: None)
    monkeypatch.setattr("time.sleep", sleep)
    assert cli.follow_status(clock) == 0
    out = capsys.readouterr().out.splitlines()
    assert [json.loads(text)["state"] for text in out] == ["idle"]  # once, not at every look
    assert waits == [cli.FOLLOW_RETRY_S] * 3


def test_a_status_bar_that_went_away_ends_it_quietly(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock
) -> None:
    def lines() -> Iterator[dict[str, object]]:
        raise BrokenPipeError
        yield {}

    monkeypatch.setattr(instance_client, "follow", lambda: lines())
    assert cli.follow_status(clock) == 0
