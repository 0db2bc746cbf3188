"""The command line's compact durations, in English and Dutch."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pausetimer import cli_i18n
from pausetimer.cli_text import duration


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(minutes=45), "45m"),
        (timedelta(minutes=44, seconds=1), "45m"),
        (timedelta(hours=1, minutes=5), "1h 05m"),
        (timedelta(days=2, hours=3), "2d 3h"),
        (timedelta(minutes=-10), "-10m"),
    ],
)
def test_duration_in_english(delta: timedelta, text: str) -> None:
    cli_i18n.use_language("en")
    assert duration(delta) == text


def test_durations_are_rounded_up_like_everywhere_else() -> None:
    cli_i18n.use_language("en")
    assert duration(timedelta(minutes=30, seconds=10)) == "31m"
    assert duration(-timedelta(minutes=64, seconds=1)) == "-1h 05m"


def test_duration_in_dutch() -> None:
    cli_i18n.use_language("nl")
    try:
        assert duration(timedelta(hours=1, minutes=5)) == "1u 05m"
        assert duration(timedelta(days=2, hours=3)) == "2d 3u"
    finally:
        cli_i18n.use_language("en")
