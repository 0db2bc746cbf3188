"""The ``pausetimer`` command line, in-process (fake clock) and as real processes."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pausetimer import __version__, gui
from pausetimer.cli import main
from pausetimer.core.clock import to_local
from tests.helpers.cli import Cli
from tests.helpers.clock import FakeClock


def db_dump(data_dir: Path) -> list[str]:
    with closing(sqlite3.connect(data_dir / "pausetimer.db")) as conn:
        return list(conn.iterdump())


def local_hhmm(clock: FakeClock, delta: timedelta) -> str:
    return to_local(clock.now() + delta, clock).strftime("%H:%M")


def test_start_status_extend_end_in_words(cli: Cli, clock: FakeClock) -> None:
    assert cli("status") == (0, "No pause running.\n", "")
    code, out, err = cli("start", "--for", "45m", "--note", "walk", "--announced", "--no-app")
    assert code == 0 and err == ""
    assert out == f"Pause started: back at {local_hhmm(clock, timedelta(minutes=45))} (in 45m).\n"
    clock.advance(timedelta(minutes=40))
    code, out, _ = cli("status")
    assert out.startswith("Pause running: back at") and "(in 5m)" in out
    code, out, _ = cli("extend", "--for", "15m")
    assert code == 0 and out.startswith("Pause extended: back at")
    clock.advance(timedelta(minutes=25))
    code, out, _ = cli("status")
    assert out.startswith("Pause due:") and "(5m ago)" in out
    code, out, _ = cli("end", "--note", "talked")
    assert code == 0 and out == "Pause ended after 1h 05m. Welcome back.\n"


def test_json_shapes(cli: Cli, clock: FakeClock) -> None:
    code, out, _ = cli("start", "--until", "19:00", "--json")
    started = json.loads(out)
    assert code == 0 and started["state"] == "running"
    assert started["return_at"] == "2026-11-21T19:00:00+01:00"
    status = json.loads(cli("status", "--json")[1])
    assert {"state", "started_at", "return_at", "announced", "extensions", "long"} <= status.keys()
    assert status["extensions"] == 0 and status["long"] is False
    extended = json.loads(cli("extend", "--for", "30m", "--json")[1])
    assert extended["extensions"] == 1
    ended = json.loads(cli("end", "--json")[1])
    assert ended["ended_at"] is not None and ended["return_at"] == "2026-11-21T19:30:00+01:00"
    history = json.loads(cli("history", "--json")[1])
    assert [p["id"] for p in history] == [ended["id"]]
    idle = json.loads(cli("status", "--json")[1])
    assert idle["state"] == "idle" and idle["return_at"] is None


def test_history_table_and_csv(cli: Cli, clock: FakeClock) -> None:
    assert cli("history") == (0, "No pauses yet.\n", "")
    cli("start", "--for", "1h", "--note", "first, with a comma")
    clock.advance(timedelta(hours=1))
    cli("end")
    cli("start", "--for", "30m")
    code, out, _ = cli("history")
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:2] == ["Started", "Agreed"] and len(lines) == 3
    assert "first, with a comma" in lines[2] and lines[1].split()[4] == "-"
    code, out, _ = cli("history", "--csv")
    assert out.splitlines()[0].startswith("id,started_at,") and '"first, with a comma"' in out
    assert cli("history", "--json", "--csv")[0] == 2


def test_short_pause_warns_on_stderr(cli: Cli) -> None:
    code, out, err = cli("start", "--for", "10m")
    assert code == 0 and out.startswith("Pause started")
    assert "too short to calm down" in err


@pytest.mark.parametrize(
    "argv",
    [
        ("start", "--for", "30h"),
        ("start", "--for", "8d", "--long"),
        ("start", "--for", "0m"),
        ("start", "--for", "soon"),
        ("start", "--until", "25:00"),
        ("start", "--until", "yesterday"),
        ("start", "--for", "1h", "--until", "19:00"),
        ("start",),
        ("extend",),
        ("launch",),
        ("status", "--verbose"),
    ],
)
def test_bad_input_exits_2_names_the_problem_and_changes_nothing(
    cli: Cli,
    data_dir: Path,
    argv: tuple[str, ...],
) -> None:
    cli("start", "--for", "1h")
    cli("end")
    before = db_dump(data_dir)
    code, out, err = cli(*argv)
    assert code == 2 and out == "" and err.strip()
    assert db_dump(data_dir) == before


def test_long_pause_allowed_with_long(cli: Cli) -> None:
    code, _, err = cli("start", "--for", "30h", "--long")
    assert code == 0 and "more than a day" in err


def test_extending_past_a_day_needs_long_too(cli: Cli) -> None:
    assert cli("start", "--for", "20h")[0] == 0
    code, _, err = cli("extend", "--for", "5h")
    assert code == 2 and "24 hours" in err
    code, out, _ = cli("extend", "--for", "5h", "--long", "--json")
    assert code == 0 and json.loads(out)["extensions"] == 1


def test_refused_by_state_exits_1_and_changes_nothing(cli: Cli, data_dir: Path) -> None:
    code, _, err = cli("end")
    assert code == 1 and "No pause is running" in err
    assert cli("extend", "--for", "10m")[0] == 1
    cli("start", "--for", "1h")
    before = db_dump(data_dir)
    code, out, err = cli("start", "--for", "2h")
    assert code == 1 and out == "" and "already running" in err
    assert db_dump(data_dir) == before


def test_damaged_database_is_moved_aside_and_the_command_continues(
    cli: Cli, data_dir: Path
) -> None:
    data_dir.mkdir(parents=True)
    garbage = b"this is not a database" * 100
    (data_dir / "pausetimer.db").write_bytes(garbage)
    code, out, err = cli("status")
    assert code == 0 and out == "No pause running.\n"
    moved = [p for p in data_dir.iterdir() if "damaged" in p.name]
    assert len(moved) == 1 and moved[0].read_bytes() == garbage
    assert str(moved[0]) in err


def test_newer_schema_is_refused_and_left_untouched(cli: Cli, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "pausetimer.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = path.read_bytes()
    code, out, err = cli("start", "--for", "1h")
    assert code == 1 and out == "" and "newer version" in err
    assert path.read_bytes() == before


def test_version(cli: Cli) -> None:
    code, out, _ = cli("--version")
    assert code == 0 and out.strip() == f"pausetimer {__version__}"


def test_no_subcommand_runs_the_gui(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []
    monkeypatch.setattr(gui, "run_gui", lambda argv: calls.append(argv) or 0)
    assert cli()[0] == 0 and len(calls) == 1


# -- as real processes ---------------------------------------------------------------------------


def run_process(data_dir: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PAUSETIMER_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "pausetimer", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_processes_share_the_database_and_keep_files_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    started = run_process(data, "start", "--for", "1h", "--announced", "--json")
    assert started.returncode == 0, started.stderr
    assert json.loads(started.stdout)["announced"] is True
    status = run_process(data, "status", "--json")
    assert json.loads(status.stdout)["id"] == json.loads(started.stdout)["id"]
    refused = run_process(data, "start", "--for", "nonsense")
    assert refused.returncode == 2 and "expected" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert run_process(data, "end").returncode == 0
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    for file in data.iterdir():
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file


# -- fuzz ---------------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "start", "extend", "end", "status", "history", "--for", "--until", "--note",
        "--announced", "--long", "--json", "--csv", "--version", "-h", "20m", "1h30m", "5m",
        "30h", "9d", "0m", "-5m", "19:00", "24:61", "2026-11-21T19:00+01:00", "now", "",
    ]
)  # fmt: skip


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(argv=st.lists(st.one_of(_WORDS, st.text(max_size=12)), max_size=6))
def test_any_arguments_give_0_1_or_2_with_a_message(
    argv: list[str],
    data_dir: Path,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gui_runs: list[list[str]] = []
    monkeypatch.setattr(gui, "run_gui", lambda a: gui_runs.append(a) or 0)
    code = main(argv, clock=clock)
    out, err = capsys.readouterr()
    assert code in (0, 1, 2)
    assert "Traceback" not in err and "unexpected error" not in err
    if not gui_runs:
        assert (out + err).strip(), argv
    if code != 0:
        assert err.strip()
