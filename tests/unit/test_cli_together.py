"""``pausetimer together``: plan, list and delete moments together from the command line; a past
or malformed time is refused with exit 2 and a sentence in the user's language, changing
nothing."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from pausetimer.core.clock import to_local
from tests.helpers.cli import Cli
from tests.helpers.clock import FakeClock


def moments_in(data_dir: Path) -> list[tuple[int, str]]:
    with closing(sqlite3.connect(data_dir / "pausetimer.db")) as conn:
        return conn.execute("SELECT at, note FROM together ORDER BY at").fetchall()


def test_plan_list_and_delete(cli: Cli, clock: FakeClock, data_dir: Path) -> None:
    # The fixture clock: Saturday 2026-11-21 14:00 in Amsterdam.
    code, out, err = cli("together", "--at", "2026-12-03T20:00", "--note", "dinner out")
    assert (code, err) == (0, "")
    assert out == (
        "Planned: a moment together on 2026-12-03 20:00. A reminder comes at that time.\n"
    )
    code, out, _ = cli("together", "--at", "19:30")  # today's next 19:30
    assert code == 0 and "2026-11-21 19:30" in out
    code, out, _ = cli("together", "--list", "--json")
    listed = json.loads(out)
    assert [(m["at"], m["note"]) for m in listed] == [
        ("2026-11-21T19:30:00+01:00", ""),
        ("2026-12-03T20:00:00+01:00", "dinner out"),
    ]
    code, out, _ = cli("together", "--list")
    assert out.splitlines()[1].endswith("2026-12-03 20:00  dinner out")
    assert cli("together", "--delete", str(listed[0]["id"])) == (0, "Deleted 1 moment.\n", "")
    assert [note for _at, note in moments_in(data_dir)] == ["dinner out"]
    code, _, err = cli("together", "--delete", str(listed[0]["id"]))
    assert code == 2 and "no such moment" in err


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        ("2026-11-21T13:00", "That moment has already passed; choose a time in the future.\n"),
        ("2026-11-31T20:00", "Cannot read '2026-11-31T20:00'; expected a time of day"),
        ("tomorrow", "Cannot read 'tomorrow'"),
        ("2028-01-01T20:00", "Plan a moment within the coming year"),
    ],
)
def test_a_past_or_malformed_time_is_refused_and_changes_nothing(
    cli: Cli, data_dir: Path, at: str, expected: str
) -> None:
    cli("together", "--at", "2026-12-03T20:00")
    before = moments_in(data_dir)
    code, out, err = cli("together", "--at", at, "--ics", str(data_dir / "x.ics"))
    assert code == 2 and out == "" and err.startswith(expected)
    assert moments_in(data_dir) == before
    assert not (data_dir / "x.ics").exists()


def test_the_refusal_speaks_dutch(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.setenv("LANGUAGE", "nl")
    code, _, err = cli("together", "--at", "2026-11-20T20:00")
    assert code == 2 and err == ("Dat moment is al voorbij; kies een tijd in de toekomst.\n")
    code, out, _ = cli("together", "--at", "2026-12-03T20:00")
    assert code == 0 and out.startswith("Gepland: samen tijd op 2026-12-03 20:00.")


def test_ics_for_the_phone(cli: Cli, clock: FakeClock, tmp_path: Path) -> None:
    target = tmp_path / "together.ics"
    code, out, _ = cli("together", "--at", "2026-12-03T20:00", "--ics", str(target))
    assert code == 0 and str(target) in out
    text = target.read_text()
    assert "DTSTART:20261203T190000Z" in text and "SUMMARY:Time together" in text
    assert "-together@pausetimer" in text and "ACTION:DISPLAY" in text
    code, _, err = cli("together", "--at", "2026-12-03T21:00", "--ics", str(tmp_path))
    assert code == 2 and "Cannot write the file" in err


def test_a_running_app_is_asked_first(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, clock: FakeClock
) -> None:
    seen: list[dict[str, object]] = []

    def forward(request: dict[str, object], _guard: object) -> dict[str, object]:
        seen.append(request)
        return {"exit_code": 0, "result": [], "warnings": [], "error": None}

    monkeypatch.setattr("pausetimer.services.single_instance.claim_or_forward", forward)
    assert cli("together", "--list") == (0, "No moments together planned.\n", "")
    at = to_local(clock.now() + timedelta(days=1), clock).strftime("%Y-%m-%dT%H:%M")
    seen.clear()
    monkeypatch.setattr(
        "pausetimer.services.single_instance.claim_or_forward",
        lambda request, _guard: (
            seen.append(request)
            or {"exit_code": 0, "result": {"deleted": 1}, "warnings": [], "error": None}
        ),
    )
    cli("together", "--at", at, "--note", "walk")
    assert seen and seen[0]["cmd"] == "together" and seen[0]["note"] == "walk"


def test_delete_all_needs_yes(cli: Cli, data_dir: Path) -> None:
    cli("together", "--at", "2026-12-03T20:00")
    cli("together", "--at", "2026-12-04T20:00")
    code, _, err = cli("together", "--delete-all")
    assert code == 2 and "--yes" in err and len(moments_in(data_dir)) == 2
    assert cli("together", "--delete-all", "--yes")[:2] == (0, "Deleted 2 moments.\n")
    assert moments_in(data_dir) == []


def test_past_moments_can_be_listed_and_deleted(cli: Cli, clock: FakeClock, data_dir: Path) -> None:
    cli("together", "--at", "15:00", "--note", "coffee")
    cli("together", "--at", "2026-12-03T20:00", "--note", "dinner out")
    clock.advance(timedelta(hours=2))  # coffee has passed
    code, out, _ = cli("together", "--list", "--json")
    assert [m["note"] for m in json.loads(out)] == ["dinner out"]
    code, out, _ = cli("together", "--list", "--past", "--json")
    listed = json.loads(out)
    assert [m["note"] for m in listed] == ["coffee", "dinner out"]
    assert cli("together", "--delete", str(listed[0]["id"])) == (0, "Deleted 1 moment.\n", "")
    assert [note for _at, note in moments_in(data_dir)] == ["dinner out"]
    code, out, err = cli("together", "--delete-all", "--yes", "--past")
    assert (code, out) == (2, "") and "--past goes with --list." in err
