from datetime import UTC, datetime, timedelta

import pytest

from pausetimer.core.errors import InputError, StateError
from pausetimer.core.pause import (
    Caution,
    Pause,
    PauseState,
    ReturnSpec,
    check_return,
    end_pause,
    extend_pause,
    start_pause,
)
from tests.helpers.clock import FakeClock

NOW = datetime(2026, 11, 21, 13, 0, 0, 123456, tzinfo=UTC)


def start(minutes: float, **kwargs: bool) -> tuple[Pause, list[Caution]]:
    return start_pause(None, NOW, ReturnSpec(after=timedelta(minutes=minutes)), **kwargs)


def test_start_rounds_to_whole_seconds_and_records_the_agreement() -> None:
    pause, cautions = start(60, announced=True)
    assert pause.started_at == NOW.replace(microsecond=0)
    assert pause.return_at == pause.planned_return_at == pause.started_at + timedelta(hours=1)
    assert pause.announced and pause.is_active and cautions == []


def test_short_pause_is_allowed_but_flagged() -> None:
    _, cautions = start(10)
    assert cautions == [Caution.TOO_SHORT]


def test_pause_over_a_day_needs_confirmation() -> None:
    with pytest.raises(InputError) as raised:
        start(25 * 60)
    assert raised.value.kind == "pause_needs_confirmation"
    pause, cautions = start(25 * 60, allow_long=True)
    assert cautions == [Caution.LONG]
    assert pause.return_at - pause.started_at == timedelta(hours=25)


def test_pause_over_a_week_is_refused_even_when_confirmed() -> None:
    with pytest.raises(InputError) as raised:
        start(7 * 24 * 60 + 1, allow_long=True)
    assert raised.value.kind == "pause_too_long"


def test_return_in_the_past_is_refused() -> None:
    with pytest.raises(InputError) as raised:
        start_pause(None, NOW, ReturnSpec(at=NOW - timedelta(minutes=1)))
    assert raised.value.kind == "return_not_future"


def test_cannot_start_while_a_pause_runs() -> None:
    pause, _ = start(60)
    with pytest.raises(StateError):
        start_pause(pause, NOW, ReturnSpec(after=timedelta(hours=1)))


def test_state_moves_from_running_to_due_at_the_return_time() -> None:
    pause, _ = start(60)
    assert pause.state(pause.return_at - timedelta(seconds=1)) is PauseState.RUNNING
    assert pause.state(pause.return_at) is PauseState.DUE
    assert pause.remaining(pause.return_at + timedelta(minutes=5)) == timedelta(minutes=-5)


def test_long_counts_from_the_start_with_extensions_included() -> None:
    pause, _ = start(60)
    assert not pause.is_long(pause.started_at + timedelta(hours=24))
    assert pause.is_long(pause.started_at + timedelta(hours=24, seconds=1))


def test_extend_adds_to_the_agreed_return_while_running() -> None:
    pause, _ = start(60)
    extended, _ = extend_pause(pause, NOW + timedelta(minutes=10), timedelta(minutes=20))
    assert extended.return_at == pause.return_at + timedelta(minutes=20)
    assert extended.planned_return_at == pause.planned_return_at
    assert [e.added for e in extended.extensions] == [timedelta(minutes=20)]


def test_extend_when_due_counts_from_now() -> None:
    pause, _ = start(60)
    late = pause.return_at + timedelta(minutes=30)
    extended, _ = extend_pause(pause, late, timedelta(minutes=10))
    assert extended.return_at == late.replace(microsecond=0) + timedelta(minutes=10)


def test_extend_refuses_past_a_week_and_without_a_pause() -> None:
    pause, _ = start(23 * 60)
    for _ in range(6):
        pause, _ = extend_pause(pause, NOW, timedelta(hours=24), allow_long=True)
    with pytest.raises(InputError) as refused:
        extend_pause(pause, NOW, timedelta(hours=2), allow_long=True)
    assert refused.value.kind == "pause_too_long"
    with pytest.raises(StateError):
        extend_pause(None, NOW, timedelta(minutes=10))


def test_extend_past_a_day_needs_the_same_confirmation_as_starting() -> None:
    pause, _ = start(23 * 60)
    with pytest.raises(InputError) as refused:
        extend_pause(pause, NOW, timedelta(hours=2))
    assert refused.value.kind == "pause_needs_confirmation"
    extended, cautions = extend_pause(pause, NOW, timedelta(hours=2), allow_long=True)
    assert cautions == [Caution.LONG]
    assert extended.return_at - extended.started_at == timedelta(hours=25)
    # Up to a day from the start nothing needs confirming.
    within, cautions = extend_pause(pause, NOW, timedelta(hours=1))
    assert cautions == [] and within.return_at - within.started_at == timedelta(hours=24)


def test_end_records_the_time_and_appends_the_note() -> None:
    pause, _ = start_pause(None, NOW, ReturnSpec(after=timedelta(hours=1)), note="kitchen")
    ended = end_pause(pause, NOW + timedelta(minutes=70), note="went well")
    assert ended.ended_at == (NOW + timedelta(minutes=70)).replace(microsecond=0)
    assert ended.note == "kitchen\nwent well"
    assert ended.late_by() == timedelta(minutes=10)
    assert ended.state(NOW) is PauseState.IDLE
    with pytest.raises(StateError):
        end_pause(ended, NOW)


def test_check_return_boundaries() -> None:
    assert check_return(NOW, NOW + timedelta(minutes=20), allow_long=False) == []
    assert check_return(NOW, NOW + timedelta(hours=24), allow_long=False) == []
    assert check_return(NOW, NOW + timedelta(days=7), allow_long=True) == [Caution.LONG]


def test_return_spec_needs_exactly_one_form(clock: FakeClock) -> None:
    with pytest.raises(ValueError):
        ReturnSpec()
    with pytest.raises(ValueError):
        ReturnSpec(after=timedelta(minutes=1), at=clock.now())
