"""The client side of the running app's local socket, without Qt.

The command line talks to the running app through here. It loads no Qt on Linux and macOS (a Unix
domain socket from the standard library), so ``pausetimer status`` stays about as quick as Python
itself; Windows, where Python has no Unix sockets, goes through Qt's QLocalSocket. The server side
is :mod:`pausetimer.services.single_instance`.

Only the local socket family is used here; nothing in this module can reach a network.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path

from pausetimer import paths
from pausetimer.responses import Response, failure

TYPE_CHECKING = False  # as in pausetimer.responses: no typing module on the quick path
if TYPE_CHECKING:
    from typing import Any

UNIX, QT = "unix", "qt"
_CHUNK = 64 * 1024


def default_transport() -> str:
    return UNIX if hasattr(socket, "AF_UNIX") else QT


def send_request(
    request: dict[str, Any],
    timeout_ms: int = 5000,
    socket_path: Path | None = None,
    *,
    transport: str | None = None,
) -> Response | None:
    """Send one request to the running instance and wait for its answer.

    Call it from another process: its blocking waits keep Python's interpreter lock, so a client
    in a thread of the serving process would starve the server it waits for.

    Returns None when no instance listens. An instance that accepts the connection but does not
    answer in time gets a failure response (exit code 1), not None: it is there, just stuck, and
    the caller should not act behind its back.
    """
    path = socket_path or paths.instance_socket_path()
    payload = json.dumps(request).encode() + b"\n"
    if (transport or default_transport()) == UNIX:
        received = unix_request(path, payload, timeout_ms)
    else:
        from pausetimer.services.qt_local_socket import qt_request

        received = qt_request(path, payload, timeout_ms)
    if received is None:
        return None
    response = _decode(bytes(received))
    if response is None:
        return failure(1, "app_not_responding", "The running Pausetimer did not answer in time.")
    return response


def _decode(received: bytes) -> Response | None:
    line = received.split(b"\n", 1)[0]
    try:
        response = json.loads(line.decode("utf-8")) if b"\n" in received else None
    except (UnicodeDecodeError, ValueError):
        response = None
    return response if isinstance(response, dict) else None


def unix_request(path: Path, line: bytes, timeout_ms: int) -> bytes | None:
    """Send ``line`` and return what came back up to and including the first newline (or less
    when the time ran out). None when nobody listens at ``path``."""
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        client.settimeout(min(timeout_ms, 1000) / 1000)
        try:
            client.connect(str(path))
        except OSError:  # no file, a leftover file, or a listener that does not accept
            return None
        deadline = time.monotonic() + timeout_ms / 1000
        received = bytearray()
        try:
            client.settimeout(timeout_ms / 1000)
            client.sendall(line)
            while b"\n" not in received:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                client.settimeout(left)
                chunk = client.recv(_CHUNK)
                if not chunk:
                    break
                received += chunk
        except OSError:  # includes the timeout: answer with what arrived
            pass
        return bytes(received)
    finally:
        client.close()


def follow(socket_path: Path | None = None) -> Iterator[Response] | None:
    """Subscribe to the running app's status: yields one response now and one after every
    change, until the app closes the connection. None when no app listens (Unix sockets only:
    elsewhere the command line cannot follow)."""
    if default_transport() != UNIX:
        return None
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        client.settimeout(1.0)
        client.connect(str(socket_path or paths.instance_socket_path()))
        client.sendall(b'{"cmd": "follow"}\n')
        client.settimeout(None)  # the app speaks when something changes, however long that takes
    except OSError:
        client.close()
        return None
    return _lines(client)


def _lines(client: socket.socket) -> Iterator[Response]:
    buffer = bytearray()
    try:
        while True:
            while b"\n" in buffer:
                line, _, rest = bytes(buffer).partition(b"\n")
                buffer = bytearray(rest)
                response = _decode(line + b"\n")
                if response is not None:
                    yield response
            try:
                chunk = client.recv(_CHUNK)
            except OSError:
                return
            if not chunk:
                return
            buffer += chunk
    finally:
        client.close()
