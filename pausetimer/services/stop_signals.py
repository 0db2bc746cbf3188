"""SIGTERM, SIGINT and SIGHUP end the app through its normal shutdown.

Ctrl+C or a logout's SIGTERM reach the Qt loop at once through a :class:`SignalRelay`, and
:attr:`StopSignals.received` tells the app on its main thread, which quits like the Quit item does
(socket closed, database closed, running marker removed).
"""

from __future__ import annotations

import signal
from collections.abc import Iterable

from PySide6.QtCore import QObject

from pausetimer.services.signal_relay import SignalRelay

# SIGHUP: the terminal the app was started from closed. Not on Windows.
STOP_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


class StopSignals(SignalRelay):
    """While it lives (until :meth:`close`), the given signals are reported by ``received``
    (the signal number) instead of ending the process. Create it on the main thread."""

    def __init__(
        self, signals: Iterable[signal.Signals] = STOP_SIGNALS, parent: QObject | None = None
    ) -> None:
        super().__init__(signals, parent)
