from datetime import UTC, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pausetimer.core.durations import (
    duration_parts,
    next_occurrence,
    parse_clock_time,
    parse_duration,
    parse_return_time,
)
from pausetimer.core.errors import InputError
from tests.conftest import AMSTERDAM
from tests.helpers.clock import FakeClock


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20m", timedelta(minutes=20)),
        ("1h", timedelta(hours=1)),
        ("1h30m", timedelta(minutes=90)),
        ("1H 30M", timedelta(minutes=90)),
        ("90min", timedelta(minutes=90)),
        ("2d", timedelta(days=2)),
        ("1d2h3m", timedelta(days=1, hours=2, minutes=3)),
    ],
)
def test_parse_duration_accepts_the_documented_forms(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("", "duration_empty"),
        ("0m", "duration_zero"),
        ("0h0m", "duration_zero"),
        ("-5m", "duration_negative"),
        ("20", "duration_malformed"),
        ("m", "duration_malformed"),
        ("30m1h", "duration_malformed"),
        ("1.5h", "duration_malformed"),
        ("9" * 400 + "m", "duration_malformed"),
    ],
)
def test_parse_duration_refuses_with_a_specific_kind(text: str, kind: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_duration(text)
    assert raised.value.kind == kind
    assert "20m" in raised.value.message  # the accepted form is named


@given(st.text(max_size=40))
def test_parse_duration_never_raises_anything_but_input_error(text: str) -> None:
    try:
        assert parse_duration(text) > timedelta(0)
    except InputError as error:
        assert error.message


def test_next_occurrence_is_today_when_still_ahead(clock: FakeClock) -> None:
    assert next_occurrence(time(19, 0), clock) == datetime(2026, 11, 21, 19, tzinfo=AMSTERDAM)


def test_next_occurrence_is_tomorrow_when_past(clock: FakeClock) -> None:
    assert next_occurrence(time(9, 0), clock) == datetime(2026, 11, 22, 9, tzinfo=AMSTERDAM)


def test_next_occurrence_at_the_exact_minute_is_tomorrow(clock: FakeClock) -> None:
    assert next_occurrence(time(14, 0), clock) == datetime(2026, 11, 22, 14, tzinfo=AMSTERDAM)


def test_next_occurrence_across_a_dst_change_keeps_the_wall_time() -> None:
    # The night clocks go back in Amsterdam (25 October 2026): 19:00 the next day is 25 hours on.
    clock = FakeClock(datetime(2026, 10, 24, 20, 0, tzinfo=AMSTERDAM), zone=AMSTERDAM)
    result = next_occurrence(time(19, 0), clock)
    assert result.astimezone(AMSTERDAM).hour == 19
    assert result - clock.now() == timedelta(hours=24)


def test_parse_return_time_reads_clock_times_and_iso_instants(clock: FakeClock) -> None:
    assert parse_return_time("19:00", clock) == datetime(2026, 11, 21, 18, tzinfo=UTC)
    assert parse_return_time("2026-11-21T19:00+00:00", clock) == datetime(
        2026, 11, 21, 19, tzinfo=UTC
    )
    assert parse_return_time("2026-11-21T19:00Z", clock) == datetime(2026, 11, 21, 19, tzinfo=UTC)
    # Without an offset an ISO time is local.
    assert parse_return_time("2026-11-21T19:00", clock) == datetime(2026, 11, 21, 18, tzinfo=UTC)


@pytest.mark.parametrize("text", ["25:00", "19:60", "7pm", "tonight", "2026-13-01T10:00", "19"])
def test_parse_return_time_refuses_malformed_times(text: str, clock: FakeClock) -> None:
    with pytest.raises(InputError) as raised:
        parse_return_time(text, clock)
    assert "19:00" in raised.value.message


def test_parse_clock_time() -> None:
    assert parse_clock_time("7:05") == time(7, 5)
    assert parse_clock_time("19.30") == time(19, 30)


def test_every_duration_is_rounded_up_to_whole_minutes() -> None:
    assert duration_parts(0) == (0, 0, 0, 0)
    assert duration_parts(1) == (1, 0, 0, 1)  # never "0 minutes" while time is left
    assert duration_parts(30 * 60 + 10) == (31, 0, 0, 31)
    assert duration_parts(26 * 3600 + 59) == (26 * 60 + 1, 1, 2, 1)
    assert duration_parts(-90) == (0, 0, 0, 0)
