"""The waiting partner's letter, as part of :class:`pausetimer.service.PauseService` (kept in a
module of its own so the service stays readable). Every write announces a ``LETTER`` change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pausetimer.core.changes import Change, ChangeKind, Source
from pausetimer.core.clock import Clock

if TYPE_CHECKING:
    from pausetimer.store import Store


class LetterService:
    """Mixed into PauseService, which provides the store, the clock and ``_tell``."""

    _store: Store
    clock: Clock
    _tell: Callable[[Change], None]

    def letter(self, pause_id: int) -> str:
        from pausetimer import letters

        return letters.letter(self._store, pause_id)

    def save_letter(self, pause_id: int, text: str, *, source: Source = Source.WINDOW) -> None:
        """Store the letter (one transaction; saving the same text again is harmless)."""
        from pausetimer import letters

        letters.save_letter(self._store, pause_id, text, self.clock.now())
        self._tell(Change.of(ChangeKind.LETTER, source=source, pause_id=pause_id))

    def delete_letter(self, pause_id: int, *, source: Source = Source.WINDOW) -> bool:
        from pausetimer import letters

        deleted = letters.delete_letter(self._store, pause_id)
        self._tell(Change.of(ChangeKind.LETTER, source=source, pause_id=pause_id))
        return deleted
