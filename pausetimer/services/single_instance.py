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
the same bytes, so either side may use either. The client side, which loads no Qt on Linux and
macOS, is :mod:`pausetimer.services.instance_client`.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QLockFile, QObject, QSysInfo

from pausetimer import paths
from pausetimer.responses import Response, failure
from pausetimer.services.instance_client import UNIX, default_transport, send_request
from pausetimer.services.unix_socket import LineRules, UnixListener

Handler = Callable[[dict[str, Any]], Response]
# Given where to send status lines, starts sending and returns what stops it.
Follow = Callable[[Callable[[bytes], None]], Callable[[], None]]

# A request is one short line; anything longer is not ours.
MAX_REQUEST_BYTES = 64 * 1024
# A client that connects and then says nothing (or stops reading the answer) is dropped after this.
_IDLE_CLIENT_MS = 5000
# How long a second start keeps trying to reach the first while that one is still starting up.
CLAIM_PATIENCE_S = 5.0
_RETRY_INTERVAL_S = 0.1


class InstanceGuard:
    """The lock that makes this process the one running instance.

    The lock file is made on the first :meth:`try_acquire`, not when the guard is built, so that
    a data folder that cannot be used is reported where the caller can say so.
    """

    def __init__(self, lock_path: Path | None = None) -> None:
        self._given_path = lock_path
        self._lock: QLockFile | None = None

    @property
    def lock_path(self) -> Path:
        return self._given_path or paths.instance_lock_path()

    def _file(self) -> QLockFile:
        if self._lock is None:
            self._lock = QLockFile(str(self.lock_path))
            # Never judge a live holder stale by the lock's age (the default is 30 s, and the
            # app runs for days); a lock is stale only when its process is gone.
            self._lock.setStaleLockTime(0)
        return self._lock

    def try_acquire(self) -> bool:
        """Take the lock without waiting; False while another live process holds it.

        Raises :class:`~pausetimer.data_folder.DataFolderError` when the lock file cannot be
        written at all (a full disk, a read-only folder): that is not "another one runs".
        """
        lock = self._file()
        if lock.tryLock(0):
            return True
        if lock.error() == QLockFile.LockError.LockFailedError:
            return False
        from pausetimer.data_folder import write_failure

        raise write_failure(self.lock_path.parent)

    def is_held(self) -> bool:
        return self._lock is not None and self._lock.isLocked()

    def release(self) -> None:
        if self._lock is not None and self._lock.isLocked():
            self._lock.unlock()

    def remove_if_stale(self) -> bool:
        """Remove a lock file that no live process holds, and say whether it did.

        Qt already takes over a lock whose PID is gone, but judges a lock live when its PID now
        belongs to another process of the same name (after a reboot, another ``python3``). The
        holder of a real lock also keeps an OS lock on the file (flock); Qt removes the file only
        when nobody does. Asked only after the socket did not answer.
        """
        return not self.is_held() and self._file().removeStaleLockFile()

    def wake_holder(self) -> bool:
        """Ask the process holding the lock to re-create its socket (SIGUSR1); True if sent.

        Only to a process on this machine that has this very lock file open: a PID in the file
        may by now belong to anything, and SIGUSR1 ends a process that does not expect it.
        """
        wake = getattr(signal, "SIGUSR1", None)
        info = self._file().getLockInfo()
        if wake is None or not isinstance(info, tuple) or len(info) < 2:
            return False
        pid, host = info[0], info[1]
        if not isinstance(pid, int) or pid <= 0 or host != QSysInfo.machineHostName():
            return False
        if not _holds_open(pid, self.lock_path) or not _handles(pid, wake):
            return False
        try:
            os.kill(pid, wake)
        except OSError:
            return False
        return True


def _handles(pid: int, signum: int) -> bool:
    """Whether process ``pid`` catches or ignores ``signum`` (Linux: /proc), so that sending it
    cannot end it (an older Pausetimer without the handler, a stranger). Elsewhere assume so."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return not Path("/proc/self/status").exists()
    masks = {}
    for line in lines:
        name, _, value = line.partition(":")
        if name in ("SigCgt", "SigIgn"):
            masks[name] = int(value.strip(), 16)
    bit = 1 << (signum - 1)
    return bool((masks.get("SigCgt", 0) | masks.get("SigIgn", 0)) & bit)


def _holds_open(pid: int, path: Path) -> bool:
    """Whether process ``pid`` has ``path`` open (Linux: /proc); elsewhere assume it does, as
    the lock file's OS lock was already found held."""
    descriptors = Path(f"/proc/{pid}/fd")
    if not Path("/proc/self/fd").is_dir():
        return True
    try:
        target = path.resolve()
        entries = list(descriptors.iterdir())
    except OSError:
        return False
    for entry in entries:
        try:
            if Path(os.readlink(entry)) == target:
                return True
        except OSError:
            continue
    return False


class _Listener(Protocol):
    def listen(self, path: Path) -> bool: ...
    def error_text(self) -> str: ...
    def is_reachable(self) -> bool: ...
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
        follow: Follow | None = None,
    ) -> None:
        super().__init__(parent)
        self.socket_path = socket_path or paths.instance_socket_path()
        self._handler = handler
        self._follow = follow
        self.transport = transport or default_transport()
        # Following needs a connection kept open, which only the Unix transport does so far.
        subscribe = self._subscribe if follow is not None and self.transport == UNIX else None
        rules = LineRules(self._answer_line, MAX_REQUEST_BYTES, _IDLE_CLIENT_MS, subscribe)
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

    def ensure_listening(self) -> bool:
        """Listen again if the socket file is gone or not ours any more (asked on SIGUSR1, which
        a command sends when it cannot connect); True when clients can reach us."""
        if self._listener.is_reachable():
            return True
        return self.listen()

    def close(self) -> None:
        """Stop listening and remove the socket file, if it is still ours."""
        self._listener.close()

    def _subscribe(self, line: bytes, sink: Callable[[bytes], None]) -> Callable[[], None] | None:
        """A ``{"cmd": "follow"}`` request keeps its connection: status lines until it hangs up."""
        try:
            request = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None  # the normal answer says what is wrong with it
        if not isinstance(request, dict) or request.get("cmd") != "follow" or not self._follow:
            return None
        return self._follow(sink)

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
    (it is starting at this very moment, or its socket file was removed and it is asked to make
    a new one), keep trying for ``patience_s`` seconds; after that, a failure response: the
    caller must not act on the data behind a running app's back.
    """
    deadline = time.monotonic() + patience_s
    woken = False
    while True:
        if guard.try_acquire():
            return None
        response = send_request(request, socket_path=socket_path)
        if response is not None:
            return response
        # The lock is held but nobody answers: a lock left by a process that is gone (whose PID
        # now names another program), or a live app whose socket file was removed.
        if guard.remove_if_stale():
            continue
        if not woken:
            woken = guard.wake_holder()  # the app re-creates its socket on SIGUSR1
        if time.monotonic() >= deadline:
            return failure(1, UNREACHABLE, UNREACHABLE_TEXT)
        time.sleep(_RETRY_INTERVAL_S)


UNREACHABLE = "instance_unreachable"
UNREACHABLE_TEXT = (
    "Pausetimer is running but does not answer, so nothing was changed. Bring its window up "
    "or quit it from the tray, then try again."
)
