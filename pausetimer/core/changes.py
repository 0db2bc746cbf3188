"""What a write changed, and who asked for it: the one event every part of the app listens to.

Every write goes through the service layer (:class:`pausetimer.service.PauseService` for the
database, ``AppContext.settings`` for the settings), and each one announces a :class:`Change`.
A window reloads only when the change concerns what it shows; nothing has to be told "reload
everything" by hand.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from pausetimer.core.pause import Pause


class ChangeKind(enum.Enum):
    ACTIVE_PAUSE = "active_pause"  # started, extended, ended, marked as announced
    HISTORY = "history"  # a pause's record: added, ended, its notes, deleted
    REFLECTION = "reflection"  # reflection answers of one pause
    SIGNALS = "signals"  # the early signals ticked with one pause
    CALM = "calm"  # a calm rating of one pause (at its start or before going back)
    LETTER = "letter"  # the waiting partner's letter, kept with one pause
    SETTINGS = "settings"
    TOGETHER = "together"  # a moment together planned or deleted


class Source(enum.Enum):
    """Who started a change, e.g. so a window can tell its own writes from others'."""

    WINDOW = "window"  # the tray menu or one of the app's windows
    COMMAND_LINE = "command_line"  # `pausetimer ...`, directly or through the running app
    REMINDER = "reminder"  # the reminder window's choices
    SYSTEM = "system"  # the app itself (e.g. taking over the state of the login entry)


@dataclass(frozen=True)
class Change:
    """``kinds``: what changed. ``active``: the active pause after the change (meaningful when
    ``ACTIVE_PAUSE`` is in ``kinds``). ``pause_id``: the pause the change concerns, if one does
    (the pause that was started, ended, edited or deleted)."""

    kinds: frozenset[ChangeKind]
    source: Source
    active: Pause | None = None
    pause_id: int | None = None

    @classmethod
    def of(
        cls,
        *kinds: ChangeKind,
        source: Source,
        active: Pause | None = None,
        pause_id: int | None = None,
    ) -> Change:
        return cls(frozenset(kinds), source, active, pause_id)

    def __contains__(self, kind: object) -> bool:
        return kind in self.kinds
