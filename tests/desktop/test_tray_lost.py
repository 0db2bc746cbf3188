"""A tray host that dies (a crashed or restarted panel) must not make the app invisible: the main
window comes up, and the icon goes back into the tray when a host is there again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.desktop.apps import AppProcess, cli_json
from tests.desktop.conftest import start_desktop
from tests.desktop.harness import XEMBED, Desktop, wait_until


@pytest.fixture
def own_desktop(tmp_path: Path) -> Iterator[Desktop]:
    """A private desktop: this test kills its tray host, which the shared one must keep."""
    desktop = start_desktop(tmp_path / "tray-dies", XEMBED)
    yield desktop
    desktop.close()


def _visible_classes(app: AppProcess) -> list[str]:
    response = app.request({"cmd": "inspect"})
    if not response or response.get("exit_code") != 0:
        return []
    return sorted(window["class"] for window in response["result"]["windows"])


def test_when_the_tray_host_dies_the_main_window_shows_and_the_icon_returns(
    own_desktop: Desktop,
) -> None:
    desktop = own_desktop
    data_dir = desktop.new_data_dir()
    with AppProcess(desktop, data_dir) as app:
        app.wait_for_tray_icon()
        wait_until(lambda: _visible_classes(app), 20, "the app answering", interval=0.2)
        assert "MainWindow" not in _visible_classes(app)  # with a tray, the icon is the way in
        pause = cli_json(desktop, data_dir, "start", "--for", "45m")

        desktop.stop_tray_host()

        wait_until(
            lambda: "MainWindow" in _visible_classes(app), 10, "the main window", interval=0.2
        )
        assert app.alive()

        desktop.start_tray_host()

        app.wait_for_tray_icon()  # back in the new tray, in the same process
        assert app.alive()
        status = cli_json(desktop, data_dir, "status")
        assert (status["state"], status["return_at"]) == ("running", pause["return_at"])
