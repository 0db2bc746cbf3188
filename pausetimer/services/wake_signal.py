"""SIGUSR1 on the Qt main thread: "your socket cannot be reached, make a new one".

A command that finds the instance lock held but cannot connect (a cleaner of temporary files
removed the socket file) sends SIGUSR1 to the process holding the lock (see
``InstanceGuard.wake_holder``). The app then re-creates its socket at once, within the five
seconds the command waits. Chosen over the alternatives because it costs nothing while idle:
a file-system watch on the runtime folder wakes the app for every other program's files there,
and a check on a timer either adds wake-ups or leaves commands failing for up to a minute. The
signal reaches the idle Qt loop through a :class:`SignalRelay`.
"""

from __future__ import annotations

import signal

from PySide6.QtCore import QObject, Signal

from pausetimer.services.signal_relay import SignalRelay


class WakeSignal(QObject):
    """Emits :attr:`received` on the main thread each time the process gets SIGUSR1."""

    received = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay: SignalRelay | None = None

    def install(self) -> None:
        """Handle SIGUSR1 from now on (call on the main thread; a no-op where there is none)."""
        wake = getattr(signal, "SIGUSR1", None)
        if wake is None or self._relay is not None:
            return
        self._relay = SignalRelay((wake,), parent=self)
        self._relay.received.connect(self._relayed)

    def _relayed(self, _number: int) -> None:
        self.received.emit()

    def uninstall(self) -> None:
        """Ignore SIGUSR1 again (never the default action, which would end the process)."""
        if self._relay is None:
            return
        self._relay.close()
        self._relay.deleteLater()
        self._relay = None
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
