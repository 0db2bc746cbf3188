"""The single-instance socket on Linux and macOS: a Unix domain socket from the standard library.

Qt's QLocalServer does the same job, but loading QtNetwork costs a tray app that idles all day
memory and a noticeable slice of its start-up (measured: benchmarks/README.md); the standard
library's socket module is loaded anyway. The server side is driven by :class:`QSocketNotifier`,
so requests are still read and answered on the Qt main thread without any polling. Windows, where
Python has no Unix sockets, uses :mod:`pausetimer.services.qt_local_socket` instead (see
:mod:`.single_instance`).

Only the local socket family is used here; nothing in this module can reach a network.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal, SignalInstance

LineHandler = Callable[[bytes | None], bytes]  # a request line (None: too long) -> answer line
Sink = Callable[[bytes], None]
# A request line and where to send lines: a way to stop sending when the request asks to follow,
# else None (the request is answered once).
Subscriber = Callable[[bytes, Sink], Callable[[], None] | None]

_BACKLOG = 8
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class LineRules:
    """How every transport treats a client: one line in (at most ``max_request`` bytes), the
    answer out, and a client silent for ``idle_ms`` is dropped."""

    answer: LineHandler
    max_request: int
    idle_ms: int
    subscribe: Subscriber | None = None
    # A follower that stops reading is dropped once this much waits for it.
    max_backlog: int = 1024 * 1024


class Listener(QObject):
    """What the transports share: the rules, and the conversations under way."""

    def __init__(self, rules: LineRules, parent: QObject) -> None:
        super().__init__(parent)
        self.rules = rules
        # Strong references: a conversation only held by its Qt parent would lose its Python
        # side (and with it the connected slots) to the garbage collector halfway.
        self._conversations: set[QObject] = set()

    def keep(self, conversation: QObject, finished: SignalInstance) -> None:
        finished.connect(self._conversations.discard)
        self._conversations.add(conversation)


class UnixListener(Listener):
    """Accepts connections and answers one line per connection."""

    def __init__(self, rules: LineRules, parent: QObject) -> None:
        super().__init__(rules, parent)
        self._socket: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._error = ""
        self._path: Path | None = None
        self._identity: tuple[int, int] | None = None  # (device, inode) of the file we bound

    def listen(self, path: Path) -> bool:
        """Listen at ``path`` (a leftover file there is removed: the caller holds the lock)."""
        self.close()
        try:
            path.unlink(missing_ok=True)
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                server.bind(str(path))
                # Only this user may connect (the folder is private too, this is the second lock).
                os.chmod(path, 0o600)
                server.listen(_BACKLOG)
                server.setblocking(False)
            except OSError:
                server.close()
                raise
        except OSError as error:
            self._error = f"{path}: {error.strerror or error}"
            return False
        self._socket = server
        self._path, self._identity = path, _identity(path)
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def is_reachable(self) -> bool:
        """Whether the file clients connect to is still the one we listen on (a cleaner of
        temporary files may have removed it, or something else taken its place)."""
        return self._path is not None and _identity(self._path) == self._identity

    def error_text(self) -> str:
        return self._error

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        if self._path is not None and self.is_reachable():
            # Ours and no longer listened on: a leftover file would only make clients wait.
            with suppress(OSError):
                self._path.unlink()
        self._path = self._identity = None

    def _accept(self) -> None:
        if self._socket is None:
            return
        while True:
            try:
                connection, _address = self._socket.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return  # e.g. the client gave up before we got to it
            conversation = _Conversation(connection, self.rules, self)
            self.keep(conversation, conversation.finished)


class _Conversation(QObject):
    """One connection: collect a line, answer it (however long the answer), hang up."""

    finished = Signal(QObject)  # this conversation, done: its listener lets go of it

    def __init__(self, connection: socket.socket, rules: LineRules, parent: QObject) -> None:
        super().__init__(parent)
        connection.setblocking(False)
        self._connection = connection
        self._rules = rules
        self._received = bytearray()
        self._outgoing = b""
        self._finished = False
        self._following = False
        self._unsubscribe: Callable[[], None] | None = None
        self._reader = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
        self._reader.activated.connect(self._read)
        self._writer = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Write, self)
        self._writer.setEnabled(False)
        self._writer.activated.connect(self._write)
        self._idle = QTimer(self, singleShot=True, interval=rules.idle_ms)
        self._idle.timeout.connect(self._finish)
        self._idle.start()

    def _read(self) -> None:
        try:
            chunk = self._connection.recv(_CHUNK)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        if not chunk:  # the client hung up (a follower: it has had enough)
            self._finish()
            return
        if self._following:
            return  # a follower has nothing more to say; we only listen for its hang-up
        self._received += chunk
        if b"\n" in self._received:
            self._answer(bytes(self._received.split(b"\n", 1)[0]))
        elif len(self._received) > self._rules.max_request:
            self._answer(None)

    def _answer(self, line: bytes | None) -> None:
        self._reader.setEnabled(False)
        self._idle.stop()
        if line is not None and self._rules.subscribe is not None:
            # Set first: the first line is sent from within subscribe().
            self._following = True
            self._unsubscribe = self._rules.subscribe(line, self._send)
            if self._unsubscribe is not None:
                if self._finished:  # it went away while the first line was being sent
                    self._unsubscribe()
                else:
                    self._reader.setEnabled(True)  # to notice when it hangs up
                return
            self._following = False
        self._outgoing = self._rules.answer(line)
        self._idle.start()  # a client that stops reading is dropped too
        self._write()

    def _send(self, data: bytes) -> None:
        """One more line for a follower."""
        if self._finished:
            return
        self._outgoing += data
        if len(self._outgoing) > self._rules.max_backlog:
            self._finish()  # it stopped reading long ago
        elif not self._writer.isEnabled():
            self._write()

    def _write(self) -> None:
        try:
            sent = self._connection.send(self._outgoing)
        except (BlockingIOError, InterruptedError):
            sent = 0
        except OSError:
            self._finish()  # the client is gone; nothing more to tell it
            return
        self._outgoing = self._outgoing[sent:]
        if self._outgoing:
            self._writer.setEnabled(True)  # the rest when the client has read some
        elif self._following:
            self._writer.setEnabled(False)  # a follower: wait for the next line
        else:
            self._finish()

    def _finish(self) -> None:
        if self._finished:
            return
        self._finished = True
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._idle.stop()
        self._reader.setEnabled(False)
        self._writer.setEnabled(False)
        self._connection.close()
        self.finished.emit(self)
        self.deleteLater()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.lstat()
    except OSError:
        return None
    return status.st_dev, status.st_ino
