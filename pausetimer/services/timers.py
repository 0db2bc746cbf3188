"""Timers that fire on the millisecond, set up without touching ``Qt``'s enums.

A coarse Qt timer may fire up to 5 % late: a stale minute in the tray for seconds. Choosing the
precise type through ``Qt.TimerType`` would make PySide build Python's view of the whole ``Qt``
namespace (about a hundred enums; see benchmarks/README.md) while the tray app starts; Qt's
property system takes the plain value instead.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer

PRECISE_TIMER = 0  # Qt::PreciseTimer


def set_precise(timer: QTimer) -> None:
    if not timer.setProperty("timerType", PRECISE_TIMER):
        raise RuntimeError("Qt did not accept the precise timer type")
