"""SIGTERM, SIGINT and SIGHUP end the app through its normal shutdown.

A Python signal handler only runs when the interpreter gets control, and while Qt's event loop
waits in C it does not: Ctrl+C or a logout's SIGTERM would go unnoticed until some timer fired.
So the C-level handler's wake-up byte (:func:`signal.set_wakeup_fd`) goes into a local socket pair
that a :class:`QSocketNotifier` watches: Qt wakes up at once, and :attr:`StopSignals.received`
tells the app on its main thread, which quits like the Quit item does (socket closed, database
closed, running marker removed). No polling timer, so an idle app stays asleep.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Iterable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal

# SIGHUP: the terminal the app was started from closed. Not on Windows.
STOP_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


class StopSignals(QObject):
    """While it lives (until :meth:`close`), the given signals are reported by ``received``
    instead of ending the process. Create it on the main thread (Python's rule for handlers)."""

    received = Signal(int)  # the signal number

    def __init__(
        self, signals: Iterable[signal.Signals] = STOP_SIGNALS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_wakeup = signal.set_wakeup_fd(
            self._writer.fileno(), warn_on_full_buffer=False
        )
        self._previous = {number: signal.signal(number, _ignore) for number in signals}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        for number in data:
            if number in self._previous:
                self.received.emit(number)

    def close(self) -> None:
        """Give the signals back to what handled them before."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            # None: the handler was set outside Python; the default is the nearest we can restore.
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)
        self._previous = {}
        signal.set_wakeup_fd(self._previous_wakeup)
        self._reader.close()
        self._writer.close()


def _ignore(_number: int, _frame: FrameType | None) -> None:
    """The Python side has nothing to do: the wake-up byte already reached the notifier."""
