"""The early signals' part of :class:`pausetimer.service.PauseService`: read and replace the
signals ticked with a pause, their export and the history's summary. A mixin, so the service
stays one object (every write through it, each announcing a Change) in modules of a readable
size."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from pausetimer.core.changes import Change, ChangeKind, Source
from pausetimer.core.clock import Clock
from pausetimer.core.errors import InputError
from pausetimer.core.signals import MAX_OWN_WORDS, OWN_WORDS, PauseSignals
from pausetimer.store_signals import load, replace, signals_in

if TYPE_CHECKING:
    from pausetimer.core.history_model import HistoryFilter
    from pausetimer.core.signal_summary import SignalSummary
    from pausetimer.store import Store

# A key is an identifier from the content files: short, no spaces.
_MAX_KEY = 40


class SignalsAccess:
    _store: Store
    clock: Clock

    def _tell(self, change: Change) -> None:  # pragma: no cover - PauseService's own
        raise NotImplementedError

    def pause_signals(self, pause_id: int) -> PauseSignals:
        return load(self._store.connection, pause_id)

    def save_signals(
        self, pause_id: int, signals: PauseSignals, *, source: Source = Source.WINDOW
    ) -> None:
        """Make ``signals`` the ones ticked with ``pause_id`` (one transaction). Raises
        InputError for a malformed key, words past :data:`MAX_OWN_WORDS` or no such pause."""
        _check(signals)
        with self._store.transaction():
            had_words = bool(load(self._store.connection, pause_id).own_words)
            if not replace(self._store.connection, pause_id, signals):
                raise InputError(
                    "no_such_pause", f"There is no pause with id {pause_id}.", id=pause_id
                )
        if had_words:  # the old words must not stay readable in the -wal
            self._store.request_scrub()
        self._tell(Change.of(ChangeKind.SIGNALS, source=source, pause_id=pause_id))

    def signals_in(self, since: datetime | None, until: datetime | None) -> dict[int, PauseSignals]:
        return signals_in(self._store.connection, since, until)

    def signal_summary(self, flt: HistoryFilter, order: Iterable[str] = ()) -> SignalSummary:
        from pausetimer import history_signals  # loads with the history

        return history_signals.signal_summary(self._store, flt, self.clock.now(), order)


def _check(signals: PauseSignals) -> None:
    for key in signals.keys:
        if not key or len(key) > _MAX_KEY or not key.isidentifier() or key == OWN_WORDS:
            raise InputError("signal_malformed", "An early signal is not one the app knows.")
    if len(signals.own_words.strip()) > MAX_OWN_WORDS:
        raise InputError(
            "signal_words_too_long",
            f"Keep your own words to {MAX_OWN_WORDS} characters.",
            limit=MAX_OWN_WORDS,
        )
