"""A tray host that dies (a crashed or restarted panel) must not make the app invisible: the main
window comes up, and the icon goes back into the tray when a host is there again."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.desktop.apps import APP_ARGV, REPO_ROOT, AppProcess, cli_json
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


# Shows a tray icon, waits for Qt to embed it, and reports what the loss watcher finds then.
_FIND_THE_EMBEDDED_ICON = """
import json, sys
import PySide6.QtWidgets as qtwidgets
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pausetimer.services.tray_watch import xembed_icon_windows
app = QApplication(sys.argv[:1])
picture = QPixmap(22, 22)
picture.fill(QColor("#4a7c59"))
icon = QSystemTrayIcon(QIcon(picture))
icon.show()
def look(tries=[0]):
    tries[0] += 1
    found = xembed_icon_windows()
    if found or tries[0] > 100:
        made = "QWizard" in vars(qtwidgets)
        print(json.dumps({"found": len(found), "widget_classes_made": made}))
        app.quit()
    else:
        QTimer.singleShot(100, look)
QTimer.singleShot(0, look)
app.exec()
"""


def test_the_icon_embedded_in_an_xembed_tray_is_found_for_the_watch(desktop: Desktop) -> None:
    """The loss watcher follows the window Qt embeds into the tray. It finds it among the
    windows, not the widgets: PySide has no class for Qt's private icon widget, and looking for
    the closest one made every widget class of QtWidgets at each start (about a megabyte)."""
    result = subprocess.run(
        [APP_ARGV[0], "-c", _FIND_THE_EMBEDDED_ICON],
        env=desktop.env(),
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"found": 1, "widget_classes_made": False}
