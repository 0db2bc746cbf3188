"""``pausetimer together`` while the app runs: the request goes through its socket and its
service, so the moment is the app's at once (its reminder planned, its list reloaded)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pausetimer.core.changes import Change, ChangeKind
from tests.gui.test_app import Built, make_app
from tests.helpers.clock import FakeClock


def run(qtbot: QtBot, *argv: str) -> subprocess.CompletedProcess[str]:
    """The command as its own process, while this one's event loop answers it."""
    command = subprocess.Popen(
        [sys.executable, "-m", "pausetimer", *argv],
        env={**os.environ, "LANGUAGE": "en"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: command.poll() is not None, timeout=30000)
    out, err = command.communicate()
    return subprocess.CompletedProcess(command.args, command.returncode, out, err)


def test_together_through_the_running_app(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    app = make_app(qapp, clock, Built())
    assert app.start() is None
    try:
        assert app.ctx is not None
        seen: list[Change] = []
        app.ctx.events.changed.connect(seen.append)
        # The command runs with the real clock; the app's fake one is a little earlier.
        at = (datetime.now() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
        planned = run(qtbot, "together", "--at", at, "--note", "walk")
        assert planned.returncode == 0, planned.stderr
        assert planned.stdout.startswith("Planned: a moment together on ")
        assert [c.kinds for c in seen] == [frozenset({ChangeKind.TOGETHER})]
        [moment] = app.ctx.service.together.upcoming()
        assert moment.note == "walk"
        past = run(qtbot, "together", "--at", "2026-11-20T10:00")  # before the app's clock
        assert past.returncode == 2
        assert past.stderr == "That moment has already passed; choose a time in the future.\n"
        assert len(app.ctx.service.together.all()) == 1 and len(seen) == 1
    finally:
        app.shutdown()
