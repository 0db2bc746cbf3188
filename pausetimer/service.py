"""The operations a user can ask for, each one transaction against the store.

Both edges use this: the running app (tray, windows, commands arriving over the local socket) and
the command line when no app runs. It is Qt-free; the app turns :attr:`PauseService.listeners` into
a Qt signal.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from pausetimer.core.clock import Clock
from pausetimer.core.pause import (
    Caution,
    Pause,
    PauseState,
    ReturnSpec,
    end_pause,
    extend_pause,
    start_pause,
)
from pausetimer.core.report import Status
from pausetimer.store import Store

Listener = Callable[[Pause | None], None]

# Ids and times only: a note or reflection never goes into a log message.
_log = logging.getLogger(__name__)


class PauseService:
    def __init__(
        self, store: Store, clock: Clock, *, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self.store = store
        self.clock = clock
        # Called with the active pause (or None) after every change this service makes.
        self.listeners: list[Listener] = []
        self._monotonic = monotonic
        # (pause id, wall clock, monotonic clock) when this process last saw the active pause
        # with a wall clock past its start: lets "end" survive the clock being set back.
        self._seen: tuple[int, datetime, float] | None = None

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
            return wall + timedelta(seconds=max(self._monotonic() - mono, 0.0))
        return pause.started_at  # nothing better known: end_pause records no negative length

    def current(self) -> Pause | None:
        pause = self.store.active_pause()
        self._now_for(pause)  # remember a plausible wall clock while there is one
        return pause

    def status(self) -> Status:
        now = self.clock.now()
        pause = self.store.active_pause()
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
    ) -> tuple[Pause, list[Caution]]:
        with self.store.transaction():
            pause, cautions = start_pause(
                self.store.active_pause(),
                self.clock.now(),
                spec,
                announced=announced,
                note=note,
                allow_long=allow_long,
            )
            saved = self.store.save(pause)
        self._now_for(saved)
        _log.info("Pause %s started, return agreed at %s", saved.id, saved.return_at.isoformat())
        self._changed(saved)
        return saved, cautions

    def extend(self, by: timedelta) -> tuple[Pause, list[Caution]]:
        with self.store.transaction():
            pause, cautions = extend_pause(self.store.active_pause(), self.clock.now(), by)
            saved = self.store.save(pause)
        _log.info("Pause %s extended, return agreed at %s", saved.id, saved.return_at.isoformat())
        self._changed(saved)
        return saved, cautions

    def end(self, *, note: str | None = None, return_note: str = "") -> Pause:
        with self.store.transaction():
            active = self.store.active_pause()
            pause = end_pause(active, self._now_for(active), note=note)
            if return_note:
                pause = replace(pause, return_note=return_note)
            saved = self.store.save(pause)
        _log.info(
            "Pause %s ended at %s, agreed return %s",
            saved.id,
            saved.ended_at.isoformat() if saved.ended_at else "?",
            saved.return_at.isoformat(),
        )
        self._changed(None)
        return saved

    def set_announced(self, announced: bool) -> Pause | None:
        """Mark whether the partner was told. A no-op when no pause runs."""
        with self.store.transaction():
            pause = self.store.active_pause()
            if pause is None:
                return None
            saved = self.store.save(replace(pause, announced=announced))
        self._changed(saved)
        return saved

    def set_return_note(self, pause_id: int, text: str) -> None:
        """How the return went, told after the pause ended."""
        with self.store.transaction():
            pause = self.store.get_pause(pause_id)
            if pause is not None:
                self.store.save(replace(pause, return_note=text))

    def history(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> list[Pause]:
        return self.store.history(since=since, until=until)

    def reload(self) -> None:
        """Tell listeners the stored state may have changed behind our back (another process)."""
        self._changed(self.store.active_pause())

    def _changed(self, pause: Pause | None) -> None:
        for listener in list(self.listeners):
            listener(pause)
