"""The decision to hold the reminder window: away, locked, in a meeting; and when it comes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pausetimer.core.presence import (
    MEETING_POLL_INTERVAL,
    POLL_INTERVAL,
    SAFETY_INTERVAL,
    Absence,
    NudgeGate,
    Presence,
    Shown,
)
from tests.helpers.clock import FakeClock

AWAY_AFTER = timedelta(minutes=3)
HERE = Presence(idle=timedelta(seconds=2))
GONE = Presence(idle=timedelta(minutes=4))


class FakeIdleSource:
    """The desktop as the gate sees it: input resets the idle time, which grows with the clock."""

    def __init__(self, clock: FakeClock) -> None:
        self._clock = clock
        self._last_input = clock.now()
        self.locked = False
        self.fullscreen = False
        self.do_not_disturb = False

    def touch(self) -> None:
        self._last_input = self._clock.now()

    def sample(self) -> Presence:
        return Presence(
            idle=self._clock.now() - self._last_input,
            locked=self.locked,
            fullscreen=self.fullscreen,
            do_not_disturb=self.do_not_disturb,
        )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 1, 20, 0, tzinfo=UTC))


@pytest.mark.parametrize(
    ("sample", "absence"),
    [
        (Presence(), None),  # no source answered: counts as present, never held forever
        (HERE, None),
        (GONE, Absence.AWAY),
        (Presence(idle=AWAY_AFTER), Absence.AWAY),  # the boundary itself counts as away
        (Presence(idle=timedelta(0), locked=True), Absence.LOCKED),
        (Presence(idle=timedelta(0), fullscreen=True), Absence.MEETING),
        (Presence(idle=timedelta(0), do_not_disturb=True), Absence.MEETING),
        (Presence(idle=timedelta(minutes=9), fullscreen=True), Absence.AWAY),
    ],
)
def test_what_counts_as_absent(sample: Presence, absence: Absence | None) -> None:
    assert sample.absence(AWAY_AFTER) is absence


def test_a_present_user_gets_the_window_at_once(clock: FakeClock) -> None:
    gate = NudgeGate(AWAY_AFTER)
    assert gate.due(False, HERE, clock.now()) == Shown(long_warning=False, held_since=None)
    assert not gate.holding


def test_away_at_the_return_time_holds_until_the_first_input(clock: FakeClock) -> None:
    source, gate = FakeIdleSource(clock), NudgeGate(AWAY_AFTER)
    due_at = clock.now() + timedelta(minutes=10)
    clock.set(due_at)
    assert gate.due(False, source.sample(), clock.now()) is None
    assert gate.holding and gate.absence is Absence.AWAY
    for _ in range(30):  # still away: every look keeps it held
        clock.advance(timedelta(seconds=1))
        assert gate.observe(source.sample()) is None
    source.touch()
    clock.advance(timedelta(seconds=1))
    assert gate.observe(source.sample()) == Shown(long_warning=False, held_since=due_at)
    assert not gate.holding and gate.observe(source.sample()) is None


def test_locked_then_unlocked(clock: FakeClock) -> None:
    source, gate = FakeIdleSource(clock), NudgeGate(AWAY_AFTER)
    source.locked = True
    assert gate.due(False, source.sample(), clock.now()) is None
    assert gate.absence is Absence.LOCKED
    source.locked = False
    source.touch()
    assert gate.observe(source.sample()) is not None


def test_a_meeting_holds_and_its_end_releases(clock: FakeClock) -> None:
    source, gate = FakeIdleSource(clock), NudgeGate(AWAY_AFTER)
    source.fullscreen = True
    assert gate.due(False, source.sample(), clock.now()) is None
    assert gate.absence is Absence.MEETING
    source.fullscreen, source.do_not_disturb = False, True
    clock.advance(timedelta(seconds=1))
    source.touch()
    assert gate.observe(source.sample()) is None  # still do-not-disturb
    source.do_not_disturb = False
    assert gate.observe(source.sample()) is not None


def test_a_held_one_day_warning_is_never_dropped(clock: FakeClock) -> None:
    gate = NudgeGate(AWAY_AFTER)
    assert gate.due(True, GONE, clock.now()) is None
    clock.advance(timedelta(minutes=10))
    assert gate.due(False, GONE, clock.now()) is None  # a repeat of the return nudge meanwhile
    shown = gate.observe(HERE)
    assert shown is not None and shown.long_warning


def test_a_nudge_due_again_while_back_releases_the_held_one(clock: FakeClock) -> None:
    gate = NudgeGate(AWAY_AFTER)
    first = clock.now()
    gate.due(False, GONE, first)
    clock.advance(timedelta(minutes=10))
    assert gate.due(False, HERE, clock.now()) == Shown(long_warning=False, held_since=first)


def test_cancel_forgets_the_held_nudge(clock: FakeClock) -> None:
    gate = NudgeGate(AWAY_AFTER)
    gate.due(True, GONE, clock.now())
    gate.cancel()
    assert not gate.holding and gate.absence is None
    assert gate.observe(HERE) is None


@pytest.mark.parametrize(
    ("sample", "announced", "look"),
    [
        (GONE, False, POLL_INTERVAL),  # away, nothing says when they are back: every second
        (GONE, True, SAFETY_INTERVAL),  # the desktop says it (an input alarm): a slow look
        (Presence(idle=timedelta(0), locked=True), False, POLL_INTERVAL),
        (Presence(idle=timedelta(0), locked=True), True, SAFETY_INTERVAL),
        (Presence(idle=timedelta(0), fullscreen=True), False, MEETING_POLL_INTERVAL),
        (Presence(idle=timedelta(0), do_not_disturb=True), True, SAFETY_INTERVAL),
    ],
)
def test_how_often_a_held_nudge_looks(
    clock: FakeClock, sample: Presence, announced: bool, look: timedelta
) -> None:
    gate = NudgeGate(AWAY_AFTER)
    assert gate.next_look(announced) is None  # nothing held: no look at all
    gate.due(False, sample, clock.now())
    assert gate.next_look(announced) == look
    gate.observe(HERE)
    assert gate.next_look(announced) is None


def test_a_meeting_nothing_announces_still_ends_within_five_seconds(clock: FakeClock) -> None:
    """Looking at the gate's own pace, the window comes within the promise of the meeting's end,
    however the end falls between two looks."""
    for ends_after_ms in range(0, 6000, 250):
        source, gate = FakeIdleSource(clock), NudgeGate(AWAY_AFTER)
        source.fullscreen = True
        started = clock.now()
        gate.due(False, source.sample(), started)
        ends_at = started + timedelta(milliseconds=ends_after_ms)
        shown = None
        while shown is None:
            look = gate.next_look(announced=False)
            assert look is not None
            clock.advance(look)
            source.touch()  # typing in the meeting: present all along
            source.fullscreen = clock.now() < ends_at
            shown = gate.observe(source.sample())
        assert clock.now() - ends_at <= timedelta(seconds=5) - timedelta(milliseconds=250)
