"""At login the app may start before the panel: a StatusNotifierItem host that comes later still
gets the icon, in the same process and with nothing the user has open taken away."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.desktop.apps import AppProcess, cli_json, process_ids
from tests.desktop.conftest import start_desktop
from tests.desktop.harness import SNI, Desktop, wait_until


@pytest.fixture
def desktop_without_tray(tmp_path: Path) -> Iterator[Desktop]:
    """A desktop whose SNI tray host is started by the test, after the app (as at login)."""
    desktop = start_desktop(tmp_path / "late-sni", SNI, with_tray=False)
    yield desktop
    desktop.close()


def _window_classes(app: AppProcess) -> list[str]:
    """The classes of the app's visible windows; none while it does not answer yet."""
    response = app.request({"cmd": "inspect"})
    if not response or response.get("exit_code") != 0:
        return []
    return sorted(window["class"] for window in response["result"]["windows"])


def test_a_status_notifier_host_that_comes_later_gets_the_icon(
    desktop_without_tray: Desktop,
) -> None:
    desktop = desktop_without_tray
    data_dir = desktop.new_data_dir()
    with AppProcess(desktop, data_dir) as app:
        # No tray: the main window keeps the app usable; a first start also welcomes the user.
        shown = ["MainWindow", "WelcomeDialog"]
        wait_until(lambda: _window_classes(app) == shown, 20, "the windows", interval=0.2)
        pause = cli_json(desktop, data_dir, "start", "--for", "45m")
        assert desktop.registered_sni_items() == []

        desktop.start_tray_host()

        wait_until(desktop.registered_sni_items, 20, "the app's StatusNotifierItem", interval=0.2)
        assert len(desktop.registered_sni_items()) == 1  # one icon, not one per attempt
        assert app.alive()  # the same process
        # Nothing the user had open went away (the welcome may be half read).
        assert _window_classes(app) == shown
        after: dict[str, Any] = cli_json(desktop, data_dir, "status")
        assert (after["state"], after["started_at"], after["return_at"]) == (
            "running",
            pause["started_at"],
            pause["return_at"],
        )
        # Still the one instance: a second start hands over to it and leaves.
        with AppProcess(desktop, data_dir, name="second") as second:
            assert second.wait_exit(30) == 0
        assert process_ids("-m pausetimer", ("PAUSETIMER_DATA_DIR", str(data_dir))) == [app.pid]
