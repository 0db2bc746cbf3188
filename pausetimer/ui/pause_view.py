"""What the tray and the main window show about the current pause, decided in one place.

Plain Python: a pause and "now" in, a :class:`PauseView` out, so the tray icon, the tooltip, the
menu and the main window can never disagree about the state.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from pausetimer.core.pause import Pause, PauseState


class ViewState(enum.Enum):
    IDLE = "idle"
    RUNNING = "running"
    DUE = "due"  # the agreed return time has passed
    LONG = "long"  # running for more than a day, return time still ahead


@dataclass(frozen=True)
class PauseView:
    state: ViewState
    pause: Pause | None
    now: datetime

    @property
    def active(self) -> bool:
        return self.pause is not None

    @property
    def remaining(self) -> timedelta:
        return self.pause.remaining(self.now) if self.pause else timedelta(0)

    @property
    def remaining_fraction(self) -> float:
        """Share of the agreed pause still ahead, 0..1 (drives the progress ring)."""
        if self.pause is None:
            return 0.0
        total = (self.pause.return_at - self.pause.started_at).total_seconds()
        if total <= 0:
            return 0.0
        return min(max(self.remaining.total_seconds() / total, 0.0), 1.0)


def view_of(pause: Pause | None, now: datetime) -> PauseView:
    """Due wins over long: the one thing to do at the agreed time is to go back."""
    if pause is None or not pause.is_active:
        return PauseView(ViewState.IDLE, None, now)
    if pause.state(now) is PauseState.DUE:
        return PauseView(ViewState.DUE, pause, now)
    if pause.is_long(now):
        return PauseView(ViewState.LONG, pause, now)
    return PauseView(ViewState.RUNNING, pause, now)


def until_next_minute_change(view: PauseView) -> timedelta | None:
    """How long until the shown minutes change, or None when nothing needs a timer (idle).

    Minutes left are rounded up, so they change exactly when the remaining time crosses a whole
    minute; the same instants serve the "late by" minutes once the pause is due, and the switch to
    "long" is at most a minute late.
    """
    if view.pause is None:
        return None
    wait = view.remaining.total_seconds() % 60  # also right when negative (due): Python's %
    return timedelta(seconds=wait) if wait > 0 else timedelta(minutes=1)
