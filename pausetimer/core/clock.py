"""The one seam for time.

Everything that needs "now" receives a :class:`Clock`. Production code uses :class:`SystemClock`;
tests use their own fake clock and move time instead of sleeping.

All instants handled by the app are timezone-aware and in UTC. Local time only matters when we read
or show a wall-clock time ("19:00"), so the clock also says which zone "local" means.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...

    def local_zone(self) -> tzinfo | None:
        """The user's time zone, or None for "whatever the operating system says right now"."""
        ...


class SystemClock:
    """The real wall clock. The local zone is looked up on every use, so a time-zone change of the
    machine is honoured without a restart."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def local_zone(self) -> tzinfo | None:
        return None


def to_local(instant: datetime, clock: Clock) -> datetime:
    """An instant as the user's wall-clock time (aware, in the local zone)."""
    return instant.astimezone(clock.local_zone())


def local_wall_to_utc(wall: datetime, clock: Clock) -> datetime:
    """A naive local wall-clock time as a UTC instant.

    With the system zone, ``astimezone`` on a naive datetime asks the C library (mktime), which
    knows the zone's DST rules; with an explicit zone we attach it directly.
    """
    if wall.tzinfo is not None:
        return wall.astimezone(UTC)
    zone = clock.local_zone()
    if zone is None:
        return wall.astimezone(UTC)
    return wall.replace(tzinfo=zone).astimezone(UTC)


def utc_from_timestamp(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)
