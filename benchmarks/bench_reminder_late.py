"""``reminder_late_s``: how late the nudge to return comes in the running app.

The real app on the private desktop gets a few short pauses through its command line, each with a
return time a few seconds ahead (``--until`` with an exact instant). For each we take the Notify
call's time stamp on the bus (from dbus-monitor) and, as a cross-check, when the reminder window was
first seen; lateness is how long after the agreed return the Notify call went out. The figure is
the median over the pauses (target <= 1 s).
"""

from __future__ import annotations

import json
import statistics
import time
from datetime import UTC, datetime, timedelta

from benchmarks.common import Bench, Measurement
from tests.desktop.apps import AppProcess, run_cli
from tests.desktop.harness import wait_until

REMINDER_SUMMARY = "Time to go back"  # the English text; the desktop runs with LANG=C.UTF-8
REMINDER_WINDOW_CLASS = "ReminderWindow"
PAUSES = 5
LEAD_S = 6  # each return time lies this far ahead of its start (whole seconds: stored as such)
GIVE_UP_S = 15.0  # a reminder later than this counts as missing
STARTUP_TIMEOUT_S = 30.0


def measure(bench: Bench) -> list[Measurement]:
    app = bench.app().start()
    notify_late: list[float] = []
    window_late: list[float] = []
    try:
        app.wait_for_tray_icon(STARTUP_TIMEOUT_S)
        for _ in range(PAUSES):
            late = _one_pause(bench, app)
            if late is None:
                continue
            notify_late.append(late[0])
            window_late.append(late[1])
    finally:
        app.stop()
    missing = PAUSES - len(notify_late)
    if missing:
        bench.notes.append(f"reminder_late_s: {missing} of {PAUSES} reminders did not come")
    return [
        Measurement(
            "reminder_late_s",
            statistics.median(notify_late) if notify_late and not missing else None,
            "s",
            target=1.0,
            note=f"median over {PAUSES} pauses of the Notify call after the agreed return",
        ),
        Measurement(
            "reminder_window_late_s",
            statistics.median(window_late) if window_late else None,
            "s",
            note="the same for the reminder window, as seen through the app's inspect request "
            "(includes the polling)",
        ),
    ]


def _one_pause(bench: Bench, app: AppProcess) -> tuple[float, float] | None:
    """Run one pause to its reminder; (Notify lateness, window lateness) in seconds, or None."""
    desktop = bench.desktop
    # Ending the previous pause closes its window; a window still up would count as on time.
    wait_until(lambda: _reminder_window_seen(app) is None, 10, "the reminder window to close")
    seen_before = len(desktop.timed_notifications())
    # Someone at the desk: after minutes without input the window would (rightly) wait.
    desktop.run_tool("xdotool", "mousemove_relative", "1", "0")
    return_at = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=LEAD_S)
    started = run_cli(desktop, app.data_dir, "start", "--until", return_at.isoformat(), "--json")
    if started.returncode != 0:
        bench.notes.append(f"reminder_late_s: could not start a pause: {started.stderr.strip()}")
        return None
    agreed = datetime.fromisoformat(json.loads(started.stdout)["return_at"]).timestamp()
    try:
        window_seen = wait_until(
            lambda: _reminder_window_seen(app),
            agreed + GIVE_UP_S - time.time(),
            "the reminder window",
            interval=0.1,
        )
        sent_at = wait_until(
            lambda: next(
                (
                    at
                    for at, notification in desktop.timed_notifications()[seen_before:]
                    if notification.summary == REMINDER_SUMMARY
                ),
                None,
            ),
            max(1.0, agreed + GIVE_UP_S - time.time()),
            "the Notify call",
        )
    except TimeoutError:
        return None
    finally:
        run_cli(desktop, app.data_dir, "end")  # also closes the window's reason to stay up
    return sent_at - agreed, window_seen - agreed


def _reminder_window_seen(app: AppProcess) -> float | None:
    windows = app.inspect()["windows"]
    if any(window["class"] == REMINDER_WINDOW_CLASS for window in windows):
        return time.time()
    return None
