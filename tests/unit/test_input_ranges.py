"""Input outside the supported range is bad input (exit 2, the range named), never a crash;
and input is judged before the state, so the bad value is what the user hears about."""

from __future__ import annotations

import pytest

from pausetimer.commands import execute
from pausetimer.core.durations import SUPPORTED_DATES
from pausetimer.service import PauseService
from tests.helpers.cli import Cli


@pytest.mark.parametrize(
    "argv",
    [
        ("start", "--until", "0001-01-01T00:00+14:00"),
        ("start", "--until", "9999-12-31T23:59-14:00"),
        ("start", "--until", "0001-01-01T00:00:00"),
        ("history", "--since", "0001-01-01"),
        ("history", "--until", "9999-12-31"),
        ("history", "--since", "0001-01-01T00:00:00"),
        ("history", "--until", "9999-12-31T23:59-14:00"),
    ],
)
def test_dates_out_of_range_exit_2_naming_the_range(cli: Cli, argv: tuple[str, ...]) -> None:
    code, out, err = cli(*argv)
    assert (code, out) == (2, "")
    assert SUPPORTED_DATES in err and "unexpected" not in err


@pytest.mark.parametrize("pause_id", ["99999999999999999999999", "0", "-3"])
def test_an_id_out_of_range_exits_2_naming_the_range(cli: Cli, pause_id: str) -> None:
    code, _out, err = cli("history", "--delete", pause_id)
    assert code == 2 and "9223372036854775807" in err and "unexpected" not in err


def test_a_bad_value_is_named_even_while_a_pause_runs(cli: Cli) -> None:
    assert cli("start", "--for", "1h")[0] == 0
    code, _out, err = cli("start", "--for", "9d")
    assert code == 2 and "7 days" in err
    code, _out, err = cli("start", "--for", "2d")
    assert code == 2 and "--long" in err
    assert cli("end")[0] == 0
    code, _out, err = cli("extend", "--for", "2d")
    assert code == 2 and "24 hours" in err


@pytest.mark.parametrize(
    "request_",
    [
        {"cmd": "start", "until": "0001-01-01T00:00+14:00"},
        {"cmd": "start", "until": "9999-12-31T23:59-14:00"},
        {"cmd": "history", "since": "0001-01-01T00:00+14:00"},
        {"cmd": "history", "until": "9999-12-31T23:59-14:00"},
        {"cmd": "delete", "id": 99999999999999999999999},
        {"cmd": "delete", "id": -1},
        {"cmd": "start", "for_seconds": 10**30},
    ],
)
def test_over_the_socket_too_out_of_range_is_exit_2(
    service: PauseService, request_: dict[str, object]
) -> None:
    response = execute(service, request_)
    assert response["exit_code"] == 2, response
    assert response["error"]["kind"] != "internal_error"


def test_over_the_socket_a_bad_start_is_named_while_a_pause_runs(service: PauseService) -> None:
    assert execute(service, {"cmd": "start", "for_seconds": 3600})["exit_code"] == 0
    response = execute(service, {"cmd": "start", "for_seconds": 9 * 86400})
    assert response["exit_code"] == 2 and response["error"]["kind"] == "pause_too_long"
