from dataclasses import replace
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from pausetimer.core.pause import LONG_PAUSE, Pause, ReturnSpec, extend_pause, start_pause
from pausetimer.core.reminders import (
    Reminder,
    ReminderKind,
    ReminderRules,
    heads_up_at,
    plan_reminders,
)
from tests.helpers.clock import FakeClock

RULES = ReminderRules()  # heads-up 5 min, repeat 10 min, long repeat 12 h


def _pause(clock: FakeClock, after: timedelta, *, allow_long: bool = False) -> Pause:
    pause, _ = start_pause(None, clock.now(), ReturnSpec(after=after), allow_long=allow_long)
    return pause


def _kinds(reminders: tuple[Reminder, ...]) -> set[ReminderKind]:
    return {reminder.kind for reminder in reminders}


def test_no_pause_plans_nothing(clock: FakeClock) -> None:
    plan = plan_reminders(None, RULES, clock.now())
    assert plan.fire_now == () and plan.upcoming == () and plan.next_at is None


def test_fresh_pause_plans_heads_up_due_and_long(clock: FakeClock) -> None:
    pause = _pause(clock, timedelta(hours=1))
    plan = plan_reminders(pause, RULES, clock.now(), handled_until=clock.now())
    assert plan.fire_now == ()
    assert set(plan.upcoming) == {
        Reminder(ReminderKind.HEADS_UP, pause.return_at - RULES.heads_up),
        Reminder(ReminderKind.DUE, pause.return_at),
        Reminder(ReminderKind.LONG, pause.started_at + LONG_PAUSE),
    }
    assert plan.next_at == pause.return_at - RULES.heads_up


@pytest.mark.parametrize(
    ("length_minutes", "has_heads_up"), [(9, False), (10, True), (20, True), (3, False)]
)
def test_heads_up_only_when_it_would_not_come_at_once(
    clock: FakeClock, length_minutes: int, has_heads_up: bool
) -> None:
    pause = _pause(clock, timedelta(minutes=length_minutes))
    assert (heads_up_at(pause, RULES) is not None) is has_heads_up


def test_heads_up_can_be_switched_off(clock: FakeClock) -> None:
    pause = _pause(clock, timedelta(hours=1))
    assert heads_up_at(pause, ReminderRules(heads_up=timedelta(0))) is None


def test_heads_up_is_measured_from_the_last_extension(clock: FakeClock) -> None:
    pause = _pause(clock, timedelta(minutes=30))
    clock.advance(timedelta(minutes=30))
    short, _ = extend_pause(pause, clock.now(), timedelta(minutes=8))
    assert heads_up_at(short, RULES) is None
    longer, _ = extend_pause(pause, clock.now(), timedelta(minutes=20))
    assert heads_up_at(longer, RULES) == longer.return_at - RULES.heads_up


def test_each_step_fires_exactly_once_as_time_moves(clock: FakeClock) -> None:
    pause = _pause(clock, timedelta(minutes=30))
    handled = clock.now()
    fired: list[Reminder] = []
    for _ in range(60):  # one hour in one-minute steps
        clock.advance(timedelta(minutes=1))
        plan = plan_reminders(pause, RULES, clock.now(), handled_until=handled)
        fired.extend(plan.fire_now)
        handled = clock.now()
    expected_due = [pause.return_at + n * RULES.repeat for n in range(4)]  # +30, 40, 50, 60 min
    assert fired == [
        Reminder(ReminderKind.HEADS_UP, pause.return_at - RULES.heads_up),
        *(Reminder(ReminderKind.DUE, at) for at in expected_due),
    ]


def test_missed_repeats_collapse_into_one(clock: FakeClock) -> None:
    """After a suspend of several hours, one nudge, not a burst."""
    pause = _pause(clock, timedelta(minutes=30))
    handled = clock.now()
    clock.advance(timedelta(hours=5, minutes=3))
    plan = plan_reminders(pause, RULES, clock.now(), handled_until=handled)
    assert plan.fire_now == (
        Reminder(ReminderKind.DUE, pause.return_at + 27 * RULES.repeat),  # at 5 h 0 min
    )
    assert Reminder(ReminderKind.DUE, pause.return_at + 28 * RULES.repeat) in plan.upcoming


def test_restart_after_return_time_fires_at_once(clock: FakeClock) -> None:
    pause = _pause(clock, timedelta(minutes=30))
    clock.advance(timedelta(minutes=31))
    plan = plan_reminders(pause, RULES, clock.now(), handled_until=None)
    assert _kinds(plan.fire_now) == {ReminderKind.DUE}


def test_restart_before_return_time_still_gets_the_heads_up(clock: FakeClock) -> None:
    pause = _pause(clock, timedelta(minutes=30))
    clock.advance(timedelta(minutes=27))
    plan = plan_reminders(pause, RULES, clock.now(), handled_until=None)
    assert _kinds(plan.fire_now) == {ReminderKind.HEADS_UP}


def test_one_day_warning_and_its_repeats(clock: FakeClock) -> None:
    pause = _pause(clock, timedelta(hours=30), allow_long=True)
    handled = clock.now()
    clock.advance(LONG_PAUSE)
    plan = plan_reminders(pause, RULES, clock.now(), handled_until=handled)
    assert plan.fire_now == (Reminder(ReminderKind.LONG, pause.started_at + LONG_PAUSE),)
    handled = clock.now()
    clock.advance(timedelta(hours=12))  # 36 h: past the return (30 h) and the first long repeat
    plan = plan_reminders(pause, RULES, clock.now(), handled_until=handled)
    assert _kinds(plan.fire_now) == {ReminderKind.DUE, ReminderKind.LONG}
    assert Reminder(ReminderKind.LONG, pause.started_at + timedelta(hours=48)) in plan.upcoming


def test_extension_moves_the_reminders(clock: FakeClock) -> None:
    pause = _pause(clock, timedelta(minutes=30))
    clock.advance(timedelta(minutes=30))
    plan = plan_reminders(pause, RULES, clock.now(), handled_until=clock.now() - timedelta(1))
    assert _kinds(plan.fire_now) == {ReminderKind.DUE}
    extended, _ = extend_pause(pause, clock.now(), timedelta(minutes=20))
    plan = plan_reminders(extended, RULES, clock.now(), handled_until=clock.now())
    assert plan.fire_now == ()
    assert Reminder(ReminderKind.DUE, extended.return_at) in plan.upcoming


def test_clock_set_back_does_not_repeat_a_handled_reminder(clock: FakeClock) -> None:
    pause = _pause(clock, timedelta(minutes=30))
    clock.advance(timedelta(minutes=30))
    handled = clock.now()
    clock.advance(timedelta(minutes=-15))
    plan = plan_reminders(pause, RULES, clock.now(), handled_until=handled)
    assert plan.fire_now == ()


def test_time_zone_change_does_not_move_the_return(clock: FakeClock) -> None:
    pause = _pause(clock, timedelta(hours=2))
    before = plan_reminders(pause, RULES, clock.now(), handled_until=clock.now())
    clock.set_zone(ZoneInfo("America/New_York"))
    after = plan_reminders(pause, RULES, clock.now(), handled_until=clock.now())
    assert before == after


def test_ended_pause_plans_nothing(clock: FakeClock) -> None:
    pause = _pause(clock, timedelta(minutes=30))
    clock.advance(timedelta(hours=1))
    plan = plan_reminders(replace(pause, ended_at=clock.now()), RULES, clock.now())
    assert plan.fire_now == () and plan.upcoming == ()


def test_rules_from_settings_minutes() -> None:
    rules = ReminderRules.from_minutes(heads_up_minutes=0, repeat_minutes=15, long_repeat_hours=6)
    assert rules == ReminderRules(timedelta(0), timedelta(minutes=15), timedelta(hours=6))
    with pytest.raises(ValueError):
        ReminderRules(repeat=timedelta(0))
