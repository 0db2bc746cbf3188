"""The instance lock and the local socket, with real sockets and real processes.

The server tests run with both transports (the standard library's Unix socket and Qt's
QLocalServer); the raw client is Qt's QLocalSocket and the real one :func:`send_request` with the
default transport, so each test also shows the two speak the same bytes.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from pausetimer import paths
from pausetimer.commands import Response
from pausetimer.services.instance_client import QT, UNIX, send_request
from pausetimer.services.single_instance import (
    InstanceGuard,
    InstanceServer,
    claim_or_forward,
    handle_line,
)


@pytest.fixture(params=[UNIX, QT])
def transport(request: pytest.FixtureRequest) -> Iterator[str]:
    yield request.param


def ok(result: Any) -> Response:
    return {"exit_code": 0, "result": result, "warnings": [], "error": None}


def ask(qtbot: QtBot, socket_path: Path, line: bytes) -> bytes:
    """A client in this thread, asynchronous like the server, so the test drives both."""
    client = QLocalSocket()
    client.connectToServer(str(socket_path))
    client.write(QByteArray(line))
    received = bytearray()

    def answered() -> bool:
        received.extend(client.readAll().data())
        return b"\n" in received

    qtbot.waitUntil(answered, timeout=5000)
    client.abort()
    return bytes(received)


def ask_from_process(qtbot: QtBot, request: dict[str, Any]) -> Response | None:
    """The real client, :func:`send_request`, in its own process as the command line runs it."""
    code = (
        "import json, sys\n"
        "from pausetimer.services.instance_client import send_request\n"
        "print(json.dumps(send_request(json.loads(sys.argv[1]))))\n"
    )
    # The answer goes to a file, not a pipe: a long one would fill the pipe while we wait.
    with tempfile.TemporaryFile("w+") as output:
        client = subprocess.Popen(
            [sys.executable, "-c", code, json.dumps(request)],
            stdout=output,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        qtbot.waitUntil(lambda: client.poll() is not None, timeout=20000)
        output.seek(0)
        out = output.read()
    answer: Response | None = json.loads(out)
    return answer


def test_server_answers_a_client_on_the_main_thread(
    qtbot: QtBot, data_dir: Path, transport: str
) -> None:
    seen: list[tuple[dict[str, Any], bool]] = []

    def handler(request: dict[str, Any]) -> Response:
        seen.append((request, threading.current_thread() is threading.main_thread()))
        return ok({"echo": request["cmd"]})

    server = InstanceServer(handler, transport=transport)
    assert server.listen(), server.error_text()
    try:
        assert json.loads(ask(qtbot, server.socket_path, b'{"cmd": "status"}\n')) == ok(
            {"echo": "status"}
        )
        assert ask_from_process(qtbot, {"cmd": "end"}) == ok({"echo": "end"})
        assert seen == [({"cmd": "status"}, True), ({"cmd": "end"}, True)]
        mode = stat.S_IMODE(os.stat(server.socket_path).st_mode)
        assert mode & 0o077 == 0, oct(mode)  # only this user may connect
    finally:
        server.close()


def test_garbage_on_the_socket_gets_an_error_and_the_server_lives_on(
    qtbot: QtBot, data_dir: Path, transport: str
) -> None:
    server = InstanceServer(lambda request: ok(None), transport=transport)
    assert server.listen()
    try:
        assert b'"request_malformed"' in ask(qtbot, server.socket_path, b"\xff not json\n")
        assert b'"request_too_long"' in ask(qtbot, server.socket_path, b"x" * 70_000)
        assert json.loads(ask(qtbot, server.socket_path, b'{"cmd": "status"}\n')) == ok(None)
    finally:
        server.close()


def test_a_long_answer_arrives_whole(qtbot: QtBot, data_dir: Path, transport: str) -> None:
    """A history of thousands of pauses is megabytes: more than a socket buffer holds at once."""
    history = [{"id": i, "note": "x" * 200} for i in range(10_000)]
    server = InstanceServer(lambda request: ok(history), transport=transport)
    assert server.listen(), server.error_text()
    try:
        assert ask_from_process(qtbot, {"cmd": "history"}) == ok(history)
    finally:
        server.close()


def test_no_server_means_none_with_either_client(data_dir: Path, transport: str) -> None:
    assert send_request({"cmd": "status"}, timeout_ms=500, transport=transport) is None


def test_a_failing_handler_becomes_an_error_response() -> None:
    def broken(request: dict[str, Any]) -> Response:
        raise RuntimeError("boom")

    assert handle_line(b'{"cmd": "status"}', broken)["error"]["kind"] == "internal_error"
    assert handle_line(b"[1, 2]", broken)["exit_code"] == 2


def test_no_server_means_none(data_dir: Path) -> None:
    assert send_request({"cmd": "status"}, timeout_ms=500) is None


def test_a_second_guard_cannot_take_the_lock(data_dir: Path) -> None:
    first, second = InstanceGuard(), InstanceGuard()
    assert first.try_acquire()
    try:
        assert not second.try_acquire()
        # Nobody listens, so a second start gives up after its patience with a clear failure.
        answer = claim_or_forward({"cmd": "show"}, second, patience_s=0.3)
        assert answer is not None and answer["error"]["kind"] == "instance_unreachable"
    finally:
        first.release()
    assert second.try_acquire()
    second.release()


_HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication
from pausetimer.services.single_instance import InstanceGuard, InstanceServer
app = QCoreApplication([])
guard = InstanceGuard()
assert guard.try_acquire()
server = InstanceServer(lambda request: {})
assert server.listen()
print("ready", flush=True)
app.exec()
"""


def test_stale_lock_and_socket_of_a_killed_instance_are_recovered(
    qtbot: QtBot, data_dir: Path
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        assert not InstanceGuard().try_acquire()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        if holder.stdout is not None:
            holder.stdout.close()
    socket_path = paths.instance_socket_path()
    assert socket_path.exists()  # the crash left the socket file behind
    assert send_request({"cmd": "show"}, timeout_ms=500) is None

    guard = InstanceGuard()
    assert guard.try_acquire()
    server = InstanceServer(lambda request: ok("new"))
    try:
        assert server.listen(), server.error_text()
        assert ask_from_process(qtbot, {"cmd": "show"}) == ok("new")
    finally:
        server.close()
        guard.release()
