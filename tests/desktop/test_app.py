"""The real app on a real (virtual) desktop: tray clicks, crash survival, one instance, privacy."""

from __future__ import annotations

import stat
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tests.desktop.apps import AppProcess, cli_json, process_ids
from tests.desktop.harness import Desktop, wait_until


def _status(desktop: Desktop, data_dir: Path) -> dict[str, Any]:
    status: dict[str, Any] = cli_json(desktop, data_dir, "status")
    return status


def _app_pids(data_dir: Path) -> list[int]:
    return process_ids("-m pausetimer", ("PAUSETIMER_DATA_DIR", str(data_dir)))


def test_tray_menu_starts_a_one_hour_pause_with_real_clicks(
    desktop: Desktop, data_dir: Path
) -> None:
    with AppProcess(desktop, data_dir) as app:
        app.wait_for_tray_icon()
        clicked_at = datetime.now().astimezone()

        app.click_menu_path("Take a pause", "1 hour")

        status = wait_until(
            lambda: (s := _status(desktop, data_dir))["state"] == "running" and s,
            15,
            "the pause to be running",
            interval=0.2,
        )
        return_at = datetime.fromisoformat(status["return_at"])
        assert abs(return_at - (clicked_at + timedelta(hours=1))) < timedelta(minutes=1)


def test_a_pause_survives_sigkill_and_the_tray_shows_it_after_restart(
    desktop: Desktop, data_dir: Path
) -> None:
    app = AppProcess(desktop, data_dir).start()
    try:
        app.wait_for_tray_icon()
        cli_json(desktop, data_dir, "start", "--for", "45m")
        status_before = _status(desktop, data_dir)
        assert status_before["state"] == "running"

        app.kill()
        assert not app.alive()
        app.start()
        app.wait_for_tray_icon()

        after = _status(desktop, data_dir)
        assert (after["started_at"], after["return_at"]) == (
            status_before["started_at"],
            status_before["return_at"],
        )
        # The restarted tray knows the pause: its menu offers the way back, not a new pause.
        app.open_tray_menu()
        back = wait_until(lambda: app.menu_action("I'm back"), 10, "the I'm back item")
        assert back["enabled"]
        desktop.key("Escape")
    finally:
        app.stop()


def test_a_second_start_exits_0_and_leaves_one_app(desktop: Desktop, data_dir: Path) -> None:
    with AppProcess(desktop, data_dir) as first:
        first.wait_for_tray_icon()

        with AppProcess(desktop, data_dir, name="second") as second:
            assert second.wait_exit(30) == 0

        assert first.alive()
        assert _app_pids(data_dir) == [first.pid]


def test_two_apps_started_at_the_same_moment_leave_one(desktop: Desktop, data_dir: Path) -> None:
    apps = [AppProcess(desktop, data_dir, name=f"twin{n}") for n in (1, 2)]
    for app in apps:
        app.start()
    try:
        exited = wait_until(
            lambda: [app for app in apps if not app.alive()], 30, "one of the twins to exit"
        )
        assert [app.wait_exit() for app in exited] == [0]
        [survivor] = [app for app in apps if app.alive()]
        survivor.wait_for_tray_icon()
        assert _app_pids(data_dir) == [survivor.pid]
    finally:
        for app in apps:
            app.stop()


def test_the_app_opens_no_network_socket_and_its_local_socket_is_private(
    desktop: Desktop, data_dir: Path
) -> None:
    with AppProcess(desktop, data_dir) as app:
        app.wait_for_tray_icon()
        cli_json(desktop, data_dir, "start", "--for", "30m")  # exercise the local socket too

        assert app.network_sockets() == []
        assert app.socket_count() > 0  # the X, D-Bus and local sockets: the check sees sockets
        sockets = [p for p in desktop.runtime_dir.glob("pausetimer-*.sock") if p.is_socket()]
        assert sockets
        for path in sockets:
            mode = stat.S_IMODE(path.stat().st_mode)
            assert mode & 0o077 == 0, f"{path.name} is {oct(mode)}"
        assert stat.S_IMODE(desktop.runtime_dir.stat().st_mode) == 0o700
