"""The calm check's rules: the range, reading it from the command line, the suggestion."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pausetimer.core.calm import check_calm, parse_calm, still_flooded, suggested_extension
from pausetimer.core.errors import InputError


@pytest.mark.parametrize("value", [0, 5, 10])
def test_ratings_from_0_to_10_are_taken(value: int) -> None:
    assert check_calm(value) == value
    assert parse_calm(f" {value} ") == value


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (-1, "calm_out_of_range"),
        (11, "calm_out_of_range"),
        (True, "calm_malformed"),
        (7.5, "calm_malformed"),
    ],
)
def test_anything_else_is_bad_input(value: object, kind: str) -> None:
    with pytest.raises(InputError) as caught:
        check_calm(value)
    assert caught.value.kind == kind and caught.value.exit_code == 2


@pytest.mark.parametrize("text", ["", "seven", "7.5", "11", "-3"])
def test_command_line_text_outside_the_scale_is_refused(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_calm(text)
    assert caught.value.params["text"] in (text, text.strip())


def test_seven_and_up_is_still_flooded_and_gets_a_specific_extension() -> None:
    assert [still_flooded(r) for r in (None, 0, 6, 7, 10)] == [False, False, False, True, True]
    assert suggested_extension(7) == timedelta(minutes=20)
    assert suggested_extension(8) == timedelta(minutes=20)
    assert suggested_extension(9) == timedelta(minutes=30)
