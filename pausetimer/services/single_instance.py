"""One running Pausetimer per data folder, and the way other processes talk to it.

Two parts, because neither is enough alone:

- a :class:`QLockFile` decides who runs. A listening socket alone lets two simultaneous starts both
  win; the lock file is atomic, and Qt treats a lock whose process is gone (``kill -9``, a reboot)
  as stale, so a crash never blocks the next start;
- a local socket (only this user may connect) carries requests: one JSON line in, one JSON line
  out, per connection. The server reads asynchronously and calls its handler on the Qt main
  thread; the client (:func:`send_request`) uses blocking waits and needs no QApplication, so the
  command line stays light.

The socket is a transport chosen in order: a Unix domain socket from the standard library where
Python has one (Linux, macOS: no QtNetwork to load), else Qt's QLocalServer (Windows). Both speak
the same bytes, so either side may use either.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QLockFile, QObject

from pausetimer import paths
from pausetimer.commands import Response, failure
from pausetimer.services.unix_socket import LineRules, UnixListener, unix_request

Handler = Callable[[dict[str, Any]], Response]

# A request is one short line; anything longer is not ours.
MAX_REQUEST_BYTES = 64 * 1024
# A client that connects and then says nothing (or stops reading the answer) is dropped after this.
_IDLE_CLIENT_MS = 5000
# How long a second start keeps trying to reach the first while that one is still starting up.
CLAIM_PATIENCE_S = 5.0
_RETRY_INTERVAL_S = 0.1

UNIX, QT = "unix", "qt"


def default_transport() -> str:
    return UNIX if hasattr(socket, "AF_UNIX") else QT


class InstanceGuard:
    """The lock that makes this process the one running instance."""

    def __init__(self, lock_path: Path | None = None) -> None:
        self.lock_path = lock_path or paths.instance_lock_path()
        self._lock = QLockFile(str(self.lock_path))
        # Never judge a live holder stale by the lock's age (the default is 30 s, and the app
        # runs for days); a lock is stale only when its process is gone.
        self._lock.setStaleLockTime(0)

    def try_acquire(self) -> bool:
        """Take the lock without waiting; False while another live process holds it."""
        return self._lock.tryLock(0)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


class _Listener(Protocol):
    def listen(self, path: Path) -> bool: ...
    def error_text(self) -> str: ...
    def close(self) -> None: ...


class InstanceServer(QObject):
    """Answers requests from other processes of this user, on the Qt main thread."""

    def __init__(
        self,
        handler: Handler,
        socket_path: Path | None = None,
        parent: QObject | None = None,
        *,
        transport: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.socket_path = socket_path or paths.instance_socket_path()
        self._handler = handler
        self.transport = transport or default_transport()
        rules = LineRules(self._answer_line, MAX_REQUEST_BYTES, _IDLE_CLIENT_MS)
        self._listener: _Listener
        if self.transport == UNIX:
            self._listener = UnixListener(rules, self)
        else:  # loaded only here: QtNetwork is big
            from pausetimer.services.qt_local_socket import QtListener

            self._listener = QtListener(rules, self)

    def listen(self) -> bool:
        """Start listening. Call only while holding the :class:`InstanceGuard`: a socket file that
        is still there is then a leftover of a crashed instance and is removed first."""
        return self._listener.listen(self.socket_path)

    def error_text(self) -> str:
        return self._listener.error_text()

    def close(self) -> None:
        self._listener.close()

    def _answer_line(self, line: bytes | None) -> bytes:
        if line is None:
            response = failure(2, "request_too_long", "The request is too long.")
        else:
            response = handle_line(line, self._handler)
        return json.dumps(response).encode() + b"\n"


def handle_line(line: bytes, handler: Handler) -> Response:
    """Decode one request line, run the handler, and turn any failure into a response."""
    try:
        request = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return failure(2, "request_malformed", "The request is not a JSON line.")
    if not isinstance(request, dict):
        return failure(2, "request_malformed", "The request must be a JSON object.")
    try:
        return handler(request)
    except Exception as error:  # the app must keep running whatever one request does
        return failure(1, "internal_error", f"The running Pausetimer could not do this: {error}")


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
    line = bytes(received).split(b"\n", 1)[0]
    try:
        response = json.loads(line.decode("utf-8")) if b"\n" in received else None
    except (UnicodeDecodeError, ValueError):
        response = None
    if not isinstance(response, dict):
        return failure(1, "app_not_responding", "The running Pausetimer did not answer in time.")
    return response


def claim_or_forward(
    request: dict[str, Any],
    guard: InstanceGuard,
    *,
    socket_path: Path | None = None,
    patience_s: float = CLAIM_PATIENCE_S,
) -> Response | None:
    """Become the running instance, or hand ``request`` to the one that is.

    Returns None when ``guard`` now holds the lock (this process runs). Otherwise returns the
    running instance's response. While the lock is held by an instance that does not listen yet
    (it is starting at this very moment), keep trying for ``patience_s`` seconds; after that, a
    failure response.
    """
    deadline = time.monotonic() + patience_s
    while True:
        if guard.try_acquire():
            return None
        response = send_request(request, socket_path=socket_path)
        if response is not None:
            return response
        if time.monotonic() >= deadline:
            return failure(
                1,
                "instance_unreachable",
                "Another Pausetimer is running but does not answer; close it and try again.",
            )
        time.sleep(_RETRY_INTERVAL_S)
