"""Holds the reminder window while the user is away, locked or in a meeting, and brings it the
moment they are back.

The decision is :class:`pausetimer.core.presence.NudgeGate`; this is its Qt side: it samples the
desktop (:mod:`pausetimer.services.presence_sources`) when a nudge comes due and then, while it
waits, when the desktop announces that the absence may be over (the first input, the lock's or
do-not-disturb's end: :mod:`pausetimer.services.presence_events`), with a slow look besides; where
nothing announces it, at the pace the gate sets (once a second away or locked, every 3 seconds in
a meeting). With no nudge waiting it has no timer at all. The
notification goes out regardless (the reminders send it before the window is due), so a phone
that mirrors it still gets it. When the window is shown, the pause records when the nudge was
first seen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind, Source
from pausetimer.core.errors import PausetimerError
from pausetimer.core.presence import POLL_INTERVAL, Absence, NudgeGate, Presence, Shown

if TYPE_CHECKING:
    from pausetimer.services.reminders import Reminders

_log = logging.getLogger(__name__)


class Sampler(Protocol):
    def sample(self, away_after: timedelta | None = None) -> Presence: ...
    def announce_return(
        self, absence: Absence, sample: Presence, came: Callable[[], None]
    ) -> bool: ...
    def stop_announcing(self) -> None: ...


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
        self._poll.timeout.connect(self._look)
        self._last = Presence()  # the look that made the gate hold
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
        """Looking once a second (not: waiting for the desktop's word, or for nothing)."""
        return self.look_every == POLL_INTERVAL

    @property
    def look_every(self) -> timedelta | None:
        """How often the desktop is asked while a nudge is held (None: not at all)."""
        return timedelta(milliseconds=self._poll.interval()) if self._poll.isActive() else None

    def in_meeting(self) -> bool:
        """For the notification's words: a shared or presented screen gets the neutral text."""
        # Asked in full, also of a user idle for minutes: one may watch a shared screen without
        # touching the keyboard, and the notification would show on it all the same.
        sample = self.sampler.sample()
        return sample.fullscreen or sample.do_not_disturb

    def due(self, long_warning: bool) -> None:
        self._gate.away_after = self._away_after()
        sample = self._last = self.sampler.sample(self._gate.away_after)
        shown = self._gate.due(long_warning, sample, self._ctx.clock.now())
        if shown is not None:
            self._release(shown)
            return
        _log.info(
            "Reminder window held: %s", self._gate.absence.value if self._gate.absence else ""
        )
        self._wait()

    def _wait(self) -> None:
        """Sleep until the desktop says the absence may be over, with a slow look besides; where
        it says nothing, look at the gate's pace."""
        absence = self._gate.absence
        announced = absence is not None and self.sampler.announce_return(
            absence, self._last, self._look
        )
        every = self._gate.next_look(announced)
        if every is not None:
            self._poll.start(int(every.total_seconds() * 1000))

    def _look(self) -> None:
        if not self._gate.holding:
            return  # an announcement that was on its way when the nudge was released
        self._last = self.sampler.sample(self._gate.away_after)
        shown = self._gate.observe(self._last)
        if shown is not None:
            self._release(shown)
        elif self._gate.holding:
            self._wait()  # still absent, maybe for another reason: wait the way that fits

    def _release(self, shown: Shown) -> None:
        self._stop_waiting()
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
            self._stop_waiting()

    def _stop_waiting(self) -> None:
        self._poll.stop()
        if self._sampler is not None:
            self._sampler.stop_announcing()

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
