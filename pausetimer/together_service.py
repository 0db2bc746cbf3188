"""The write path for moments together: a sibling of :class:`pausetimer.service.PauseService`
that shares its store, its clock and its listeners (``PauseService.together``), so every write
is one transaction and announces a :class:`~pausetimer.core.changes.Change` like any other."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from pausetimer import store_together as rows
from pausetimer.core.changes import Change, ChangeKind, Source
from pausetimer.core.clock import Clock
from pausetimer.core.errors import InputError
from pausetimer.core.together import Moment, plan_moment

if TYPE_CHECKING:
    from pausetimer.store import Store

# Ids and times only: the words of a moment never go into a log message.
_log = logging.getLogger(__name__)


class TogetherService:
    def __init__(self, store: Store, clock: Clock, tell: Callable[[Change], None]) -> None:
        self._store = store
        self._clock = clock
        self._tell = tell

    def plan(self, at: datetime, note: str = "", *, source: Source = Source.WINDOW) -> Moment:
        """Store a moment; :class:`InputError` (nothing stored) for a past time or long words."""
        moment = plan_moment(self._clock.now(), at, note)
        with self._store.transaction():
            saved = rows.insert(self._store.connection, moment)
        _log.info("Moment together %s planned at %s", saved.id, saved.at.isoformat())
        self._tell(Change.of(ChangeKind.TOGETHER, source=source))
        return saved

    def upcoming(self) -> list[Moment]:
        """The moments still ahead, earliest first."""
        return rows.moments(self._store.connection, after=self._clock.now())

    def past(self) -> list[Moment]:
        """The moments whose time has come, earliest first (the history's "Delete all" takes
        them)."""
        return rows.moments(self._store.connection, until=self._clock.now())

    def all(self) -> list[Moment]:
        """Every stored moment, past ones too (for the export), earliest first."""
        return rows.moments(self._store.connection)

    def delete(self, moment_id: int, *, source: Source = Source.WINDOW) -> None:
        """Delete one moment for good, its words wiped from the log file in the background."""
        with self._store.transaction():
            if not rows.delete(self._store.connection, moment_id):
                raise InputError(
                    "no_such_moment", f"There is no moment with id {moment_id}.", id=moment_id
                )
        self._store.request_scrub()
        self._tell(Change.of(ChangeKind.TOGETHER, source=source))

    def delete_all(self, *, source: Source = Source.WINDOW) -> int:
        """Delete every moment, past and ahead; returns how many went."""
        with self._store.transaction():
            deleted = rows.delete_all(self._store.connection)
        self._store.request_scrub()
        self._tell(Change.of(ChangeKind.TOGETHER, source=source))
        return deleted
