"""commands.execute: the one implementation behind the CLI and the running app's socket."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from pausetimer.commands import MAX_NOTE_LENGTH, execute
from pausetimer.service import PauseService
from tests.helpers.clock import FakeClock


def run(service: PauseService, **request: Any) -> dict[str, Any]:
    response = execute(service, request)
    # Whatever it says, it must survive the trip over the socket unchanged.
    assert json.loads(json.dumps(response)) == response
    return response


def test_start_extend_end_round_trip(service: PauseService, clock: FakeClock) -> None:
    started = run(service, cmd="start", for_seconds=45 * 60, note="  kitchen ", announced=True)
    assert started["exit_code"] == 0 and started["error"] is None
    status = started["result"]
    assert status["state"] == "running"
    assert status["announced"] is True and status["note"] == "kitchen"
    assert (
        status["return_at"]
        == (clock.now() + timedelta(minutes=45)).astimezone(clock.local_zone()).isoformat()
    )

    extended = run(service, cmd="extend", for_seconds=600)
    assert extended["result"]["extensions"] == 1
    assert extended["result"]["remaining_seconds"] == 55 * 60

    clock.advance(timedelta(minutes=30))
    ended = run(service, cmd="end", note="calmer")
    assert ended["exit_code"] == 0
    assert ended["result"]["ended_at"] is not None
    assert ended["result"]["note"] == "kitchen\ncalmer"
    assert run(service, cmd="status")["result"]["state"] == "idle"


def test_status_fields_while_idle_and_due(service: PauseService, clock: FakeClock) -> None:
    idle = run(service, cmd="status")["result"]
    assert idle["state"] == "idle" and idle["started_at"] is None and idle["return_at"] is None
    run(service, cmd="start", until=(clock.now() + timedelta(hours=2)).isoformat())
    clock.advance(timedelta(hours=25))
    due = run(service, cmd="status")["result"]
    assert due["state"] == "due" and due["long"] is True
    assert {"started_at", "return_at", "announced", "extensions", "long"} <= due.keys()


def test_short_pause_is_allowed_with_a_warning(service: PauseService) -> None:
    response = run(service, cmd="start", for_seconds=5 * 60)
    assert response["exit_code"] == 0
    assert [w["kind"] for w in response["warnings"]] == ["too_short"]


def test_long_pause_needs_confirmation(service: PauseService) -> None:
    refused = run(service, cmd="start", for_seconds=30 * 3600)
    assert refused["exit_code"] == 2 and refused["error"]["kind"] == "pause_needs_confirmation"
    allowed = run(service, cmd="start", for_seconds=30 * 3600, long=True)
    assert allowed["exit_code"] == 0
    assert [w["kind"] for w in allowed["warnings"]] == ["long"]


@pytest.mark.parametrize(
    ("request_", "kind"),
    [
        ({"cmd": "launch"}, "unknown_command"),
        ({}, "unknown_command"),
        ({"cmd": "start"}, "return_missing"),
        ({"cmd": "start", "for_seconds": 60, "until": "2026-11-21T19:00+01:00"}, "return_missing"),
        ({"cmd": "start", "for_seconds": "60"}, "duration_malformed"),
        ({"cmd": "start", "for_seconds": True}, "duration_malformed"),
        ({"cmd": "start", "for_seconds": 0}, "duration_zero"),
        ({"cmd": "start", "for_seconds": 10**30}, "pause_too_long"),
        ({"cmd": "start", "until": "19:00"}, "time_malformed"),
        ({"cmd": "start", "until": "2026-11-21T19:00"}, "time_malformed"),
        ({"cmd": "start", "for_seconds": 3600, "announced": "yes"}, "flag_malformed"),
        ({"cmd": "start", "for_seconds": 3600, "note": 5}, "note_malformed"),
        ({"cmd": "start", "for_seconds": 3600, "note": "\udc80"}, "note_malformed"),
        (
            {"cmd": "start", "for_seconds": 3600, "note": "x" * (MAX_NOTE_LENGTH + 1)},
            "note_too_long",
        ),
        ({"cmd": "history", "format": "xml"}, "format_unknown"),
    ],
)
def test_bad_requests_exit_2_and_change_nothing(
    service: PauseService, request_: dict[str, Any], kind: str
) -> None:
    response = run(service, **request_)
    assert response["exit_code"] == 2
    assert response["error"]["kind"] == kind and response["error"]["message"]
    assert service.history() == []


def test_refusals_by_state_exit_1_and_change_nothing(service: PauseService) -> None:
    assert run(service, cmd="end")["exit_code"] == 1
    assert run(service, cmd="extend", for_seconds=600)["error"]["kind"] == "not_running"
    run(service, cmd="start", for_seconds=3600)
    before = service.history()
    again = run(service, cmd="start", for_seconds=3600)
    assert again["exit_code"] == 1 and again["error"]["kind"] == "already_running"
    assert service.history() == before


def test_history_newest_first_as_json_and_csv(service: PauseService, clock: FakeClock) -> None:
    for minutes in (30, 40):
        run(service, cmd="start", for_seconds=minutes * 60, note=f"n{minutes}")
        clock.advance(timedelta(minutes=minutes))
        run(service, cmd="end")
    pauses = run(service, cmd="history")["result"]
    assert [p["note"] for p in pauses] == ["n40", "n30"]
    required = {"id", "started_at", "return_at", "ended_at", "announced", "extensions", "note"}
    assert all(required <= p.keys() for p in pauses)
    csv_text = run(service, cmd="history", format="csv")["result"]
    lines = csv_text.splitlines()
    assert lines[0].startswith("id,started_at") and len(lines) == 3
    assert lines[1].startswith(f"{pauses[0]['id']},")
