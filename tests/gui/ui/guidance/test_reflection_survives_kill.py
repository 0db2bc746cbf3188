"""Answers typed into the reflection panel survive the app being killed (SIGKILL: no close, no
quit handlers), because autosave writes them shortly after typing stops."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

from pausetimer.core.pause import ReturnSpec
from pausetimer.service import PauseService
from pausetimer.store import Store, open_store

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from pausetimer.context import AppContext
    from pausetimer.core.clock import SystemClock
    from pausetimer.service import PauseService
    from pausetimer.settings import Settings
    from pausetimer.store import Store, open_store
    from pausetimer.ui.guidance import GuidanceWindow
    from pausetimer.ui.guidance.reflection import AUTOSAVE_DELAY_MS

    app = QApplication([])
    service = PauseService(open_store(Path(sys.argv[1])), SystemClock())
    window = GuidanceWindow(AppContext.build(service, Settings(), None))
    window.present("reflect")
    QTest.keyClicks(window.reflection.editors["urge"], "Walk out and slam the door")
    kill = lambda: os.kill(os.getpid(), signal.SIGKILL)
    QTimer.singleShot(AUTOSAVE_DELAY_MS + 500, kill)
    app.exec()
    """
)


def test_typed_answer_survives_sigkill(tmp_path: Path, service: PauseService, store: Store) -> None:
    pause, _ = service.start(ReturnSpec(after=timedelta(minutes=45)), announced=True)
    assert pause.id is not None
    database = store.path
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "NO_AT_BRIDGE": "1",
        "PAUSETIMER_DATA_DIR": str(tmp_path),
    }
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(database)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    reopened = open_store(database)
    try:
        assert reopened.reflections(pause.id) == {"urge": "Walk out and slam the door"}
    finally:
        reopened.close()
