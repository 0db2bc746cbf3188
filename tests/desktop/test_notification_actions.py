"""The buttons on the due notification, on a real dunst: "I'm going now" ends the pause and
"10 more minutes" extends it, exactly as the reminder window's buttons do. dunst sends
ActionInvoked only to the connection that called Notify, so this also shows that the app's
Notify comes from a connection of its own that stays to listen.

dunst shows actions in its context menu, which it hands to a dmenu program: here a script that
picks the line of the wanted button, as a user would.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.desktop.apps import AppProcess, cli_json, run_cli
from tests.desktop.conftest import unavailable
from tests.desktop.harness import (
    NOTIFICATIONS,
    XEMBED,
    Desktop,
    DesktopUnavailable,
    Managed,
    missing_tools,
    wait_until,
)

NUDGE = "Time to go back"
PICKER = """#!/bin/sh
# dmenu's part: read the menu, print the line of the wanted button.
grep -F "$(cat '{choice}')" | head -n 1
"""


@pytest.fixture(scope="module")
def dunst_desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desktop, Path]]:
    missing = missing_tools(XEMBED)
    if missing:
        unavailable("missing programs: " + ", ".join(missing))
    workdir = tmp_path_factory.mktemp("actions")
    try:
        desktop = Desktop(workdir, tray_host=XEMBED, service_activation=False).start()
    except (DesktopUnavailable, TimeoutError, OSError) as error:
        unavailable(str(error))
        raise  # unreachable: unavailable() always raises
    try:
        choice = workdir / "choice"
        picker = workdir / "picker"
        picker.write_text(PICKER.format(choice=choice))
        picker.chmod(0o700)
        config = workdir / "dunstrc"
        config.write_text(f"[global]\n    dmenu = {picker}\n")
        desktop.stop_notification_daemon()
        dunst = Managed("dunst-menu", ["dunst", "-config", str(config)], desktop.env(),
                        workdir / "dunst-menu.log")  # fmt: skip
        try:
            wait_until(lambda: desktop.bus_name_has_owner(NOTIFICATIONS), 15, "dunst on the bus")
            yield desktop, choice
        finally:
            dunst.stop()
    finally:
        desktop.close()


def _due_pause(desktop: Desktop) -> tuple[AppProcess, float]:
    data_dir = desktop.new_data_dir()
    (data_dir / "settings.json").write_text('{"welcome_done": true}\n')
    app = AppProcess(desktop, data_dir).start()
    app.wait_for_tray_icon(30)
    until = datetime.fromtimestamp(int(time.time()) + 4, UTC).isoformat()
    status = cli_json(desktop, data_dir, "start", "--until", until)
    return app, datetime.fromisoformat(status["return_at"]).timestamp()


def _notify_with_buttons(desktop: Desktop, count: int) -> str:
    """The ``count``-th due Notify as dbus-monitor printed it (its actions are in it)."""

    def found() -> list[str]:
        text = desktop.notify_log.read_text(errors="replace")
        return [
            block
            for block in re.split(r"\n(?=method call )", text)
            if "member=Notify" in block and f'string "{NUDGE}"' in block
        ]

    return wait_until(lambda: len(found()) >= count and found(), 15, "the due Notify")[count - 1]


def _choose(desktop: Desktop, choice: Path, label: str) -> None:
    choice.write_text(label)
    desktop.run_tool("dunstctl", "context", check=True)


def test_the_buttons_end_and_extend_the_pause(dunst_desktop: tuple[Desktop, Path]) -> None:
    desktop, choice = dunst_desktop
    app, return_at = _due_pause(desktop)
    try:
        block = _notify_with_buttons(desktop, 1)
        for text in ('string "going"', 'string "I\'m going now"', 'string "more-time"',
                     'string "10 more minutes"'):  # fmt: skip
            assert text in block
        _choose(desktop, choice, "10 more minutes")
        extended = return_at + timedelta(minutes=10).total_seconds()

        def return_time() -> float:
            status = cli_json(desktop, app.data_dir, "status")
            return datetime.fromisoformat(status["return_at"]).timestamp()

        wait_until(lambda: return_time() == extended, 10, "the pause to be extended")
        wait_until(
            lambda: any(m == "CloseNotification" for m, _ in desktop.notification_calls()),
            10,
            "the nudge to be withdrawn",
        )
        # A new pause comes due: now "I'm going now".
        assert run_cli(desktop, app.data_dir, "end").returncode == 0
        until = datetime.fromtimestamp(int(time.time()) + 3, UTC).isoformat()
        cli_json(desktop, app.data_dir, "start", "--until", until)
        _notify_with_buttons(desktop, 2)
        time.sleep(0.5)
        _choose(desktop, choice, "I'm going now")
        wait_until(
            lambda: cli_json(desktop, app.data_dir, "status")["state"] == "idle",
            10,
            "the pause to end",
        )
        windows = app.inspect()["windows"]
        assert any(w["class"] == "ReminderWindow" for w in windows)  # asking how it went
    finally:
        app.stop()
