"""When to nudge the user: the heads-up, the return reminder and its repeats, the one-day warning.

Pure planning: given the active pause, the reminder settings, what has already been handled and
"now", say what should fire at once and when to look again. Nothing is stored: after a restart,
a resume from suspend or a clock change the caller simply asks again, and whatever came due in
the meantime fires once (a run of missed repeats collapses into one nudge, never into a burst).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from pausetimer.core.pause import LONG_PAUSE, Pause


class ReminderKind(enum.Enum):
    HEADS_UP = "heads_up"  # a few minutes before the agreed return
    DUE = "due"  # the agreed return time, and every repeat after it until the pause ends
    LONG = "long"  # the pause has lasted a day, and every long_repeat_hours after that


@dataclass(frozen=True)
class ReminderRules:
    """The settings that shape the plan (see :class:`pausetimer.settings.Settings`)."""

    heads_up: timedelta = timedelta(minutes=5)  # zero: no heads-up
    repeat: timedelta = timedelta(minutes=10)
    long_repeat: timedelta = timedelta(hours=12)

    def __post_init__(self) -> None:
        if self.repeat <= timedelta(0) or self.long_repeat <= timedelta(0):
            raise ValueError("repeat intervals must be positive")
        if self.heads_up < timedelta(0):
            raise ValueError("heads_up cannot be negative")

    @classmethod
    def from_minutes(
        cls, *, heads_up_minutes: int, repeat_minutes: int, long_repeat_hours: int
    ) -> ReminderRules:
        return cls(
            heads_up=timedelta(minutes=heads_up_minutes),
            repeat=timedelta(minutes=repeat_minutes),
            long_repeat=timedelta(hours=long_repeat_hours),
        )


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    at: datetime  # the planned instant (UTC); may lie in the past when it fires late

    @property
    def key(self) -> str:
        """Stable identity of this occurrence, used as the scheduler's job id."""
        return f"{self.kind.value}@{int(self.at.timestamp())}"


@dataclass(frozen=True)
class ReminderPlan:
    fire_now: tuple[Reminder, ...]  # came due since the last look; at most one per kind
    upcoming: tuple[Reminder, ...]  # the next occurrence of each kind, strictly after now

    @property
    def next_at(self) -> datetime | None:
        return min((reminder.at for reminder in self.upcoming), default=None)


def heads_up_at(pause: Pause, rules: ReminderRules) -> datetime | None:
    """The heads-up instant, or None when there is none.

    A heads-up only helps when it comes a while after the return time was agreed: we require the
    return to be at least twice the heads-up lead away from that moment (a 5-minute heads-up for a
    pause of 10 minutes or more), otherwise it would arrive almost at once.
    """
    if rules.heads_up <= timedelta(0):
        return None
    agreed_at = pause.extensions[-1].at if pause.extensions else pause.started_at
    if pause.return_at - agreed_at < 2 * rules.heads_up:
        return None
    return pause.return_at - rules.heads_up


def _series_start_and_step(
    pause: Pause, kind: ReminderKind, rules: ReminderRules
) -> tuple[datetime, timedelta | None] | None:
    """Each kind is a series: a first instant and a step between repeats (None: no repeats)."""
    if kind is ReminderKind.HEADS_UP:
        first = heads_up_at(pause, rules)
        return None if first is None else (first, None)
    if kind is ReminderKind.DUE:
        return pause.return_at, rules.repeat
    return pause.started_at + LONG_PAUSE, rules.long_repeat


def _latest_at_or_before(first: datetime, step: timedelta | None, instant: datetime) -> datetime:
    """The last occurrence not after ``instant``; the caller ensures ``first <= instant``."""
    if step is None:
        return first
    return first + ((instant - first) // step) * step


def _first_after(first: datetime, step: timedelta | None, instant: datetime) -> datetime | None:
    if first > instant:
        return first
    if step is None:
        return None
    return _latest_at_or_before(first, step, instant) + step


def plan_reminders(
    pause: Pause | None,
    rules: ReminderRules,
    now: datetime,
    handled_until: datetime | None = None,
) -> ReminderPlan:
    """What fires now and what comes next.

    ``handled_until`` is the instant up to which reminders were already dealt with (the previous
    ``now``); None means "nothing was handled yet" (a fresh start of the app), so a return time that
    passed while the app was not running fires at once.
    """
    if pause is None or not pause.is_active:
        return ReminderPlan(fire_now=(), upcoming=())
    fire_now: list[Reminder] = []
    upcoming: list[Reminder] = []
    for kind in ReminderKind:
        series = _series_start_and_step(pause, kind, rules)
        if series is None:
            continue
        first, step = series
        if first <= now:
            latest = _latest_at_or_before(first, step, now)
            if handled_until is None or latest > handled_until:
                fire_now.append(Reminder(kind, latest))
        following = _first_after(first, step, now)
        if following is not None:
            upcoming.append(Reminder(kind, following))
    if now >= pause.return_at:
        # Once the return time has come, a heads-up would only repeat the reminder.
        fire_now = [reminder for reminder in fire_now if reminder.kind is not ReminderKind.HEADS_UP]
    return ReminderPlan(fire_now=tuple(fire_now), upcoming=tuple(upcoming))
