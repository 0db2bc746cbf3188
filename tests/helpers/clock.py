"""A clock that only moves when a test tells it to (see ``pausetimer.core.clock.Clock``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo


class FakeClock:
    """A :class:`~pausetimer.core.clock.Clock` whose time moves only when a test moves it."""

    def __init__(self, start: datetime, zone: tzinfo | None = UTC) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start.astimezone(UTC)
        self._zone = zone

    def now(self) -> datetime:
        return self._now

    def local_zone(self) -> tzinfo | None:
        return self._zone

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, instant: datetime) -> None:
        """Jump to an instant (also backwards, like a manual clock change)."""
        if instant.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = instant.astimezone(UTC)

    def set_zone(self, zone: tzinfo | None) -> None:
        self._zone = zone
