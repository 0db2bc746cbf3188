"""Reading what the user typed: durations ("1h30m") and return times ("19:00", ISO 8601).

Parsing is strict on purpose: a pause is a promise with a concrete time, so an input we would have
to guess at is refused with a message that shows the accepted form.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple

from pausetimer.core.clock import Clock, local_wall_to_utc, to_local
from pausetimer.core.errors import InputError

DURATION_FORM = "a number with a unit, like 20m, 1h, 1h30m or 2d (d = days, h = hours, m = minutes)"
TIME_FORM = "a time of day like 19:00, or an ISO 8601 instant like 2026-11-21T19:00+01:00"

_DURATION_RE = re.compile(r"(?:(?P<d>\d+)d)?(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m(?:in)?)?")
_CLOCK_RE = re.compile(r"(?P<h>\d{1,2})[:.](?P<m>\d{2})")
# Anything longer than this cannot be a sensible duration; also keeps int() away from huge numbers.
_MAX_INPUT_LENGTH = 32

# The dates a command accepts. Python's datetime ends at the years 1 and 9999, where converting
# between time zones (or adding the day that ``--until DAY`` means) overflows; a margin of a day
# keeps every conversion inside, and no pause or history lies outside this anyway.
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(9999, 1, 1, tzinfo=UTC)  # the end of 9998-12-31
SUPPORTED_DATES = "dates from 1970-01-01 to 9998-12-31"


def in_supported_range(instant: datetime, text: str) -> datetime:
    """``instant`` (aware) in UTC, or :class:`InputError` naming the accepted range."""
    try:
        utc = instant.astimezone(UTC)
    except (OverflowError, ValueError):
        utc = None
    if utc is None or not EARLIEST <= utc <= LATEST:
        raise _out_of_range(text)
    return utc


def _out_of_range(text: str) -> InputError:
    return InputError(
        "date_out_of_range",
        f"{text!r} is outside the supported range; use {SUPPORTED_DATES}.",
        text=text,
    )


def parse_duration(text: str) -> timedelta:
    """Parse ``20m``, ``1h``, ``1h30m``, ``2d`` (spaces and case are ignored).

    Raises :class:`InputError` for anything else, including zero.
    """
    cleaned = "".join(text.split()).lower()
    if not cleaned:
        raise InputError("duration_empty", f"No duration given; expected {DURATION_FORM}.")
    if cleaned.startswith("-"):
        raise InputError(
            "duration_negative",
            f"A duration cannot be negative ({text!r}); expected {DURATION_FORM}.",
            text=text,
        )
    match = _DURATION_RE.fullmatch(cleaned) if len(cleaned) <= _MAX_INPUT_LENGTH else None
    if match is None or not any(match.groupdict().values()):
        raise InputError(
            "duration_malformed",
            f"Cannot read {text!r} as a duration; expected {DURATION_FORM}.",
            text=text,
        )
    parts = {unit: int(value or 0) for unit, value in match.groupdict().items()}
    duration = timedelta(days=parts["d"], hours=parts["h"], minutes=parts["m"])
    if duration <= timedelta(0):
        raise InputError(
            "duration_zero",
            f"A duration must be longer than zero; expected {DURATION_FORM}.",
            text=text,
        )
    return duration


def next_occurrence(wall: time, clock: Clock) -> datetime:
    """The next instant (UTC) at which the local clock shows ``wall``: today if still ahead,
    otherwise tomorrow."""
    now_local = to_local(clock.now(), clock)
    for days_ahead in (0, 1, 2):
        day = now_local.date() + timedelta(days=days_ahead)
        candidate = local_wall_to_utc(datetime.combine(day, wall), clock)
        if candidate > clock.now():
            return candidate
    raise AssertionError("a wall-clock time recurs within two days")  # pragma: no cover


def parse_clock_time(text: str) -> time:
    """Parse ``19:00`` / ``7:05`` / ``19.00`` into a wall-clock time."""
    match = _CLOCK_RE.fullmatch(text.strip())
    if match is None:
        raise InputError(
            "time_malformed", f"Cannot read {text!r} as a time; expected {TIME_FORM}.", text=text
        )
    hour, minute = int(match["h"]), int(match["m"])
    if hour > 23 or minute > 59:
        raise InputError(
            "time_out_of_range",
            f"{text!r} is not a time of day (hours 0-23, minutes 0-59); expected {TIME_FORM}.",
            text=text,
        )
    return time(hour, minute)


def parse_return_time(text: str, clock: Clock) -> datetime:
    """Parse a return time into a UTC instant.

    ``19:00`` means its next occurrence in local time. An ISO 8601 value with a date is taken as
    given (with an offset) or as local time (without one).
    """
    stripped = text.strip()
    if _CLOCK_RE.fullmatch(stripped):
        return next_occurrence(parse_clock_time(stripped), clock)
    if ("T" not in stripped.upper() and " " not in stripped) or len(stripped) > 64:
        raise InputError(
            "time_malformed", f"Cannot read {text!r} as a time; expected {TIME_FORM}.", text=text
        )
    try:
        parsed = datetime.fromisoformat(stripped.replace("z", "Z"))
    except ValueError:
        raise InputError(
            "time_malformed", f"Cannot read {text!r} as a time; expected {TIME_FORM}.", text=text
        ) from None
    return in_supported_range(_to_utc(parsed, clock, text), text)


def _to_utc(parsed: datetime, clock: Clock, text: str) -> datetime:
    """Local wall time (or an instant with an offset) in UTC; near the ends of the calendar the
    conversion itself overflows, which is a value out of range, not a bug."""
    try:
        return local_wall_to_utc(parsed, clock)
    except (OverflowError, ValueError):
        raise _out_of_range(text) from None


class DurationParts(NamedTuple):
    """A length in whole minutes, and the same split into days, hours and minutes."""

    total_minutes: int
    days: int
    hours: int
    minutes: int


def duration_parts(seconds: float) -> DurationParts:
    """The one rounding rule for every duration shown (command line, tray, windows, history):
    up to the next whole minute, so "0 minutes" never shows while time is left and a length never
    reads shorter than it was. Negative lengths count as zero."""
    total = max(math.ceil(seconds / 60), 0)
    days, rest = divmod(total, 24 * 60)
    hours, minutes = divmod(rest, 60)
    return DurationParts(total, days, hours, minutes)


DAY_FORM = "a date like 2026-11-21, or an ISO 8601 instant like 2026-11-21T19:00+01:00"


def parse_day(text: str, clock: Clock, *, end: bool) -> datetime:
    """A period boundary for the history: a local date means the start of that day, or with
    ``end`` the start of the next one (so ``--until 2026-11-30`` includes the 30th); an ISO 8601
    instant is taken as it is."""
    stripped = text.strip()
    if len(stripped) > 64:
        raise InputError("date_malformed", f"Cannot read {text!r}; expected {DAY_FORM}.")
    try:
        if "T" in stripped.upper() or " " in stripped:
            parsed = datetime.fromisoformat(stripped.replace("z", "Z"))
        else:
            parsed = datetime.combine(date.fromisoformat(stripped), time(0, 0))
            if end and parsed.date() < date.max:
                parsed += timedelta(days=1)
    except ValueError:
        raise InputError(
            "date_malformed", f"Cannot read {text!r} as a date; expected {DAY_FORM}.", text=text
        ) from None
    return in_supported_range(_to_utc(parsed, clock, text), text)
