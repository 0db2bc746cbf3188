"""The body of ``test_refcounts.py``, run in a fresh interpreter of its own.

A leaking binding lowers the reference count of ``None`` (or ``True``) until CPython aborts with
"none_dealloc": the process dies, and pytest with it, if this ran inside the test process. Here it
may die; the test reads what was printed before and reports which stage drained the counts.

The real app is built as ``pausetimer`` builds it (``PausetimerApp`` with ``build_ui`` and the
local socket server) on the offscreen platform, with a data folder of its own and a pause running.
Each stage then makes thousands of the app's own calls. Every stage prints one JSON line when it
begins and one with the change of ``sys.getrefcount(None)`` and ``sys.getrefcount(True)`` when it
ends.

    python tests/gui/refcount_child.py ROUNDS
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("NO_AT_BRIDGE", "1")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

WARM_UP = 50  # first calls fill caches (fonts, icons, translations): they add references
CLIENT = """
import sys
from pausetimer.services.single_instance import send_request
for _ in range(int(sys.argv[1])):
    response = send_request({"cmd": "status"})
    if not response or response["exit_code"] != 0:
        sys.exit(f"status failed: {response}")
"""


def emit(**line: object) -> None:
    print(json.dumps(line), flush=True)


def measure(
    name: str,
    rounds: int,
    once: Callable[[int], None],
    warm_up: int = WARM_UP,
    calls: int | None = None,
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    def round_of_the_event_loop(index: int) -> None:
        once(index)
        # What the event loop does between two calls: delete what was left to deleteLater()
        # (the tray rebuilds its menu actions), else their wrappers pile up by the thousand.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    for index in range(warm_up):
        round_of_the_event_loop(index)
    emit(stage=name, begin=True)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for index in range(rounds):
        round_of_the_event_loop(index)
    emit(
        stage=name,
        calls=calls or rounds,
        none=sys.getrefcount(None) - none_before,
        true=sys.getrefcount(True) - true_before,
    )


def main(rounds: int) -> int:
    from PySide6.QtCore import QEventLoop, QTimer

    from pausetimer.app import PausetimerApp
    from pausetimer.core.changes import Change, ChangeKind, Source
    from pausetimer.core.pause import ReturnSpec
    from pausetimer.gui import application
    from pausetimer.ui.guidance.window import GuidanceWindow
    from pausetimer.ui.icon_painting import paint_state, render
    from pausetimer.ui.pause_view import ViewState

    qapp = application([])
    app = PausetimerApp(qapp)
    if app.start() is not None or app.ctx is None or app.shell is None:
        emit(error="the app did not start")
        return 1
    ctx, shell = app.ctx, app.shell
    ctx.service.start(ReturnSpec(after=timedelta(hours=2)))

    # The breathing pacer with a time source that moves one frame (40 ms) per tick, so the
    # frames walk through every phase and its label, countdown and level changes.
    frame = [0.0]
    guidance = GuidanceWindow(ctx, time_source=lambda: frame[0])
    guidance.present("breathe")
    guidance.breathing.toggle()

    def pacer_frame(_index: int) -> None:
        frame[0] += 0.04
        if not guidance.breathing.running:  # the pattern came to its end: breathe again
            guidance.breathing.toggle()
        guidance.breathing.tick()
        guidance.breathing.view.repaint()

    measure("pacer frames", rounds, pacer_frame)
    measure(
        "running-ring icon",
        rounds,
        lambda index: render(
            lambda painter: paint_state(painter, ViewState.RUNNING, (index % 97) / 97), 22
        ),
    )
    tray = shell.tray
    measure("tray refresh", rounds, lambda _index: tray.refresh())  # type: ignore[attr-defined]
    window = shell.window
    measure("main window refresh", rounds, lambda _index: window.refresh())  # type: ignore[attr-defined]
    measure(
        "pause signal emit",
        rounds,
        lambda _index: ctx.events.changed.emit(
            Change.of(ChangeKind.ACTIVE_PAUSE, source=Source.SYSTEM, active=ctx.service.current())
        ),
    )

    # Status requests from another process through the app's real socket server, answered in
    # the app's event loop (a client in this process would block the server it waits for).
    def requests(count: int) -> Callable[[int], None]:
        def run(_index: int) -> None:
            client = subprocess.Popen([sys.executable, "-c", CLIENT, str(count)], cwd=ROOT)
            # A loop of its own: quitting the application's would ask the quit question.
            loop = QEventLoop()
            poll = QTimer()
            poll.timeout.connect(lambda: loop.quit() if client.poll() is not None else None)
            poll.start(20)
            loop.exec()
            poll.stop()
            if client.returncode != 0:
                raise RuntimeError(f"the status client failed ({client.returncode})")

        return run

    requests(WARM_UP)(0)  # warm-up: the first answers import and cache what they need
    # One client process sends all the requests.
    measure("status requests over the socket", 1, requests(rounds), warm_up=0, calls=rounds)

    guidance.close()
    app.shutdown()
    emit(done=True)
    return 0


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="pausetimer-refcounts-") as folder:
        os.environ["PAUSETIMER_DATA_DIR"] = str(Path(folder) / "data")
        os.environ["XDG_RUNTIME_DIR"] = folder  # private (0700), and Qt stops warning about it
        sys.exit(main(int(sys.argv[1])))
