"""Time together (step 9 of the first article: plan quality time with your partner): a moment with
a day, a time and a few words, planned after a return. Plain rules, no Qt.

A moment is a UTC instant. It must lie in the future when planned, and within a year: a plan
further away is not a plan for this week's closeness.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from pausetimer.core.errors import InputError

MAX_AHEAD = timedelta(days=366)
# A few words, like "walk by the river"; the bound keeps a runaway paste small.
MAX_WORDS_LENGTH = 200
# At a fresh start, a moment that came this recently is still worth a reminder.
LATE_GRACE = timedelta(hours=1)


@dataclass(frozen=True)
class Moment:
    """A planned moment together. ``id`` is None until stored."""

    at: datetime
    note: str
    created_at: datetime
    id: int | None = None


def plan_moment(now: datetime, at: datetime, note: str) -> Moment:
    """A new moment, or :class:`InputError` when ``at`` is not ahead or the words are too long."""
    at = at.replace(microsecond=0)
    if at <= now:
        raise InputError(
            "together_not_future",
            "That moment has already passed; choose a time in the future.",
        )
    if at - now > MAX_AHEAD:
        raise InputError(
            "together_too_far", "Plan a moment within the coming year; choose an earlier day."
        )
    words = " ".join(note.split())
    if len(words) > MAX_WORDS_LENGTH:
        raise InputError(
            "together_note_too_long",
            f"A few words are enough: at most {MAX_WORDS_LENGTH} characters.",
        )
    return Moment(at=at, note=words, created_at=now.replace(microsecond=0))


def due_moments(
    moments: list[Moment], now: datetime, handled_until: datetime | None
) -> list[Moment]:
    """The moments whose time came since ``handled_until`` (at a fresh start, None: within
    :data:`LATE_GRACE`), earliest first."""
    since = handled_until if handled_until is not None else now - LATE_GRACE
    return sorted((moment for moment in moments if since < moment.at <= now), key=lambda m: m.at)
