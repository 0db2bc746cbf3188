"""Real processes on a private ``Desktop``: the app, its command line, and any other tray app.

``AppProcess`` starts a program (by default ``python -m pausetimer``) with the desktop's environment
and a private data folder, waits until its tray icon is really there (the XEmbed window is mapped
inside the tray panel, or the StatusNotifierItem registered with the watcher), finds the icon's
geometry and clicks it with xdotool, which opens the app's real QMenu.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from tests.desktop.harness import XEMBED, Desktop, Geometry, Managed, wait_until

APP_ARGV = (sys.executable, "-m", "pausetimer")
REPO_ROOT = Path(__file__).resolve().parents[2]
MINIMAL_TRAY_ARGV = (sys.executable, str(REPO_ROOT / "benchmarks" / "minimal_tray.py"))

# A Qt tray icon is a small window; anything bigger that the app maps is a window or a menu.
_MAX_ICON_SIDE = 64
_NET_SOCKET_TABLES = ("tcp", "tcp6", "udp", "udp6", "raw", "raw6", "udplite", "udplite6")


class AppProcess:
    """One running program on ``desktop`` with its own data folder."""

    def __init__(
        self,
        desktop: Desktop,
        data_dir: Path,
        argv: Sequence[str] = APP_ARGV,
        env: Mapping[str, str] | None = None,
        name: str = "app",
    ) -> None:
        self.desktop = desktop
        self.data_dir = data_dir
        self.argv = list(argv)
        self.extra_env = dict(env or {})
        self.name = name
        self._process: Managed | None = None
        self._runs = 0

    # -- lifecycle ---------------------------------------------------------------------------

    def env(self) -> dict[str, str]:
        return self.desktop.env({"PAUSETIMER_DATA_DIR": str(self.data_dir), **self.extra_env})

    def start(self) -> AppProcess:
        if self._process is not None:
            self._process.stop()  # a previous run (perhaps killed): reap it, close its log
        self._runs += 1
        log = self.desktop.workdir / f"{self.name}-{self.data_dir.name}-{self._runs}.log"
        self._process = Managed(self.name, self.argv, self.env(), log)
        return self

    def __enter__(self) -> AppProcess:
        return self.start() if self._process is None else self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def process(self) -> Managed:
        if self._process is None:
            raise RuntimeError(f"{self.name} was not started")
        return self._process

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        return self._process is not None and self._process.alive()

    def kill(self) -> None:
        """SIGKILL, like a crash: no clean-up code in the app runs."""
        self.process.popen.send_signal(signal.SIGKILL)
        self.process.popen.wait(10)

    def stop(self) -> None:
        if self._process is not None:
            self._process.stop()

    def wait_exit(self, timeout: float = 20.0) -> int:
        return self.process.popen.wait(timeout)

    def log_text(self) -> str:
        return self.process.log.read_text(errors="replace")

    # -- the tray icon -------------------------------------------------------------------------

    def tray_icon(self) -> Geometry | None:
        """The icon's geometry on screen once the tray host shows it, else None."""
        if not self.alive():
            raise RuntimeError(
                f"{self.name} exited ({self.process.popen.poll()}):\n{self.log_text()}"
            )
        panel = self.desktop.tray_panel()
        if panel is None:
            return None
        if self.desktop.tray_host != XEMBED:
            return self._sni_icon(panel)
        for window in self.desktop.windows(pid=self.pid):
            geometry = self.desktop.geometry(window)
            if (
                geometry is not None
                and geometry.width <= _MAX_ICON_SIDE
                and geometry.height <= _MAX_ICON_SIDE
                and panel.contains(geometry)
            ):
                return geometry
        return None

    def _sni_icon(self, panel: Geometry) -> Geometry | None:
        # The SNI host draws the icon itself; with one registered item it sits at the panel's start.
        items = self.desktop.registered_sni_items()
        if not any(str(self.pid) in item for item in items) and len(items) != 1:
            return None
        side = min(panel.height, _MAX_ICON_SIDE)
        return Geometry(panel.x, panel.y, side, side)

    def wait_for_tray_icon(self, timeout: float = 20.0) -> Geometry:
        return wait_until(self.tray_icon, timeout, f"the tray icon of {self.name}", interval=0.1)

    def popup_menus(self) -> list[Geometry]:
        """Open popup menus of this process (QMenu windows are typed POPUP_MENU / DROPDOWN_MENU)."""
        menus = []
        for window in self.desktop.windows(pid=self.pid):
            types = self.desktop.window_types(window)
            geometry = self.desktop.geometry(window)
            if geometry is not None and ("POPUP_MENU" in types or "DROPDOWN_MENU" in types):
                menus.append(geometry)
        return menus

    def open_tray_menu(self, timeout: float = 10.0) -> Geometry:
        """Right-click the real tray icon and wait for the real menu to be mapped."""
        icon = self.wait_for_tray_icon(timeout)
        x, y = icon.center
        self.desktop.click(x, y, button=3)
        menus = wait_until(self.popup_menus, timeout, f"the tray menu of {self.name}")
        return menus[0]

    def top_level_windows(self) -> list[tuple[str, Geometry]]:
        """Visible windows of this process that are neither its tray icon nor a menu."""
        found = []
        icon = self.tray_icon()
        for window in self.desktop.windows(pid=self.pid):
            geometry = self.desktop.geometry(window)
            types = self.desktop.window_types(window)
            if geometry is None or geometry == icon or "MENU" in types:
                continue
            found.append((self.desktop.window_name(window), geometry))
        return found

    # -- talking to the running app -----------------------------------------------------------

    def request(self, request: Mapping[str, Any], timeout: float = 15.0) -> Any:
        """Send one request over the app's local socket, with the app's own client (so the socket
        path and protocol are the app's, not a copy); returns the response object."""
        script = (
            "import json, sys; from pausetimer.services.instance_client import send_request; "
            "print(json.dumps(send_request(json.loads(sys.argv[1]))))"
        )
        result = subprocess.run(
            [sys.executable, "-c", script, json.dumps(dict(request))],
            env=self.env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
        return json.loads(result.stdout)

    def inspect(self) -> dict[str, Any]:
        """What the app shows: visible windows and open menus (see services.introspection)."""
        response = self.request({"cmd": "inspect"})
        if not response or response.get("exit_code") != 0:
            raise AssertionError(f"inspect failed: {response}")
        result: dict[str, Any] = response["result"]
        return result

    def menu_action(self, text: str) -> dict[str, Any] | None:
        """The visible action with this text in any open menu of the app."""
        for menu in self.inspect()["menus"]:
            for action in menu["actions"]:
                if action["text"] == text:
                    found: dict[str, Any] = action
                    return found
        return None

    def click_menu_path(self, *texts: str, timeout: float = 10.0) -> None:
        """Open the tray menu with a real right-click, then click each item in turn (a submenu
        opens under the pointer), e.g. ``click_menu_path("Take a pause", "1 hour")``."""
        self.open_tray_menu(timeout)
        for text in texts:
            action = wait_until(lambda t=text: self.menu_action(t), timeout, f"menu item {text!r}")
            x, y, width, height = action["geometry"]
            self.desktop.click(x + width // 2, y + height // 2, button=1)

    # -- what the process has open -------------------------------------------------------------

    def network_sockets(self) -> list[str]:
        """Sockets of the process that are IP sockets (anything but Unix sockets), by table."""
        inodes = set()
        fd_dir = Path(f"/proc/{self.pid}/fd")
        for fd in fd_dir.iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue  # closed meanwhile
            if target.startswith("socket:["):
                inodes.add(target[len("socket:[") : -1])
        found = []
        for table in _NET_SOCKET_TABLES:
            path = Path(f"/proc/{self.pid}/net/{table}")
            if not path.exists():
                continue
            for line in path.read_text().splitlines()[1:]:
                fields = line.split()
                if len(fields) > 9 and fields[9] in inodes:
                    found.append(f"{table}: {line.strip()}")
        return found

    def socket_count(self) -> int:
        fd_dir = Path(f"/proc/{self.pid}/fd")
        return sum(1 for fd in fd_dir.iterdir() if _readlink(fd).startswith("socket:["))


def _readlink(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return ""


def run_cli(
    desktop: Desktop,
    data_dir: Path,
    *args: str,
    timeout: float = 30.0,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``pausetimer ARGS`` as a process on the desktop and return its result."""
    return subprocess.run(
        [*APP_ARGV, *args],
        env=desktop.env({"PAUSETIMER_DATA_DIR": str(data_dir), **(env or {})}),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def cli_json(desktop: Desktop, data_dir: Path, *args: str) -> Any:
    """Run a ``--json`` command that must succeed and return its parsed output."""
    result = run_cli(desktop, data_dir, *args, "--json")
    if result.returncode != 0:
        raise AssertionError(
            f"pausetimer {' '.join(args)} exited {result.returncode}: {result.stderr}"
        )
    return json.loads(result.stdout)


def process_ids(command_fragment: str, env_marker: tuple[str, str]) -> list[int]:
    """PIDs of live processes whose command line contains ``command_fragment`` and whose
    environment has ``KEY=VALUE`` (so only processes of this test are counted)."""
    key, value = env_marker
    wanted = f"{key}={value}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            environ = (entry / "environ").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if command_fragment in cmdline and wanted in environ and state != "Z":
            found.append(int(entry.name))
    return found
