"""The one way into the pause data: every read and write the app and the command line make.

Both edges use this: the running app (tray, windows, commands arriving over the local socket) and
the command line when no app runs. It is Qt-free; the app turns :attr:`PauseService.listeners` into
a Qt signal. Every write tells the listeners a :class:`~pausetimer.core.changes.Change`: what
changed and who asked for it (``source``; the windows and tray by default).

The store is private: nothing outside this class (and the history queries it calls) touches SQL.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from pausetimer import nudge_seen
from pausetimer.core.calm import check_calm
from pausetimer.core.changes import Change, ChangeKind, Source
from pausetimer.core.clock import Clock
from pausetimer.core.pause import (
    Caution,
    Pause,
    PauseState,
    ReturnSpec,
    Side,
    end_pause,
    extend_pause,
    start_pause,
)
from pausetimer.core.report import Status
from pausetimer.lazy_log import LazyLogger
from pausetimer.service_letters import LetterService
from pausetimer.service_reads import HistoryReads
from pausetimer.service_signals import SignalsAccess
from pausetimer.together_service import TogetherService

if TYPE_CHECKING:
    from pausetimer.store import Store

Listener = Callable[[Change], None]
_PAUSE = (ChangeKind.ACTIVE_PAUSE, ChangeKind.HISTORY)

# Ids and times only: a note or reflection never goes into a log message.
_log = LazyLogger(__name__)


def _kinds(calm: int | None) -> tuple[ChangeKind, ...]:
    """A start or end that carries a calm rating says so."""
    return (*_PAUSE, ChangeKind.CALM) if calm is not None else _PAUSE


class PauseService(HistoryReads, SignalsAccess, LetterService):
    def __init__(
        self, store: Store, clock: Clock, *, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self._store = store
        self.clock = clock
        # Called with a Change after every write this service makes.
        self.listeners: list[Listener] = []
        self._monotonic = monotonic
        # (pause id, wall clock, monotonic clock) when this process last saw the active pause
        # with a wall clock past its start: lets "end" survive the clock being set back.
        self._seen: tuple[int, datetime, float] | None = None
        # Moments together: the same store, transactions and listeners, in a module of its own.
        self.together = TogetherService(store, clock, self._tell)

    def _now_for(self, pause: Pause | None) -> datetime:
        """The wall clock, unless it lies before the pause's start (the clock was set back):
        then the last plausible wall clock this process saw plus the monotonic time since."""
        now = self.clock.now()
        if pause is None or pause.id is None:
            return now
        if now >= pause.started_at:
            self._seen = (pause.id, now, self._monotonic())
            return now
        if self._seen is not None and self._seen[0] == pause.id:
            _id, wall, mono = self._seen
            estimate = wall + timedelta(seconds=max(self._monotonic() - mono, 0.0))
            _log.warning(
                "The clock lies before the start of pause %s (set back?): using %s instead",
                pause.id,
                estimate.isoformat(),
            )
            return estimate
        # Nothing better known: end_pause records no negative length, and the log says why.
        _log.warning(
            "The clock lies before the start of pause %s (set back?): its end is set to its start",
            pause.id,
        )
        return pause.started_at

    # -- the active pause ----------------------------------------------------------------------

    def current(self) -> Pause | None:
        pause = self._store.active_pause()
        self._now_for(pause)  # remember a plausible wall clock while there is one
        return pause

    def status(self) -> Status:
        now = self.clock.now()
        pause = self._store.active_pause()
        self._now_for(pause)  # remember a plausible wall clock while there is one
        state = pause.state(now) if pause else PauseState.IDLE
        return Status(state=state, pause=pause, now=now)

    def start(
        self,
        spec: ReturnSpec,
        *,
        announced: bool = False,
        note: str = "",
        allow_long: bool = False,
        calm: int | None = None,
        source: Source = Source.WINDOW,
        side: Side = Side.PAUSING,
    ) -> tuple[Pause, list[Caution]]:
        # side WAITING: the partner's side of a pause; one pause runs at a time, on either side.
        calm = check_calm(calm) if calm is not None else None
        with self._store.transaction():
            pause, cautions = start_pause(
                self._store.active_pause(),
                self.clock.now(),
                spec,
                announced=announced,
                note=note,
                allow_long=allow_long,
                side=side,
            )
            saved = self._store.save(replace(pause, calm_start=calm))
        self._now_for(saved)
        kind, when = saved.side.value, saved.return_at.isoformat()
        _log.info("Pause %s started (%s side), return agreed at %s", saved.id, kind, when)
        self._tell(Change.of(*_kinds(calm), source=source, active=saved, pause_id=saved.id))
        return saved, cautions

    def extend(
        self, by: timedelta, *, allow_long: bool = False, source: Source = Source.WINDOW
    ) -> tuple[Pause, list[Caution]]:
        with self._store.transaction():
            pause, cautions = extend_pause(
                self._store.active_pause(), self.clock.now(), by, allow_long=allow_long
            )
            saved = self._store.save(pause)
        _log.info("Pause %s extended, return agreed at %s", saved.id, saved.return_at.isoformat())
        self._tell(Change.of(*_PAUSE, source=source, active=saved, pause_id=saved.id))
        return saved, cautions

    def end(
        self,
        *,
        note: str | None = None,
        return_note: str = "",
        calm: int | None = None,
        source: Source = Source.WINDOW,
    ) -> Pause:
        calm = check_calm(calm) if calm is not None else None
        with self._store.transaction():
            active = self._store.active_pause()
            pause = end_pause(active, self._now_for(active), note=note)
            if return_note:
                pause = replace(pause, return_note=return_note)
            if calm is not None:
                pause = replace(pause, calm_end=calm)
            saved = self._store.save(pause)
        _log.info(
            "Pause %s ended at %s, agreed return %s",
            saved.id,
            saved.ended_at.isoformat() if saved.ended_at else "?",
            saved.return_at.isoformat(),
        )
        self._tell(Change.of(*_kinds(calm), source=source, active=None, pause_id=saved.id))
        return saved

    def set_announced(self, announced: bool, *, source: Source = Source.WINDOW) -> Pause | None:
        """Mark whether the partner was told. A no-op when no pause runs."""
        with self._store.transaction():
            pause = self._store.active_pause()
            if pause is None:
                return None
            saved = self._store.save(replace(pause, announced=announced))
        self._tell(Change.of(*_PAUSE, source=source, active=saved, pause_id=saved.id))
        return saved

    def mark_nudge_seen(self, *, source: Source = Source.REMINDER) -> None:
        """The reminder window met the user now: recorded once per pause (the first time)."""
        pause_id = nudge_seen.mark_active_seen(self._store, self._now_for)
        if pause_id is not None:
            self._tell(Change.of(ChangeKind.HISTORY, source=source, pause_id=pause_id))

    # -- one pause's record ----------------------------------------------------------------------

    def get_pause(self, pause_id: int) -> Pause | None:
        return self._store.get_pause(pause_id)

    def latest_pause(self) -> Pause | None:
        """The running pause, else the one that started last (reflecting after the return)."""
        return self._store.active_pause() or self._store.latest_pause()

    def set_return_note(self, pause_id: int, text: str, *, source: Source = Source.WINDOW) -> None:
        """How the return went, told after the pause ended."""
        with self._store.transaction():
            pause = self._store.get_pause(pause_id)
            if pause is None:
                return
            self._store.save(replace(pause, return_note=text))
        self._tell(Change.of(ChangeKind.HISTORY, source=source, pause_id=pause_id))

    def set_calm(
        self, pause_id: int, *, end: bool, rating: int, source: Source = Source.WINDOW
    ) -> None:
        """Store a calm rating (0-10) of one pause: at its start, or before going back (``end``);
        a second answer replaces the first. Out of range: InputError, nothing changed."""
        rating = check_calm(rating)
        with self._store.transaction():
            pause = self._store.get_pause(pause_id)
            if pause is None:
                return
            rated = replace(pause, calm_end=rating) if end else replace(pause, calm_start=rating)
            self._store.save(rated)
        self._tell(Change.of(ChangeKind.HISTORY, ChangeKind.CALM, source=source, pause_id=pause_id))

    def update_note(self, pause_id: int, note: str, *, source: Source = Source.WINDOW) -> None:
        """Replace a pause's note (the old text is overwritten, not kept)."""
        from pausetimer import history  # the history module loads when first used

        history.update_note(self._store, pause_id, note)
        self._tell(Change.of(ChangeKind.HISTORY, source=source, pause_id=pause_id))

    def delete_pause(self, pause_id: int, *, source: Source = Source.WINDOW) -> None:
        """Delete one ended pause for good (see :mod:`pausetimer.history`)."""
        from pausetimer import history

        history.delete_pause(self._store, pause_id)
        self._tell(
            Change.of(ChangeKind.HISTORY, ChangeKind.REFLECTION, source=source, pause_id=pause_id)
        )

    def delete_all(self, *, source: Source = Source.WINDOW) -> int:
        """Delete every ended pause and the moments together that have passed; returns how many
        pauses went (the moments still ahead stay: they are plans, not history)."""
        from pausetimer import history

        deleted = history.delete_all(self._store, self.clock.now())
        kinds = (ChangeKind.HISTORY, ChangeKind.REFLECTION, ChangeKind.TOGETHER)
        self._tell(Change.of(*kinds, source=source))
        return deleted

    def wait_scrubbed(self, timeout: float) -> bool:
        """Whether deleted text is gone from the database's log file too, waiting up to
        ``timeout`` seconds for the background wipe (see :mod:`pausetimer.scrubber`)."""
        return self._store.wait_scrubbed(timeout)

    def reflections(self, pause_id: int) -> dict[str, str]:
        return self._store.reflections(pause_id)

    def save_reflections(
        self, pause_id: int, answers: Mapping[str, str], *, source: Source = Source.WINDOW
    ) -> None:
        """Store reflection answers by prompt key (one transaction each, as typed). Raises like
        the store (e.g. a locked database); saving the same answers again is harmless."""
        if not answers:
            return
        now = self.clock.now()
        saved = 0
        try:
            for key, answer in answers.items():
                self._store.save_reflection(pause_id, key, answer, now)
                saved += 1
        finally:  # answers saved before a failure (a busy database) are changes too
            if saved:
                self._tell(Change.of(ChangeKind.REFLECTION, source=source, pause_id=pause_id))

    # -- listeners -----------------------------------------------------------------------------

    def _tell(self, change: Change) -> None:
        for listener in list(self.listeners):
            listener(change)
