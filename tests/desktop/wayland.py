"""A private Wayland desktop: headless sway with swaybar (whose tray is a StatusNotifierItem host),
on a private D-Bus session bus. ``WaylandDesktop`` is a ``Desktop`` without X: the same ``env()``,
data folders and bus queries, so ``AppProcess``, ``run_cli`` and ``cli_json`` work on it too;
``tree()`` is what sway says about its windows (``swaymsg -t get_tree``).

sway refuses to run as root (it checks that root cannot be regained). Where the tests run as root,
sway runs in a user namespace that maps the caller to an ordinary user: the same files and the
same bus, but no root to regain.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from tests.desktop.harness import SNI_WATCHER, Desktop, DesktopUnavailable, _tail, wait_until

TOOLS = ("sway", "swaybar", "swaymsg", "dbus-daemon", "dbus-send")
_CONFIG = """xwayland disable
output HEADLESS-1 resolution 1280x800
bar {
    position top
    tray_output *
    status_command true
}
"""


def missing_wayland_tools() -> list[str]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if os.geteuid() == 0 and shutil.which("unshare") is None:
        missing.append("unshare")
    return missing


class WaylandDesktop(Desktop):
    def __init__(self, workdir: Path) -> None:
        # No activation: nothing on the bus starts a notification daemon meant for X.
        super().__init__(workdir, notifications=False, with_tray=False, service_activation=False)
        self.wayland_display = ""
        self.sway_socket = ""

    def start(self) -> WaylandDesktop:
        missing = missing_wayland_tools()
        if missing:
            raise DesktopUnavailable("missing programs: " + ", ".join(missing))
        self.workdir.mkdir(parents=True, exist_ok=True)
        for folder in (self.runtime_dir, self.home):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            self._start_bus()
            self._start_sway()
        except BaseException:
            self.close()
            raise
        return self

    def _start_sway(self) -> None:
        config = self.workdir / "sway.conf"
        config.write_text(_CONFIG)
        argv = ["sway", "--config", str(config)]
        if os.geteuid() == 0:
            argv = ["unshare", "--user", "--map-user=1000", "--map-group=1000", *argv]
        sway = self._spawn("sway", argv)

        def sockets() -> list[Path] | None:
            if not sway.alive():
                raise DesktopUnavailable(f"sway exited: {_tail(sway.log)}")
            found = sorted(self.runtime_dir.glob("sway-ipc.*.sock"))
            found += sorted(self.runtime_dir.glob("wayland-[0-9]"))
            return found if len(found) == 2 else None

        ipc, display = wait_until(sockets, 20, "sway's sockets")
        self.sway_socket, self.wayland_display = str(ipc), display.name
        # swaybar hosts the tray: it registers the StatusNotifierWatcher on the session bus.
        wait_until(lambda: self.bus_name_has_owner(SNI_WATCHER), 20, "swaybar's tray watcher")

    def env(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        env = super().env()
        del env["DISPLAY"]  # no X: Qt must speak Wayland, not fall back to an X server
        if self.wayland_display:  # once sway runs (sway itself must not be given empty ones)
            env.update(WAYLAND_DISPLAY=self.wayland_display, SWAYSOCK=self.sway_socket)
        env.update(
            QT_QPA_PLATFORM="wayland",
            WLR_BACKENDS="headless",
            WLR_LIBINPUT_NO_DEVICES="1",
            WLR_RENDERER="pixman",  # no GPU needed
        )
        if extra:
            env.update(extra)
        return env

    def tree(self) -> dict[str, Any]:
        tree: dict[str, Any] = json.loads(self.run_tool("swaymsg", "--raw", "-t", "get_tree"))
        return tree

    def windows_of(self, pid: int) -> list[dict[str, Any]]:
        """The views sway manages for process ``pid`` (its xdg-shell toplevels)."""
        return [node for node in _nodes(self.tree()) if node.get("pid") == pid]


def _nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in [*node.get("nodes", []), *node.get("floating_nodes", [])]:
        yield from _nodes(child)
