"""One notification per pause on a real notification server (dunst), watched by dbus-monitor: the
repeat replaces the first nudge (its replaces_id is the first one's id), and extending or ending
the pause withdraws it (CloseNotification with that id).

Two desktops run side by side, each with the real app and a one-minute pause that repeats every
minute; the file takes about two and a half minutes.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.desktop.apps import APP_ARGV, REPO_ROOT, AppProcess, cli_json, run_cli
from tests.desktop.conftest import unavailable
from tests.desktop.harness import XEMBED, Desktop, DesktopUnavailable, missing_tools, wait_until

NUDGE = "Time to go back"
PAUSE = "1m"
SETTINGS = {"repeat_minutes": 1}  # the shortest repeat, so a replacement comes within a minute


def _desktop(workdir: Path) -> Desktop:
    missing = missing_tools(XEMBED)
    if missing:
        unavailable("missing programs: " + ", ".join(missing))
    try:
        return Desktop(workdir, tray_host=XEMBED).start()
    except (DesktopUnavailable, TimeoutError, OSError) as error:
        unavailable(str(error))
        raise


@pytest.fixture(scope="module")
def apps(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, AppProcess]]:
    """Two apps, each on its own desktop, each with a fresh one-minute pause."""
    started: dict[str, AppProcess] = {}
    try:
        for name in ("extend", "end"):
            desktop = _desktop(tmp_path_factory.mktemp(name))
            data_dir = desktop.new_data_dir()
            (data_dir / "settings.json").write_text(json.dumps(SETTINGS))
            started[name] = AppProcess(desktop, data_dir).start()
        for app in started.values():
            app.wait_for_tray_icon(30)
            status = cli_json(app.desktop, app.data_dir, "start", "--for", PAUSE)
            assert status["state"] == "running"
        yield started
    finally:
        for app in started.values():
            app.stop()
            app.desktop.close()


def _wait_for_notifies(desktop: Desktop, count: int, timeout: float) -> list[tuple[str, int]]:
    def enough() -> list[tuple[str, int]] | None:
        calls = desktop.notification_calls()
        return calls if [c[0] for c in calls].count("Notify") >= count else None

    return wait_until(enough, timeout, f"{count} Notify call(s)", interval=0.2)


def test_the_repeat_replaces_the_nudge_and_extending_withdraws_it(
    apps: dict[str, AppProcess],
) -> None:
    app = apps["extend"]
    calls = _wait_for_notifies(app.desktop, 2, 150)
    assert [summary.summary for summary in app.desktop.notifications()] == [NUDGE, NUDGE]
    (first, new_id), (second, replaces) = calls[:2]
    assert (first, new_id) == ("Notify", 0)  # a new notification for this pause
    assert second == "Notify" and replaces > 0  # the repeat replaces it rather than stacking

    result = run_cli(app.desktop, app.data_dir, "extend", "--for", "10m")
    assert result.returncode == 0, result.stderr
    wait_until(
        lambda: ("CloseNotification", replaces) in app.desktop.notification_calls(),
        5,
        "CloseNotification after the extension",
    )
    assert app.alive()


def test_ending_the_pause_withdraws_the_nudge(apps: dict[str, AppProcess]) -> None:
    app = apps["end"]
    _wait_for_notifies(app.desktop, 1, 90)
    result = run_cli(app.desktop, app.data_dir, "end")
    assert result.returncode == 0, result.stderr
    closed = wait_until(
        lambda: [c for c in app.desktop.notification_calls() if c[0] == "CloseNotification"],
        5,
        "CloseNotification after the end",
    )
    assert closed[0][1] > 0


def test_quotes_and_apostrophes_reach_the_server_intact(apps: dict[str, AppProcess]) -> None:
    desktop = apps["end"].desktop
    summary, body = 'It\'s "time" \\ now', "Don't 'rehearse' it"
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QTimer\n"
        "from pausetimer.services.freedesktop_notifications import "
        "FreedesktopNotifications, Request\n"
        "app = QCoreApplication([])\n"
        "sender = FreedesktopNotifications.for_session(3000)\n"
        "sender.finished.connect(lambda outcome: app.exit(0 if outcome.value == 'shown' else 1))\n"
        "sender.show(Request(sys.argv[1], sys.argv[2]))\n"
        "QTimer.singleShot(10000, lambda: app.exit(2))\n"
        "sys.exit(app.exec())\n"
    )
    result = subprocess.run(
        [APP_ARGV[0], "-c", script, summary, body],
        env=desktop.env({"QT_QPA_PLATFORM": "offscreen"}),
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    # dbus-monitor prints each string between quotes as it is: what it shows, the server got.
    wait_until(
        lambda: f'string "{summary}"\n   string "{body}"' in desktop.notify_log.read_text(),
        5,
        "the Notify call with the quoted text",
    )
