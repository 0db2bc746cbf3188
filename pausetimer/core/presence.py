"""Is the user there to see the nudge? The pure decision behind holding the reminder window.

At the return time (and at the one-day warning) the reminder window should meet a person, not an
empty desk or a screen share. The caller samples the desktop (idle time, lock, a full-screen window
with focus, the notification server's do-not-disturb) and hands each :class:`Presence` to a
:class:`NudgeGate`; the gate says whether to show the window now or to hold it, and when a held
window may come. Nothing here knows Qt or D-Bus, so the rules are tested with a fake clock and
made-up samples.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

# While a nudge is held for a user away or locked, and nothing on the desktop announces their
# return, the desktop is asked this often: the window comes within this (plus one answer) of the
# first input, inside the promised second at the median, at one wake-up per second.
POLL_INTERVAL = timedelta(seconds=1)
# In a meeting that nothing announces the end of (a full-screen window, GNOME's banners off) the
# promise is 5 seconds, so a look every 3 (plus one answer) keeps it at a third of the wake-ups.
MEETING_POLL_INTERVAL = timedelta(seconds=3)
# Where the desktop announces the end of an absence (an X input alarm, a D-Bus signal), a slow
# look stays in case an announcement is missed (a service restarted, a signal lost).
SAFETY_INTERVAL = timedelta(seconds=30)


class Absence(enum.Enum):
    """Why the window waits (none of these: the user is there and free)."""

    AWAY = "away"  # no input for the "away after" time
    LOCKED = "locked"  # the screen is locked (or the screen saver runs)
    MEETING = "meeting"  # a full-screen window has focus, or notifications are paused


@dataclass(frozen=True)
class Presence:
    """One look at the desktop. ``idle`` None: no source could say (then the user counts as
    present: a nudge that is never held is better than one held forever)."""

    idle: timedelta | None = None
    locked: bool = False
    fullscreen: bool = False
    do_not_disturb: bool = False

    def absence(self, away_after: timedelta) -> Absence | None:
        if self.locked:
            return Absence.LOCKED
        if self.idle is not None and self.idle >= away_after:
            return Absence.AWAY
        if self.fullscreen or self.do_not_disturb:
            return Absence.MEETING
        return None


@dataclass(frozen=True)
class Shown:
    """What the gate decided to show: the window, and whether it is the one-day warning.
    ``held_since``: when the nudge came while the user was absent (None: shown at once)."""

    long_warning: bool
    held_since: datetime | None


class NudgeGate:
    """Holds a nudge while the user is absent and releases it when they are back.

    ``due`` is called when the return time (or the one-day warning) comes, with a sample taken
    then; ``observe`` with each later sample while :attr:`holding`. Both return a :class:`Shown`
    when the window should appear now, else None. A held one-day warning stays held with a later
    return nudge (and is shown as such): nothing is dropped.
    """

    def __init__(self, away_after: timedelta) -> None:
        self.away_after = away_after
        self._held_long: bool | None = None  # None: nothing held
        self._held_since: datetime | None = None
        self.absence: Absence | None = None  # why the nudge waits, while it does

    @property
    def holding(self) -> bool:
        return self._held_long is not None

    def due(self, long_warning: bool, sample: Presence, now: datetime) -> Shown | None:
        absence = sample.absence(self.away_after)
        if absence is None and not self.holding:
            return Shown(long_warning, None)
        if not self.holding:
            self._held_since = now
        self._held_long = long_warning or bool(self._held_long)
        if absence is None:
            return self._release()
        self.absence = absence
        return None

    def observe(self, sample: Presence) -> Shown | None:
        if not self.holding:
            return None
        self.absence = sample.absence(self.away_after)
        return self._release() if self.absence is None else None

    def next_look(self, announced: bool) -> timedelta | None:
        """How long until the desktop is asked again while held (None: nothing is held).
        ``announced``: the desktop will say when this absence ends, so a slow look suffices."""
        if self.absence is None or not self.holding:
            return None
        if announced:
            return SAFETY_INTERVAL
        return MEETING_POLL_INTERVAL if self.absence is Absence.MEETING else POLL_INTERVAL

    def cancel(self) -> None:
        """The pause ended or got a new return time: nothing is waiting any more."""
        self._held_long = None
        self._held_since = None
        self.absence = None

    def _release(self) -> Shown:
        shown = Shown(bool(self._held_long), self._held_since)
        self.cancel()
        return shown
