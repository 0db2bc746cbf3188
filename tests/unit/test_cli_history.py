"""``pausetimer history``: periods, reflections, and deleting (issue 5's command line)."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from pathlib import Path

import pytest

from pausetimer.core.durations import parse_day
from pausetimer.core.errors import InputError
from pausetimer.store import open_store
from tests.helpers.cli import Cli
from tests.helpers.clock import FakeClock
from tests.unit.test_cli import db_dump


def three_days_of_pauses(cli: Cli, clock: FakeClock) -> list[int]:
    """Pauses on 21, 22 and 23 November (14:00 Amsterdam), ended after an hour each."""
    ids = []
    for day in range(3):
        started = json.loads(cli("start", "--for", "1h", "--note", f"day {day}", "--json")[1])
        ids.append(started["id"])
        clock.advance(timedelta(hours=1))
        cli("end")
        clock.advance(timedelta(hours=23))
    return ids


def test_since_and_until_are_local_days_with_until_inclusive(cli: Cli, clock: FakeClock) -> None:
    ids = three_days_of_pauses(cli, clock)
    listed = json.loads(cli("history", "--json", "--since", "2026-11-22")[1])
    assert [p["id"] for p in listed] == [ids[2], ids[1]]
    listed = json.loads(cli("history", "--json", "--until", "2026-11-22")[1])
    assert [p["id"] for p in listed] == [ids[1], ids[0]]
    code, out, _ = cli("history", "--csv", "--since", "2026-11-22", "--until", "2026-11-22")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [int(r["id"]) for r in rows] == [ids[1]]


def test_reflections_only_when_asked(cli: Cli, clock: FakeClock, data_dir: Path) -> None:
    pause_id = three_days_of_pauses(cli, clock)[0]
    store = open_store(data_dir / "pausetimer.db")
    store.save_reflection(pause_id, "need", "quiet, then a hug", clock.now())
    store.close()
    plain = json.loads(cli("history", "--json")[1])
    assert all("reflections" not in p for p in plain)
    full = json.loads(cli("history", "--json", "--reflections")[1])
    assert next(p for p in full if p["id"] == pause_id)["reflections"] == {
        "need": "quiet, then a hug"
    }
    out = cli("history", "--csv", "--reflections")[1]
    assert "quiet, then a hug" in out and out.splitlines()[0].endswith(",reflections")


def test_delete_one_leaves_no_trace(cli: Cli, clock: FakeClock, data_dir: Path) -> None:
    ids = three_days_of_pauses(cli, clock)
    assert cli("history", "--delete", str(ids[1])) == (0, "Deleted 1 pause.\n", "")
    remaining = [p["id"] for p in json.loads(cli("history", "--json")[1])]
    assert remaining == [ids[2], ids[0]]
    raw = b"".join(p.read_bytes() for p in data_dir.iterdir() if p.name.startswith("pausetimer.db"))
    assert b"day 1" not in raw and b"day 0" in raw


def test_delete_refusals_change_nothing(cli: Cli, clock: FakeClock, data_dir: Path) -> None:
    three_days_of_pauses(cli, clock)
    running = json.loads(cli("start", "--for", "1h", "--json")[1])["id"]
    before = db_dump(data_dir)
    assert cli("history", "--delete", "999")[0] == 2  # no such pause
    code, _, err = cli("history", "--delete", str(running))
    assert code == 1 and "still running" in err
    code, _, err = cli("history", "--delete-all")
    assert code == 2 and "--yes" in err
    assert cli("history", "--delete", "1", "--since", "2026-11-21")[0] == 2
    assert cli("history", "--since", "yesterday")[0] == 2
    assert cli("history", "--since", "2026-11-23", "--until", "2026-11-21")[0] == 2
    assert db_dump(data_dir) == before


def test_delete_all_keeps_the_running_pause(cli: Cli, clock: FakeClock) -> None:
    three_days_of_pauses(cli, clock)
    running = json.loads(cli("start", "--for", "1h", "--json")[1])["id"]
    assert cli("history", "--delete-all", "--yes") == (0, "Deleted 3 pauses.\n", "")
    assert [p["id"] for p in json.loads(cli("history", "--json")[1])] == [running]


def test_parse_day(clock: FakeClock) -> None:
    start = parse_day("2026-11-21", clock, end=False)
    assert parse_day("2026-11-21", clock, end=True) - start == timedelta(days=1)
    assert start.isoformat() == "2026-11-20T23:00:00+00:00"
    assert parse_day("2026-11-21T10:00+00:00", clock, end=True).hour == 10
    with pytest.raises(InputError):
        parse_day("21-11-2026", clock, end=False)
