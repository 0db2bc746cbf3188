"""SIGUSR1 on the Qt main thread: "your socket cannot be reached, make a new one".

A command that finds the instance lock held but cannot connect (a cleaner of temporary files
removed the socket file) sends SIGUSR1 to the process holding the lock (see
``InstanceGuard.wake_holder``). The app then re-creates its socket at once, within the five
seconds the command waits. Chosen over the alternatives because it costs nothing while idle:
a file-system watch on the runtime folder wakes the app for every other program's files there,
and a check on a timer either adds wake-ups or leaves commands failing for up to a minute.

Python runs a signal handler only when the interpreter gets control, which an idle Qt event loop
never gives it; :func:`signal.set_wakeup_fd` makes the C-level handler write a byte to a socket
pair that a :class:`QSocketNotifier` watches, which wakes the loop. If something else in the
process already set a wakeup fd (e.g. for SIGTERM), its notifier wakes the loop just as well, and
ours is not installed.
"""

from __future__ import annotations

import signal
import socket
from contextlib import suppress
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal


class WakeSignal(QObject):
    """Emits :attr:`received` on the main thread each time the process gets SIGUSR1."""

    received = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pair: tuple[socket.socket, socket.socket] | None = None
        self._notifier: QSocketNotifier | None = None
        self._installed = False

    def install(self) -> None:
        """Handle SIGUSR1 from now on (call on the main thread; a no-op where there is none)."""
        wake = getattr(signal, "SIGUSR1", None)
        if wake is None or self._installed:
            return
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        previous = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        if previous != -1:  # someone else's pipe already wakes the loop: keep it
            signal.set_wakeup_fd(previous)
            reader.close()
            writer.close()
        else:
            self._pair = (reader, writer)
            self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._drain)
        signal.signal(wake, self._on_signal)
        self._installed = True

    def uninstall(self) -> None:
        """Ignore SIGUSR1 again (never the default action, which would end the process)."""
        if not self._installed:
            return
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
        if self._pair is not None:
            reader, writer = self._pair
            with suppress(ValueError):  # not on the main thread any more: leave it
                current = signal.set_wakeup_fd(-1)
                if current != writer.fileno():  # someone set theirs after us: theirs stays
                    signal.set_wakeup_fd(current)
            assert self._notifier is not None
            self._notifier.setEnabled(False)
            reader.close()
            writer.close()
            self._pair = self._notifier = None
        self._installed = False

    def _on_signal(self, _signum: int, _frame: FrameType | None) -> None:
        # Runs between two Python instructions, perhaps inside another slot: do the work from
        # the event loop instead.
        QTimer.singleShot(0, self.received.emit)

    def _drain(self) -> None:
        assert self._pair is not None
        with suppress(OSError):
            while self._pair[0].recv(64):
                pass
