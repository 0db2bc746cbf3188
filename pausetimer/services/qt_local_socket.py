"""The single-instance socket through Qt's QLocalServer: the fallback where Python has no Unix
domain sockets (Windows, where Qt uses a named pipe). Same interface as
:mod:`pausetimer.services.unix_socket`; see :mod:`.single_instance` for the choice.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from pausetimer.services.unix_socket import LineRules, Listener


class QtListener(Listener):
    """Accepts connections and answers one line per connection."""

    def __init__(self, rules: LineRules, parent: QObject) -> None:
        super().__init__(rules, parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self, path: Path) -> bool:
        QLocalServer.removeServer(str(path))
        return self._server.listen(str(path))

    def error_text(self) -> str:
        return self._server.errorString()

    def is_reachable(self) -> bool:
        # A named pipe (Windows) cannot be removed by another program while it is open.
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()  # also removes a Unix socket file Qt made

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            if connection is not None:
                conversation = _Conversation(connection, self.rules, self)
                self.keep(conversation, conversation.finished)


class _Conversation(QObject):
    """One connection: collect a line, answer it, hang up."""

    finished = Signal(QObject)  # this conversation, done: its listener lets go of it

    def __init__(self, socket: QLocalSocket, rules: LineRules, parent: QObject) -> None:
        super().__init__(parent)
        self._socket = socket
        self._rules = rules
        self._buffer = bytearray()
        self._done = False  # answered (or given up)
        self._finished = False  # hung up
        socket.setParent(self)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self._finish)
        self._idle = QTimer(self, singleShot=True, interval=rules.idle_ms)
        self._idle.timeout.connect(self._finish)
        self._idle.start()
        self._read()  # bytes may have arrived before the signal was connected

    def _read(self) -> None:
        if self._done:
            return
        self._buffer += self._socket.readAll().data()
        if b"\n" in self._buffer:
            self._answer(bytes(self._buffer.split(b"\n", 1)[0]))
        elif len(self._buffer) > self._rules.max_request:
            self._answer(None)

    def _answer(self, line: bytes | None) -> None:
        self._done = True
        self._idle.stop()
        self._socket.write(QByteArray(self._rules.answer(line)))
        self._socket.flush()
        self._socket.disconnectFromServer()  # waits for the bytes to be written, then closes
        if self._socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            self._finish()

    def _finish(self) -> None:
        if self._finished:
            return
        self._finished = self._done = True
        self._idle.stop()
        if self._socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            self._socket.abort()
        self.finished.emit(self)
        self.deleteLater()


def qt_request(path: Path, line: bytes, timeout_ms: int) -> bytes | None:
    """Send ``line`` and return what came back up to the first newline (or less when the time
    ran out). None when nobody listens at ``path``. Needs no QApplication."""
    socket = QLocalSocket()
    socket.connectToServer(str(path))
    if not socket.waitForConnected(min(timeout_ms, 1000)):
        return None
    deadline = time.monotonic() + timeout_ms / 1000
    socket.write(QByteArray(line))
    socket.waitForBytesWritten(timeout_ms)
    received = bytearray()
    while b"\n" not in received:
        left_ms = int((deadline - time.monotonic()) * 1000)
        if left_ms <= 0:
            break
        if not socket.waitForReadyRead(left_ms):
            received += socket.readAll().data()
            break
        received += socket.readAll().data()
    socket.abort()
    return bytes(received)
