"""Process-level faults with the real app on a real (virtual) desktop: a start-up failure is a
window the user sees (not only words on stderr), a removed socket file is renewed when a command
asks, and the socket file goes when the app quits."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.desktop.apps import AppProcess, cli_json, run_cli
from tests.desktop.harness import Desktop, wait_until

_SOCKET_PATH = (
    "from pausetimer import paths; print(paths.instance_socket_path())"  # the app's own answer
)


def _socket_path(desktop: Desktop, data_dir: Path) -> Path:
    out = subprocess.run(
        [sys.executable, "-c", _SOCKET_PATH],
        env=desktop.env({"PAUSETIMER_DATA_DIR": str(data_dir)}),
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout
    return Path(out.strip())


def test_a_data_folder_that_cannot_be_created_is_shown_in_a_window(
    desktop: Desktop, tmp_path: Path
) -> None:
    (tmp_path / "in-the-way").write_text("a file where the data folder should be")
    app = AppProcess(desktop, tmp_path / "in-the-way" / "data").start()
    try:
        wait_until(
            lambda: any("Pausetimer cannot start" in name for name, _ in app.top_level_windows()),
            20,
            "the window that says why Pausetimer cannot start",
        )
        desktop.key("Return")  # the user reads it and closes it
        assert app.wait_exit(20) == 1
        assert "cannot create its data folder" in app.log_text()
    finally:
        app.stop()


def test_a_removed_socket_is_renewed_and_removed_on_quit(desktop: Desktop, data_dir: Path) -> None:
    app = AppProcess(desktop, data_dir).start()
    try:
        app.wait_for_tray_icon()
        socket_path = _socket_path(desktop, data_dir)
        assert socket_path.exists()
        socket_path.unlink()  # a cleaner of temporary files

        status = cli_json(desktop, data_dir, "start", "--for", "40m")

        assert status["state"] == "running"
        assert socket_path.exists()
        assert app.inspect()  # the app itself answers again
        cli_json(desktop, data_dir, "end")  # else Quit first asks (tests/desktop/test_crash.py)
        app.click_menu_path("Quit")
        assert app.wait_exit(20) == 0
        assert not socket_path.exists()
        assert run_cli(desktop, data_dir, "status").returncode == 0  # no app: the CLI alone
    finally:
        app.stop()
