"""A guard against a Qt binding that leaks references to ``None`` or ``True``.

PySide6 6.12.0 on CPython 3.11 drops one reference to ``None`` on every Qt call that returns
nothing, and one to ``True`` on every ``Signal.emit()``; the app then aborts within a minute
("Fatal Python error: none_dealloc"), and no short test notices. This test makes thousands of the
app's own calls (see ``refcount_child.py``) and checks that neither count went down. It runs them
in a child interpreter: a leaking binding may kill that process, which is then a clear failure here
rather than a dead test run.

On CPython 3.12 and later ``None`` and ``True`` are immortal (PEP 683): their counts are a fixed
large number whatever a binding does, so there is nothing to measure.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("refcount_child.py")
ROUNDS = 2000
# A leaking binding loses at least one reference per round (thousands); what is left over from
# the app's own caches and the garbage collector's timing is a handful either way.
TOLERANCE = 100

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None and True are immortal on CPython 3.12+: their reference counts never change",
)


def run_child(rounds: int) -> tuple[subprocess.CompletedProcess[str], list[dict[str, object]]]:
    result = subprocess.run(
        [sys.executable, str(CHILD), str(rounds)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return result, lines


def test_none_and_true_keep_their_references_through_thousands_of_app_calls() -> None:
    result, lines = run_child(ROUNDS)
    stages = [line for line in lines if "calls" in line]
    if result.returncode != 0 or not any(line.get("done") for line in lines):
        begun = [line["stage"] for line in lines if line.get("begin")]
        during = f" during {begun[-1]!r}" if begun else ""
        pytest.fail(
            f"the app's process ended with exit code {result.returncode}{during}; "
            f"measured so far: {stages}\n{result.stderr[-2000:]}"
        )
    names = {line["stage"] for line in stages}
    assert names == {
        "pacer frames",
        "running-ring icon",
        "tray refresh",
        "main window refresh",
        "pause signal emit",
        "status requests over the socket",
    }
    drained = [
        line
        for line in stages
        if int(str(line["none"])) < -TOLERANCE or int(str(line["true"])) < -TOLERANCE
    ]
    assert not drained, f"the Qt binding leaks references to None or True: {drained}"
