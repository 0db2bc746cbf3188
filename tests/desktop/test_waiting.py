"""The waiting side on a real (virtual) desktop: three real clicks in the tray start a wait, the
guidance opens on the page for the one who waits, and "My partner is back" ends it."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tests.desktop.apps import AppProcess, cli_json
from tests.desktop.harness import Desktop, wait_until


def _status(desktop: Desktop, data_dir: Path) -> dict[str, Any]:
    status: dict[str, Any] = cli_json(desktop, data_dir, "status")
    return status


def _window(app: AppProcess, class_name: str) -> dict[str, Any] | None:
    windows: list[dict[str, Any]] = app.inspect()["windows"]
    return next((window for window in windows if window["class"] == class_name), None)


def test_three_clicks_start_a_wait_and_the_guidance_opens_for_it(
    desktop: Desktop, data_dir: Path
) -> None:
    with AppProcess(desktop, data_dir) as app:
        app.wait_for_tray_icon()
        clicked_at = datetime.now().astimezone()

        # Right-click the icon, the submenu, the return time: three clicks.
        app.click_menu_path("My partner is taking a pause", "1 hour")

        status = wait_until(
            lambda: (s := _status(desktop, data_dir))["state"] == "running" and s,
            15,
            "the wait to be running",
            interval=0.2,
        )
        assert status["side"] == "waiting"
        return_at = datetime.fromisoformat(status["return_at"])
        assert abs(return_at - (clicked_at + timedelta(hours=1))) < timedelta(minutes=1)
        guidance = wait_until(lambda: _window(app, "GuidanceWindow"), 15, "the guidance window")
        assert guidance["title"]
        desktop.key("Escape")

        app.click_menu_path("My partner is back")
        wait_until(
            lambda: _status(desktop, data_dir)["state"] == "idle", 15, "the wait to end", 0.2
        )
        # A wait that ends gets no return page: that page is for the one who paused.
        assert _window(app, "ReminderWindow") is None


def test_im_back_from_the_tray_shows_the_return_page(desktop: Desktop, data_dir: Path) -> None:
    with AppProcess(desktop, data_dir) as app:
        app.wait_for_tray_icon()
        cli_json(desktop, data_dir, "start", "--for", "45m")
        app.click_menu_path("I'm back")
        page = wait_until(lambda: _window(app, "ReminderWindow"), 15, "the return page")
        assert page["title"]
        assert _status(desktop, data_dir)["state"] == "idle"
