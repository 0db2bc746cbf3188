"""Unix signals reported on the Qt main thread, at once, without a polling timer.

Python runs a signal handler only when the interpreter gets control, which an idle Qt event loop
waiting in C never gives it: a signal would go unnoticed until some timer fired. So the C-level
handler's wake-up byte (:func:`signal.set_wakeup_fd`) goes into a local socket pair that a
:class:`QSocketNotifier` watches: Qt wakes up at once and :attr:`SignalRelay.received` reports
the signal on the main thread. An idle app stays asleep.

A process has one wake-up fd. A relay made while another one is set (the app's SIGUSR1 relay,
then its stop relay) takes it over and passes the bytes of signals it does not handle on to the
one before, so each relay still hears its own signals; closing gives the fd back.
"""

from __future__ import annotations

import os
import signal
import socket
from collections.abc import Iterable
from contextlib import suppress
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal


class SignalRelay(QObject):
    """While it lives (until :meth:`close`), the given signals are reported by ``received``
    instead of running their former handlers. Create it on the main thread (Python's rule for
    handlers)."""

    received = Signal(int)  # the signal number

    def __init__(self, signals: Iterable[signal.Signals], parent: QObject | None = None) -> None:
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
        except OSError:  # nothing to read, or closed meanwhile
            return
        for number in data:
            if number in self._previous:
                self.received.emit(number)
            elif self._previous_wakeup != -1:  # another relay's signal: pass it on
                with suppress(OSError):
                    os.write(self._previous_wakeup, bytes([number]))

    def close(self) -> None:
        """Give the signals back to what handled them before, and the wake-up fd too (unless
        someone set theirs after us: theirs stays)."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            # None: the handler was set outside Python; the default is the nearest we can restore.
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)
        self._previous = {}
        with suppress(ValueError):  # not on the main thread any more: leave it
            current = signal.set_wakeup_fd(self._previous_wakeup)
            if current not in (-1, self._writer.fileno()):
                signal.set_wakeup_fd(current)
        self._reader.close()
        self._writer.close()


def _ignore(_number: int, _frame: FrameType | None) -> None:
    """The Python side has nothing to do: the wake-up byte already reached the notifier."""
