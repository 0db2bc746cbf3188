"""The pause lifecycle: start, extend, end, and what state a pause is in at a given instant.

Everything here is a pure function of its inputs (a pause, "now", the request). Persistence lives in
``pausetimer.store``; orchestration in ``pausetimer.service``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from pausetimer.core.errors import InputError, StateError

# Gottman's measurements: the body needs about 20 minutes to come down from flooding.
MIN_CALMING = timedelta(minutes=20)
# Hours, at most a day: past this a pause stops being recovery.
LONG_PAUSE = timedelta(hours=24)
# A return this far away is not a pause any more; we refuse it outright.
MAX_PAUSE = timedelta(days=7)
# How far one extension may go; the 7-day limit from the start applies as well.
MAX_EXTENSION = timedelta(days=1)


class PauseState(enum.Enum):
    IDLE = "idle"  # no pause runs
    RUNNING = "running"  # a pause runs, its return time is ahead
    DUE = "due"  # a pause runs and its return time has passed


class Side(enum.Enum):
    """Whose pause it is: the one who steps away, or the partner who waits for the return (the
    same app serves both, each on their own computer)."""

    PAUSING = "pausing"
    WAITING = "waiting"


@dataclass(frozen=True)
class Extension:
    at: datetime
    added: timedelta
    return_at: datetime  # the agreed return after this extension


@dataclass(frozen=True)
class Pause:
    started_at: datetime
    planned_return_at: datetime  # as first agreed
    return_at: datetime  # as agreed now, after extensions
    announced: bool = False
    note: str = ""
    ended_at: datetime | None = None
    return_note: str = ""  # how the return went, if the user said
    extensions: tuple[Extension, ...] = field(default_factory=tuple)
    id: int | None = None
    # "How flooded are you?" 0-10 at the start and before going back (core.calm); None: not asked
    calm_start: int | None = None
    calm_end: int | None = None
    side: Side = Side.PAUSING
    # When the reminder window first met the user (it may wait while they are away); None: not
    # yet, or never. Written only by the first sighting, never by saving the pause.
    nudge_seen_at: datetime | None = None

    @property
    def is_active(self) -> bool:
        return self.ended_at is None

    def state(self, now: datetime) -> PauseState:
        if not self.is_active:
            return PauseState.IDLE
        return PauseState.DUE if now >= self.return_at else PauseState.RUNNING

    def remaining(self, now: datetime) -> timedelta:
        """Time until the agreed return; negative once it has passed."""
        return self.return_at - now

    def duration(self, now: datetime) -> timedelta:
        """Never negative: after the clock was set back, "now" (or an end stored before this
        was caught) can lie before the start."""
        return max((self.ended_at or now) - self.started_at, timedelta(0))

    def is_long(self, now: datetime) -> bool:
        """True once the pause has lasted more than a day (extensions included)."""
        return self.duration(now) > LONG_PAUSE

    def late_by(self) -> timedelta | None:
        """For an ended pause: how much later than agreed the user returned (zero if on time)."""
        if self.ended_at is None:
            return None
        return max(self.ended_at - self.return_at, timedelta(0))


@dataclass(frozen=True)
class ReturnSpec:
    """When the user wants to come back: after a duration, or at an instant."""

    after: timedelta | None = None
    at: datetime | None = None

    def __post_init__(self) -> None:
        if (self.after is None) == (self.at is None):
            raise ValueError("ReturnSpec needs exactly one of 'after' and 'at'")
        if self.at is not None and self.at.tzinfo is None:
            raise ValueError("ReturnSpec.at must be timezone-aware")

    def resolve(self, now: datetime) -> datetime:
        if self.after is not None:
            return now + self.after
        assert self.at is not None
        return self.at.astimezone(UTC)


class Caution(enum.Enum):
    """Things the user should hear about, that do not stop the action."""

    TOO_SHORT = "too_short"  # under 20 minutes: too short to calm down
    LONG = "long"  # the agreed return lies more than a day after the start


WARNING_TEXT = {
    Caution.TOO_SHORT: (
        "A pause under 20 minutes is usually too short to calm down; it takes the body about "
        "20 minutes."
    ),
    Caution.LONG: (
        "This pause will last more than a day. Healthy pauses last hours, at most a day; "
        "consider talking sooner."
    ),
}


def check_return(started_at: datetime, return_at: datetime, *, allow_long: bool) -> list[Caution]:
    """Judge a proposed pause from ``started_at`` to ``return_at``.

    Raises :class:`InputError` when it must be refused; returns the warnings otherwise.
    """
    length = return_at - started_at
    if length <= timedelta(0):
        raise InputError(
            "return_not_future",
            "The return time has already passed; choose a time in the future.",
            return_at=return_at,
        )
    if length > MAX_PAUSE:
        raise InputError(
            "pause_too_long",
            "A pause can last at most 7 days; choose an earlier return time.",
            length=length,
        )
    warnings: list[Caution] = []
    if length > LONG_PAUSE:
        if not allow_long:
            raise InputError(
                "pause_needs_confirmation",
                "The return is more than 24 hours away; confirm with --long if you really mean it.",
                length=length,
            )
        warnings.append(Caution.LONG)
    if length < MIN_CALMING:
        warnings.append(Caution.TOO_SHORT)
    return warnings


def start_pause(
    current: Pause | None,
    now: datetime,
    spec: ReturnSpec,
    *,
    announced: bool = False,
    note: str = "",
    allow_long: bool = False,
    side: Side = Side.PAUSING,
) -> tuple[Pause, list[Caution]]:
    if current is not None and current.is_active:
        raise StateError(
            "already_running",
            "A pause is already running; end it or extend it instead.",
            return_at=current.return_at,
        )
    now = _whole_seconds(now)
    return_at = _whole_seconds(spec.resolve(now))
    warnings = check_return(now, return_at, allow_long=allow_long)
    pause = Pause(
        started_at=now,
        planned_return_at=return_at,
        return_at=return_at,
        announced=announced,
        note=note,
        side=side,
    )
    return pause, warnings


def extend_pause(
    current: Pause | None, now: datetime, by: timedelta, *, allow_long: bool = False
) -> tuple[Pause, list[Caution]]:
    """Move the agreed return later by ``by``, counted from the agreed return, or from now when
    that has already passed (so "10 more minutes" at a late reminder means ten minutes from now).

    A return more than a day after the start needs ``allow_long``, as when starting: the same
    rule whichever way the pause got that long."""
    active = _require_active(current)
    if by <= timedelta(0):
        raise InputError("duration_zero", "An extension must be longer than zero.")
    if by > MAX_EXTENSION:
        raise InputError("extension_too_long", "One extension can add at most 24 hours.", length=by)
    now = _whole_seconds(now)
    new_return = _whole_seconds(max(active.return_at, now) + by)
    if new_return - active.started_at > MAX_PAUSE:
        raise InputError(
            "pause_too_long",
            "A pause can last at most 7 days from its start; this extension would go past that.",
            length=new_return - active.started_at,
        )
    warnings: list[Caution] = []
    if new_return - active.started_at > LONG_PAUSE:
        if not allow_long:
            raise InputError(
                "pause_needs_confirmation",
                "The return would be more than 24 hours after the start; confirm with --long "
                "if you really mean it.",
                length=new_return - active.started_at,
            )
        warnings.append(Caution.LONG)
    extension = Extension(at=now, added=by, return_at=new_return)
    return (
        replace(active, return_at=new_return, extensions=(*active.extensions, extension)),
        warnings,
    )


def end_pause(current: Pause | None, now: datetime, *, note: str | None = None) -> Pause:
    """End the active pause at ``now``; at its start when ``now`` lies before it (the clock was
    set back: the caller should pass its best estimate, see ``PauseService.end``)."""
    active = _require_active(current)
    ended = max(_whole_seconds(now), active.started_at)
    if note:
        combined = f"{active.note}\n{note}" if active.note else note
        return replace(active, ended_at=ended, note=combined)
    return replace(active, ended_at=ended)


def _require_active(current: Pause | None) -> Pause:
    if current is None or not current.is_active:
        raise StateError("not_running", "No pause is running.")
    return current


def _whole_seconds(instant: datetime) -> datetime:
    """Stored instants have whole seconds; rounding here keeps what we show equal to what we
    store."""
    return instant.astimezone(UTC).replace(microsecond=0)
