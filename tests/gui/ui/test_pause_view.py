from datetime import timedelta

from pausetimer.core.pause import ReturnSpec, start_pause
from pausetimer.ui.pause_view import ViewState, until_next_minute_change, view_of
from tests.helpers.clock import FakeClock


def test_states_follow_the_clock(clock: FakeClock) -> None:
    pause, _ = start_pause(
        None, clock.now(), ReturnSpec(after=timedelta(hours=30)), allow_long=True
    )
    assert view_of(None, clock.now()).state is ViewState.IDLE
    assert view_of(pause, clock.now()).state is ViewState.RUNNING
    assert view_of(pause, clock.now() + timedelta(hours=25)).state is ViewState.LONG
    assert view_of(pause, clock.now() + timedelta(hours=31)).state is ViewState.DUE


def test_no_timer_when_idle_and_minute_aligned_when_running(clock: FakeClock) -> None:
    assert until_next_minute_change(view_of(None, clock.now())) is None
    pause, _ = start_pause(None, clock.now(), ReturnSpec(after=timedelta(minutes=20)))
    later = clock.now() + timedelta(seconds=15)
    wait = until_next_minute_change(view_of(pause, later))
    assert wait == timedelta(seconds=45)
    # Once due, the "late by" minutes change on whole minutes after the return time too.
    late = pause.return_at + timedelta(seconds=70)
    assert until_next_minute_change(view_of(pause, late)) == timedelta(seconds=50)


def test_remaining_fraction_runs_from_one_to_zero(clock: FakeClock) -> None:
    pause, _ = start_pause(None, clock.now(), ReturnSpec(after=timedelta(hours=1)))
    assert view_of(pause, clock.now()).remaining_fraction == 1.0
    half = view_of(pause, clock.now() + timedelta(minutes=30)).remaining_fraction
    assert abs(half - 0.5) < 1e-9
    assert view_of(pause, clock.now() + timedelta(hours=2)).remaining_fraction == 0.0
