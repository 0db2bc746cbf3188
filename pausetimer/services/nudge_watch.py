"""Holds the reminder window while the user is away, locked or in a meeting, and brings it the
moment they are back.

The decision is :class:`pausetimer.core.presence.NudgeGate`; this is its Qt side: it samples the
desktop (:mod:`pausetimer.services.presence_sources`) when a nudge comes due and then, while it
waits, once a second, or (away, on X11) when the X server reports the first input
(:mod:`pausetimer.services.x11_input_alarm`). With no nudge waiting it has no timer at all. The
notification goes out regardless (the reminders send it before the window is due), so a phone
that mirrors it still gets it. When the window is shown, the pause records when the nudge was
first seen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind, Source
from pausetimer.core.errors import PausetimerError
from pausetimer.core.presence import POLL_INTERVAL, Absence, NudgeGate, Presence, Shown

if TYPE_CHECKING:
    from pausetimer.services.reminders import Reminders
    from pausetimer.services.x11_input_alarm import InputAlarm

_log = logging.getLogger(__name__)


class Sampler(Protocol):
    def sample(self, away_after: timedelta | None = None) -> Presence: ...
    def input_alarm(self) -> InputAlarm | None: ...


# With the X server's input alarm the look once a second is not needed while the user is away;
# a slow look stays, in case an event is missed.
SAFETY_INTERVAL = timedelta(seconds=30)


class NudgeWatch(QObject):
    # The window must show now: the one-day warning?, and whether it was held (then it takes the
    # keyboard: the user has just come back to the desk and means to act on it).
    show = Signal(bool, bool)

    def __init__(
        self, ctx: AppContext, sampler: Sampler | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._sampler = sampler  # built on the first due nudge: it loads QtDBus
        self._gate = NudgeGate(self._away_after())
        self._poll = QTimer(self)
        self._poll.setInterval(int(POLL_INTERVAL.total_seconds() * 1000))
        self._poll.timeout.connect(self._look)
        self._input: QSocketNotifier | None = None  # the input alarm's socket, while armed
        ctx.events.changed.connect(self._changed)

    @property
    def sampler(self) -> Sampler:
        if self._sampler is None:
            from pausetimer.services.presence_sources import PresenceSources

            self._sampler = PresenceSources()
        return self._sampler

    @property
    def holding(self) -> bool:
        return self._gate.holding

    @property
    def polling(self) -> bool:
        """Looking once a second (not: only waiting for the input alarm, or for nothing)."""
        return self._poll.isActive() and self._poll.interval() == self._interval(POLL_INTERVAL)

    def in_meeting(self) -> bool:
        """For the notification's words: a shared or presented screen gets the neutral text."""
        # Asked in full, also of a user idle for minutes: one may watch a shared screen without
        # touching the keyboard, and the notification would show on it all the same.
        sample = self.sampler.sample()
        return sample.fullscreen or sample.do_not_disturb

    def due(self, long_warning: bool) -> None:
        self._gate.away_after = self._away_after()
        sample = self.sampler.sample(self._gate.away_after)
        shown = self._gate.due(long_warning, sample, self._ctx.clock.now())
        if shown is not None:
            self._release(shown)
            return
        _log.info(
            "Reminder window held: %s", self._gate.absence.value if self._gate.absence else ""
        )
        self._wait()

    def _wait(self) -> None:
        """Away: sleep until the X server reports input, where it can; else look every second."""
        alarm = self.sampler.input_alarm() if self._gate.absence is Absence.AWAY else None
        if alarm is None:
            self._stop_alarm()
            self._poll.start(self._interval(POLL_INTERVAL))
            return
        alarm.arm()
        if self._input is None:
            self._input = QSocketNotifier(alarm.fileno(), QSocketNotifier.Type.Read, self)
            self._input.activated.connect(self._look)
        self._input.setEnabled(True)
        self._poll.start(self._interval(SAFETY_INTERVAL))

    def _look(self) -> None:
        alarm = self.sampler.input_alarm() if self._input is not None else None
        if alarm is not None:
            alarm.returned()  # read what came, so the socket is quiet again
        shown = self._gate.observe(self.sampler.sample(self._gate.away_after))
        if shown is not None:
            self._release(shown)
        elif self._gate.holding:
            self._wait()  # still away, or now in a meeting: wait the way that fits

    def _stop_alarm(self) -> None:
        if self._input is not None and self._input.isEnabled():
            self._input.setEnabled(False)
            alarm = self.sampler.input_alarm()
            if alarm is not None:
                alarm.disarm()

    @staticmethod
    def _interval(every: timedelta) -> int:
        return int(every.total_seconds() * 1000)

    def _release(self, shown: Shown) -> None:
        self._poll.stop()
        self._stop_alarm()
        if shown.held_since is not None:
            _log.info("Reminder window shown after being held since %s", shown.held_since)
        self.show.emit(shown.long_warning, shown.held_since is not None)
        try:
            self._ctx.service.mark_nudge_seen(source=Source.REMINDER)
        except PausetimerError as error:  # e.g. the database is busy: the window matters more
            _log.warning("The first sighting of the nudge was not recorded: %s", error.kind)

    def _changed(self, change: Change) -> None:
        if ChangeKind.SETTINGS in change:
            self._gate.away_after = self._away_after()
        if ChangeKind.ACTIVE_PAUSE not in change or not self._gate.holding:
            return
        pause = change.active
        if pause is None or pause.return_at > self._ctx.clock.now():
            self._gate.cancel()  # ended, or extended: the held nudge is about nothing any more
            self._poll.stop()
            self._stop_alarm()

    def _away_after(self) -> timedelta:
        return timedelta(minutes=self._ctx.settings.get().away_after_minutes)


def hold_nudges(
    ctx: AppContext, reminders: Reminders, show_window: Callable[[bool, bool], None]
) -> NudgeWatch:
    """Put the watch between the reminders' ``due`` and the reminder window."""
    watch = NudgeWatch(ctx, parent=reminders)
    reminders.due.connect(watch.due)
    reminders.in_meeting = watch.in_meeting
    watch.show.connect(show_window)
    return watch
