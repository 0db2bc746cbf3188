"""A moment together's reminder and a pause's nudge on a real notification server (dunst),
watched by dbus-monitor: the moment's reminder is a new notification (replaces_id 0), not a
replacement of the nudge, and ending the pause closes the nudge alone.

One desktop with the real app: a one-minute pause, and a moment together a quarter of a minute
after its return; the file takes about a minute and a half.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.desktop.apps import AppProcess, cli_json, run_cli
from tests.desktop.harness import wait_until
from tests.desktop.test_notifications import NUDGE, _desktop

TOGETHER = "Time together"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[AppProcess]:
    desktop = _desktop(tmp_path)
    started = AppProcess(desktop, desktop.new_data_dir())
    try:
        started.start()
        started.wait_for_tray_icon(30)
        yield started
    finally:
        started.stop()
        desktop.close()


def test_the_moments_reminder_neither_replaces_nor_goes_with_the_nudge(app: AppProcess) -> None:
    status = cli_json(app.desktop, app.data_dir, "start", "--for", "1m")
    assert status["state"] == "running"
    at = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=75)
    result = run_cli(app.desktop, app.data_dir, "together", "--at", at.isoformat(), "--note", "tea")
    assert result.returncode == 0, result.stderr

    def summaries() -> list[str] | None:
        shown = [n.summary for n in app.desktop.notifications()]
        return shown if TOGETHER in shown else None

    assert wait_until(summaries, 150, "the moment's reminder") == [NUDGE, TOGETHER]
    assert app.desktop.notification_calls() == [("Notify", 0), ("Notify", 0)]  # two, apart
    wait_until(lambda: displayed(app) == 2, 5, "both on the screen")

    result = run_cli(app.desktop, app.data_dir, "end")
    assert result.returncode == 0, result.stderr
    wait_until(
        lambda: "CloseNotification" in [c[0] for c in app.desktop.notification_calls()],
        5,
        "CloseNotification after the end",
    )
    # The moment's reminder is still there; only the nudge went.
    wait_until(lambda: displayed(app) == 1, 5, "one notification left on the screen")
    assert [c[0] for c in app.desktop.notification_calls()].count("CloseNotification") == 1
    assert app.alive()


def displayed(app: AppProcess) -> int:
    """How many notifications dunst shows now."""
    return int(app.desktop.run_tool("dunstctl", "count", "displayed", check=True).strip() or 0)
