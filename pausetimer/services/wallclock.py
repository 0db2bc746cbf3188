"""Notice a suspend/resume or a jump of the wall clock.

Qt timers (and so the scheduler) run on the monotonic clock, which stops during suspend: a wait
that spans a suspend would fire late by the length of the suspend. While a pause runs we compare
wall-clock progress with monotonic progress every few seconds; a difference of 10 s or more means
the machine slept or the clock was set, and ``jumped`` asks the owner to plan again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from pausetimer.core.clock import Clock

JUMP_THRESHOLD = timedelta(seconds=10)  # the same threshold Workrave uses for "power save"
CHECK_INTERVAL_MS = 5000


class WallClockWatch(QObject):
    jumped = Signal()

    def __init__(
        self,
        clock: Clock,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        interval_ms: int = CHECK_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._monotonic = monotonic
        self.timer = QTimer(self)  # coarse is fine: a few seconds either way do not matter here
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self._last: tuple[datetime, float] | None = None

    def start(self) -> None:
        if not self.timer.isActive():
            self._last = (self._clock.now(), self._monotonic())
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._last = None

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def check(self) -> bool:
        """Compare the clocks now; True (and ``jumped``) when they drifted apart."""
        wall, mono = self._clock.now(), self._monotonic()
        last, self._last = self._last, (wall, mono)
        if last is None:
            return False
        drift = (wall - last[0]) - timedelta(seconds=mono - last[1])
        if abs(drift) >= JUMP_THRESHOLD:
            self.jumped.emit()
            return True
        return False
