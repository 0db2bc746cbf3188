"""The harness itself, proven with the minimal PySide6 tray app from benchmarks/."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tests.desktop.apps import MINIMAL_TRAY_ARGV, AppProcess
from tests.desktop.conftest import start_desktop
from tests.desktop.harness import NOTIFICATIONS, XEMBED, Desktop, wait_until


def test_real_click_on_the_tray_icon_opens_the_real_menu(desktop: Desktop, data_dir: Path) -> None:
    with AppProcess(desktop, data_dir, MINIMAL_TRAY_ARGV, name="minimal") as app:
        icon = app.wait_for_tray_icon()
        panel = desktop.tray_panel()
        assert panel is not None and panel.contains(icon)

        menu = app.open_tray_menu()

        # The menu is the app's own window, placed by Qt next to the icon it was opened from.
        assert menu.width > icon.width
        assert abs(menu.y - icon.y) < 100
        desktop.key("Escape")
        wait_until(lambda: not app.popup_menus(), 5, "the menu to close")


def test_notify_calls_reach_dunst_and_are_recorded(desktop: Desktop) -> None:
    assert desktop.bus_name_has_owner(NOTIFICATIONS)
    summary = f"harness check {os.getpid()}"
    desktop.run_tool("notify-send", "--app-name=harness", summary, "the body", check=True)

    seen = wait_until(
        lambda: [n for n in desktop.notifications() if n.summary == summary], 10, "the Notify call"
    )
    assert (seen[0].app_name, seen[0].body) == ("harness", "the body")


def test_statusnotifier_host_sees_the_icon(sni_desktop: Desktop) -> None:
    with AppProcess(
        sni_desktop, sni_desktop.new_data_dir(), MINIMAL_TRAY_ARGV, name="minimal"
    ) as app:
        wait_until(sni_desktop.registered_sni_items, 20, "an SNI item to register")
        assert app.wait_for_tray_icon() is not None


def test_network_socket_check_tells_ip_sockets_from_unix_sockets(
    desktop: Desktop, data_dir: Path
) -> None:
    # A process that binds a loopback UDP socket (no traffic) and a Unix socket pair, then waits
    # for a signal: the check must report the first and ignore the second.
    script = (
        "import signal, socket; u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); "
        "u.bind(('127.0.0.1', 0)); pair = socket.socketpair(); print('ready', flush=True); "
        "signal.pause()"
    )
    with AppProcess(desktop, data_dir, [sys.executable, "-c", script], name="sockets") as proc:
        wait_until(lambda: "ready" in proc.log_text(), 10, "the socket process")
        found = proc.network_sockets()
        assert [entry.split(":")[0] for entry in found] == ["udp"]
        assert proc.socket_count() == 3


def test_closing_a_desktop_leaves_no_process_behind(tmp_path: Path) -> None:
    # Through the fixtures' starter, so a machine without the tools skips with the reason.
    started = start_desktop(tmp_path / "desk", XEMBED)
    pids = [process.pid for process in started._processes.values()]
    assert len(pids) == 5  # xvfb, dbus, tray, dbus-monitor, dunst

    started.close()

    survivors = [pid for pid in pids if _alive(pid)]
    assert survivors == []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
