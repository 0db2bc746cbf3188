"""The real app on a real Wayland compositor (headless sway, swaybar's tray): the tray item
registers, a pause starts from the command line, the reminder window maps when it is due, and
what Wayland does not allow (a window that keeps itself on top) costs nothing but that."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.desktop.apps import AppProcess, cli_json
from tests.desktop.conftest import unavailable
from tests.desktop.harness import DesktopUnavailable, wait_until
from tests.desktop.wayland import WaylandDesktop, missing_wayland_tools

REMINDER = "Time to return — Pausetimer"


@pytest.fixture(scope="module")
def wayland(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WaylandDesktop]:
    missing = missing_wayland_tools()
    if missing:
        unavailable("missing programs: " + ", ".join(missing))
    try:
        desktop = WaylandDesktop(tmp_path_factory.mktemp("wayland")).start()
    except (DesktopUnavailable, TimeoutError, OSError) as error:
        unavailable(str(error))
        raise  # unreachable: unavailable() always raises
    yield desktop
    desktop.close()


def _reminder(desktop: WaylandDesktop, app: AppProcess) -> dict[str, Any] | None:
    if not app.alive():
        raise AssertionError(f"the app exited:\n{app.log_text()}")
    views = [v for v in desktop.windows_of(app.pid) if v.get("name") == REMINDER]
    return views[0] if views and views[0].get("visible") else None


def test_tray_pause_and_reminder_on_sway(wayland: WaylandDesktop) -> None:
    data_dir = wayland.new_data_dir()
    (data_dir / "settings.json").write_text('{"welcome_done": true}\n')
    assert wayland.registered_sni_items() == []
    with AppProcess(wayland, data_dir) as app:
        items = wait_until(wayland.registered_sni_items, 60, "the app's tray item", interval=0.2)
        assert len(items) == 1
        assert wayland.windows_of(app.pid) == []  # only the tray, no window yet

        until = datetime.fromtimestamp(int(time.time()) + 4, UTC).isoformat()
        started = cli_json(wayland, data_dir, "start", "--until", until)
        assert started["state"] == "running"
        reminder = wait_until(lambda: _reminder(wayland, app), 30, "the reminder window")
        assert reminder["app_id"] == "io.github.pausetimer.Pausetimer"
        assert reminder["rect"]["width"] >= 300

        cli_json(wayland, data_dir, "end")
        wait_until(lambda: not _reminder(wayland, app), 15, "the reminder to go after `end`")
        assert app.alive()
        assert "Traceback" not in app.log_text()
