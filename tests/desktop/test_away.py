"""The nudge finds the user: on a real X server (Xvfb, whose MIT-SCREEN-SAVER extension counts
the time since the last input), a real window manager (openbox) and a real notification daemon
(dunst), the reminder window waits while nobody is at the desk, while a full-screen window has
the focus, and while dunst is paused; it comes within 5 s after that ends, with the keyboard.
The notification goes out at the return time in every case (neutral words in a meeting).

The pauses are agreed with ``--until`` and an instant seconds away; only the "away" case waits
out the shortest "Away after" there is (one minute of no input at all).
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.desktop.apps import AppProcess, cli_json
from tests.desktop.conftest import start_desktop
from tests.desktop.harness import (
    XEMBED,
    Desktop,
    Managed,
    Notification,
    wait_until,
)

REMINDER_WINDOW_CLASS = "ReminderWindow"
AWAY_AFTER_S = 60  # the smallest setting: one minute
COMES_WITHIN_S = 5.0  # the promise: the window within 5 s of coming back
HELD_LOOK_S = 3.0  # this long after the return the window must still wait

# A presentation: a full-screen window of another program, left with Escape.
PRESENTATION = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

class Slide(QLabel):
    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Escape:
            self.showNormal()
            print("left full screen", flush=True)

app = QApplication(sys.argv)
slide = Slide("Quarterly numbers")
slide.setWindowTitle("Presentation")
slide.showFullScreen()
app.exec()
"""


@pytest.fixture(scope="module")
def managed_desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    desktop = start_desktop(
        tmp_path_factory.mktemp("away"), XEMBED, also_needs=("dunstctl",), window_manager=True
    )
    yield desktop
    desktop.close()


def _started_app(desktop: Desktop, away_after_minutes: int = 3) -> AppProcess:
    data_dir = desktop.new_data_dir()
    (data_dir / "settings.json").write_text(
        f'{{"welcome_done": true, "away_after_minutes": {away_after_minutes}}}\n'
    )
    app = AppProcess(desktop, data_dir).start()
    app.wait_for_tray_icon(30)
    return app


def _start_pause(app: AppProcess, at: float) -> float:
    until = datetime.fromtimestamp(int(at), UTC).isoformat()
    status = cli_json(app.desktop, app.data_dir, "start", "--until", until)
    return datetime.fromisoformat(status["return_at"]).timestamp()


def _reminder_window_shown(app: AppProcess) -> bool:
    return any(w["class"] == REMINDER_WINDOW_CLASS for w in app.inspect()["windows"])


def _nudges_since(desktop: Desktop, since: float) -> list[Notification]:
    return [note for at, note in desktop.timed_notifications() if at >= since - 0.5]


def _assert_held_after_the_return(app: AppProcess, return_at: float) -> Notification:
    """The notification went out at the return time; the window still waits."""
    [nudge] = wait_until(
        lambda: _nudges_since(app.desktop, return_at), return_at + 5 - time.time(), "the Notify"
    )
    time.sleep(max(0.0, return_at + HELD_LOOK_S - time.time()))
    assert not _reminder_window_shown(app), "the reminder window did not wait"
    return nudge


def _assert_comes_with_the_keyboard(app: AppProcess, since: float) -> None:
    desktop = app.desktop
    wait_until(lambda: _reminder_window_shown(app), COMES_WITHIN_S, "the held reminder window")
    assert time.monotonic() - since < COMES_WITHIN_S

    def reminder_window() -> list[int]:
        mine = set(desktop.windows(pid=app.pid))
        return [w for w in desktop.windows(name="^Time to return") if w in mine]

    reminder = wait_until(reminder_window, 5, "its X window")[0]
    wait_until(lambda: desktop.focused_window() == reminder, 5, "the keyboard in the reminder")


def _seen_at(app: AppProcess) -> int | None:
    conn = sqlite3.connect(app.data_dir / "pausetimer.db")
    try:
        row = conn.execute("SELECT nudge_seen_at FROM pauses ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def test_away_from_the_desk_the_window_waits_for_the_first_input(
    managed_desktop: Desktop,
) -> None:
    """Runs first in this module: the server has had no input at all since it started."""
    desktop = managed_desktop
    app = _started_app(desktop, away_after_minutes=1)
    try:
        return_at = _start_pause(app, time.time() + AWAY_AFTER_S + 4)
        nudge = _assert_held_after_the_return(app, return_at)
        assert nudge.summary == "Time to go back"  # away, not in a meeting: the usual words
        assert cli_json(desktop, app.data_dir, "status")["state"] == "due"  # so the tray says
        assert _seen_at(app) is None
        came_back = time.monotonic()
        desktop.run_tool("xdotool", "mousemove", "200", "200", check=True)
        _assert_comes_with_the_keyboard(app, came_back)
        seen = _seen_at(app)
        assert seen is not None and seen >= return_at + HELD_LOOK_S
    finally:
        app.stop()


def test_a_full_screen_window_holds_the_nudge_until_it_leaves_full_screen(
    managed_desktop: Desktop,
) -> None:
    desktop = managed_desktop
    app = _started_app(desktop)
    slide = Managed(
        "presentation",
        [sys.executable, "-c", PRESENTATION],
        desktop.env(),
        desktop.workdir / "presentation.log",
    )
    try:
        window = wait_until(lambda: desktop.windows(name="^Presentation$"), 15, "the slide")[0]
        wait_until(lambda: desktop.focused_window() == window, 10, "the slide to have focus")
        assert "_NET_WM_STATE_FULLSCREEN" in desktop.run_tool(
            "xprop", "-id", str(window), "_NET_WM_STATE"
        )
        return_at = _start_pause(app, time.time() + 4)
        nudge = _assert_held_after_the_return(app, return_at)
        assert (nudge.summary, nudge.body) == ("Pausetimer", "Time to return")  # neutral
        left = time.monotonic()
        desktop.key("Escape")
        wait_until(lambda: "left full screen" in Path(slide.log).read_text(), 5, "leaving it")
        _assert_comes_with_the_keyboard(app, left)
    finally:
        slide.stop()
        app.stop()


def test_paused_notifications_hold_the_nudge_until_they_resume(
    managed_desktop: Desktop,
) -> None:
    desktop = managed_desktop
    app = _started_app(desktop)
    try:
        desktop.run_tool("dunstctl", "set-paused", "true", check=True)
        return_at = _start_pause(app, time.time() + 4)
        nudge = _assert_held_after_the_return(app, return_at)
        assert (nudge.summary, nudge.body) == ("Pausetimer", "Time to return")
        resumed = time.monotonic()
        desktop.run_tool("dunstctl", "set-paused", "false", check=True)
        _assert_comes_with_the_keyboard(app, resumed)
    finally:
        desktop.run_tool("dunstctl", "set-paused", "false")
        app.stop()


def test_a_locked_screen_holds_the_nudge_until_it_is_unlocked(managed_desktop: Desktop) -> None:
    desktop = managed_desktop
    app = _started_app(desktop)
    try:
        desktop.screen_saver(on=True)
        return_at = _start_pause(app, time.time() + 4)
        _assert_held_after_the_return(app, return_at)
        unlocked = time.monotonic()
        desktop.screen_saver(on=False)
        _assert_comes_with_the_keyboard(app, unlocked)
    finally:
        desktop.screen_saver(on=False)
        app.stop()
