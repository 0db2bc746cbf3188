"""A private desktop for tests, benchmarks and screenshots.

``Desktop`` starts, all private to one run: an Xvfb server (free display chosen by Xvfb itself
via ``-displayfd``), a D-Bus session bus, a tray host (``trayer`` = XEmbed, the default, because its
icon is a real X window that xdotool can click and that opens the app's real QMenu; or
``gtk-sni-tray-standalone --watcher`` = StatusNotifierItem), ``dunst`` as notification daemon and
``dbus-monitor`` recording every Notify call to a file. Each helper runs in its own process group
and is killed with it on ``close()``, so nothing outlives the run.

``AppProcess`` (in ``apps.py``) runs the real app and its command line against such a desktop.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import select
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

XEMBED = "xembed"
SNI = "sni"
TRAY_HOSTS = (XEMBED, SNI)

_BASE_TOOLS = ("Xvfb", "dbus-daemon", "dbus-send", "dbus-monitor", "xdotool", "xprop", "import")
_TRAY_TOOLS = {XEMBED: ("trayer",), SNI: ("gtk-sni-tray-standalone",)}
_NOTIFY_TOOLS = ("dunst",)

SCREEN = "1280x800x24"
NOTIFICATIONS = "org.freedesktop.Notifications"
SNI_WATCHER = "org.kde.StatusNotifierWatcher"
_BUS_CONFIG_WITHOUT_ACTIVATION = """<!DOCTYPE busconfig PUBLIC
 "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class DesktopUnavailable(RuntimeError):
    """The machine cannot host a private desktop (a tool is missing or would not start)."""


def wait_until(
    predicate: Callable[[], T | None],
    timeout: float,
    what: str,
    interval: float = 0.05,
) -> T:
    """Poll ``predicate`` until it returns something truthy; return that, or raise TimeoutError."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise TimeoutError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(interval)


def missing_tools(tray_host: str = XEMBED, notifications: bool = True) -> list[str]:
    needed: list[str] = [*_BASE_TOOLS, *_TRAY_TOOLS[tray_host]]
    if notifications:
        needed += _NOTIFY_TOOLS
    return [tool for tool in needed if shutil.which(tool) is None]


class Managed:
    """A helper process in its own process group, so that stopping it also stops its children."""

    def __init__(
        self,
        name: str,
        argv: list[str],
        env: Mapping[str, str],
        log: Path,
        stdout: int | None = None,
        pass_fds: Iterable[int] = (),
    ) -> None:
        self.name = name
        self.log = log
        self._log_file = log.open("wb")
        self.popen = subprocess.Popen(
            argv,
            env=dict(env),
            stdin=subprocess.DEVNULL,
            stdout=stdout if stdout is not None else self._log_file,
            stderr=self._log_file,
            start_new_session=True,
            pass_fds=tuple(pass_fds),
        )

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def signal_group(self, signum: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.popen.pid, signum)

    def stop(self, grace: float = 3.0) -> None:
        """SIGTERM the group, SIGKILL it after ``grace`` seconds, and reap the leader."""
        if self.alive():
            self.signal_group(signal.SIGCONT)  # a SIGSTOPped daemon cannot handle SIGTERM
            self.signal_group(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.popen.wait(grace)
        # Also sweep the group when the leader is gone but a child it forked lives on.
        self.signal_group(signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.popen.wait(grace)
        self._log_file.close()


@dataclass(frozen=True)
class Geometry:
    x: int
    y: int
    width: int
    height: int

    @property
    def center(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2

    def contains(self, other: Geometry) -> bool:
        return (
            self.x <= other.x
            and self.y <= other.y
            and other.x + other.width <= self.x + self.width
            and other.y + other.height <= self.y + self.height
        )


@dataclass(frozen=True)
class Notification:
    """One Notify call seen on the bus."""

    app_name: str
    summary: str
    body: str


class Desktop:
    """Xvfb + D-Bus session + tray host + dunst + a Notify recorder, private to one run.

    Use as a context manager or call ``start()``/``close()``. ``env()`` gives the environment for
    app processes; ``new_data_dir()`` a fresh private data folder.
    """

    def __init__(
        self,
        workdir: Path,
        tray_host: str = XEMBED,
        notifications: bool = True,
        screen: str = SCREEN,
        service_activation: bool = True,
        with_tray: bool = True,
    ) -> None:
        if tray_host not in TRAY_HOSTS:
            raise ValueError(f"tray_host must be one of {TRAY_HOSTS}, not {tray_host!r}")
        self.workdir = workdir
        self.tray_host = tray_host
        self.with_notifications = notifications
        self.screen = screen
        # With activation the bus starts any installed service on first use: a test that stops
        # dunst would see the bus start a fresh one for the next Notify call.
        self.service_activation = service_activation
        # Without: a desktop whose tray host comes later (``start_tray_host``), as at login.
        self.with_tray = with_tray
        self.display = ""
        self.bus_address = ""
        self.runtime_dir = workdir / "runtime"
        self.home = workdir / "home"
        self.notify_log = workdir / "notify-calls.log"
        self._processes: dict[str, Managed] = {}
        self._data_dirs = 0

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> Desktop:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> Desktop:
        missing = missing_tools(self.tray_host, self.with_notifications)
        if missing:
            raise DesktopUnavailable("missing programs: " + ", ".join(missing))
        self.workdir.mkdir(parents=True, exist_ok=True)
        for folder in (self.runtime_dir, self.home):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            self._start_x()
            self._start_bus()
            if self.with_tray:
                self.start_tray_host()
            if self.with_notifications:
                self._start_notify_recorder()
                self.start_notification_daemon()
        except BaseException:
            self.close()
            raise
        return self

    def close(self) -> None:
        for name in reversed(list(self._processes)):
            self._processes.pop(name).stop()

    def _spawn(
        self, name: str, argv: list[str], stdout: int | None = None, pass_fds: Iterable[int] = ()
    ) -> Managed:
        process = Managed(
            name, argv, self.env(), self.workdir / f"{name}.log", stdout=stdout, pass_fds=pass_fds
        )
        self._processes[name] = process
        return process

    def _start_x(self) -> None:
        read_end, write_end = os.pipe()
        try:
            argv = ["Xvfb", "-displayfd", str(write_end), "-screen", "0", self.screen]
            argv += ["-nolisten", "tcp", "-noreset"]
            server = self._spawn("xvfb", argv, pass_fds=[write_end])
            os.close(write_end)
            write_end = -1
            number = _read_line(read_end, timeout=20.0)
        finally:
            os.close(read_end)
            if write_end >= 0:
                os.close(write_end)
        if not number.strip().isdigit():
            raise DesktopUnavailable(
                f"Xvfb did not start (exit {server.popen.poll()}): {_tail(server.log)}"
            )
        self.display = f":{number.strip()}"

    def _start_bus(self) -> None:
        read_end, write_end = os.pipe()
        try:
            config = ["--session"] if self.service_activation else [self._bus_config()]
            argv = ["dbus-daemon", *config, "--nofork", f"--print-address={write_end}"]
            bus = self._spawn("dbus", argv, pass_fds=[write_end])
            os.close(write_end)
            write_end = -1
            address = _read_line(read_end, timeout=10.0).strip()
        finally:
            os.close(read_end)
            if write_end >= 0:
                os.close(write_end)
        if not address:
            raise DesktopUnavailable(f"dbus-daemon did not start: {_tail(bus.log)}")
        self.bus_address = address

    def _bus_config(self) -> str:
        """A session bus like the standard one, but without service folders: nothing starts on
        demand, so a stopped notification daemon stays stopped."""
        path = self.workdir / "session-bus.conf"
        path.write_text(_BUS_CONFIG_WITHOUT_ACTIVATION)
        return f"--config-file={path}"

    def start_tray_host(self) -> None:
        if self.tray_host == XEMBED:
            argv = ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request"]
            argv += ["--height", "32", "--SetDockType", "true", "--expand", "true"]
            argv += ["--transparent", "false", "--tint", "0xf0f0f0"]
            self._spawn("tray", argv)
            wait_until(self.tray_panel, 15, "the trayer panel window")
        else:
            self._spawn("tray", ["gtk-sni-tray-standalone", "--watcher"])
            wait_until(lambda: self.bus_name_has_owner(SNI_WATCHER), 15, "the SNI watcher")

    def start_window_manager(self) -> None:
        """openbox: stacking (always-on-top, which window lies in front) and focus as a user's
        desktop has them; bare Xvfb has neither."""
        self._spawn("wm", ["openbox", "--sm-disable"])
        wait_until(
            lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in self.run_tool("xprop", "-root"),
            15,
            "openbox to manage the screen",
        )

    def stacking(self) -> list[int]:
        """The managed windows from bottom to top, as the window manager stacks them."""
        out = self.run_tool("xprop", "-root", "_NET_CLIENT_LIST_STACKING")
        return [int(word.strip(","), 16) for word in out.split() if word.startswith("0x")]

    def focused_window(self) -> int:
        return int(self.run_tool("xdotool", "getwindowfocus").strip() or 0)

    def stop_tray_host(self) -> None:
        process = self._processes.pop("tray", None)
        if process is not None:
            process.stop()

    def start_notification_daemon(self) -> None:
        self._spawn("dunst", ["dunst"])
        wait_until(lambda: self.bus_name_has_owner(NOTIFICATIONS), 15, "dunst on the bus")

    def stop_notification_daemon(self) -> None:
        process = self._processes.pop("dunst", None)
        if process is not None:
            process.stop()
            wait_until(lambda: not self.bus_name_has_owner(NOTIFICATIONS), 10, "dunst to leave")

    def freeze_notification_daemon(self, frozen: bool = True) -> None:
        """SIGSTOP (or SIGCONT) dunst: a hung daemon that still owns its bus name."""
        self._processes["dunst"].signal_group(signal.SIGSTOP if frozen else signal.SIGCONT)

    def _start_notify_recorder(self) -> None:
        rules = [
            f"type='method_call',interface='{NOTIFICATIONS}',member='{member}'"
            for member in ("Notify", "CloseNotification")
        ]
        out = self.notify_log.open("wb")
        try:
            self._spawn("dbus-monitor", ["dbus-monitor", "--session", *rules], stdout=out.fileno())
        finally:
            out.close()
        # dbus-monitor announces itself (NameAcquired) once it listens.
        wait_until(lambda: self.notify_log.stat().st_size > 0, 10, "dbus-monitor to listen")

    # -- environment ---------------------------------------------------------------------------

    def env(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        """The environment for processes on this desktop: nothing leaks in from the caller's
        desktop or config, nothing leaks out into the user's home."""
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_", "XDG_", "DBUS_", "PAUSETIMER_", "WAYLAND_"))
            and key not in ("DISPLAY", "XAUTHORITY", "SESSION_MANAGER", "DESKTOP_SESSION")
        }
        env.update(
            DISPLAY=self.display,
            DBUS_SESSION_BUS_ADDRESS=self.bus_address,
            XDG_RUNTIME_DIR=str(self.runtime_dir),
            XDG_CONFIG_HOME=str(self.home / "config"),
            XDG_DATA_HOME=str(self.home / "data"),
            XDG_CACHE_HOME=str(self.home / "cache"),
            NO_AT_BRIDGE="1",
            QT_QPA_PLATFORM="xcb",
            QT_ACCESSIBILITY="0",
            PYTHONDONTWRITEBYTECODE="1",
        )
        env.setdefault("LANG", "C.UTF-8")
        if extra:
            env.update(extra)
        return env

    def new_data_dir(self) -> Path:
        """A fresh, private data folder (one per app under test keeps tests independent)."""
        self._data_dirs += 1
        folder = self.workdir / f"data-{self._data_dirs}"
        folder.mkdir(mode=0o700)
        return folder

    # -- X and bus queries ---------------------------------------------------------------------

    def run_tool(self, *argv: str, timeout: float = 10.0, check: bool = False) -> str:
        result = subprocess.run(
            list(argv),
            env=self.env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=check,
        )
        return result.stdout

    def bus_name_has_owner(self, name: str) -> bool:
        reply = self.run_tool(
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            f"string:{name}",
        )
        return "boolean true" in reply

    def registered_sni_items(self) -> list[str]:
        reply = self.run_tool(
            "dbus-send",
            "--session",
            "--print-reply",
            f"--dest={SNI_WATCHER}",
            "/StatusNotifierWatcher",
            "org.freedesktop.DBus.Properties.Get",
            f"string:{SNI_WATCHER}",
            "string:RegisteredStatusNotifierItems",
        )
        return re.findall(r'string "([^"]+)"', reply)

    def windows(self, *, pid: int | None = None, name: str | None = None) -> list[int]:
        """Visible (mapped and viewable) X windows of a process or with a name (regex)."""
        argv = ["xdotool", "search", "--onlyvisible"]
        argv += ["--pid", str(pid)] if pid is not None else ["--name", name or "."]
        return [int(line) for line in self.run_tool(*argv).split()]

    def geometry(self, window: int) -> Geometry | None:
        out = self.run_tool("xdotool", "getwindowgeometry", "--shell", str(window))
        values = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
        try:
            return Geometry(
                int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])
            )
        except (KeyError, ValueError):
            return None  # the window went away between search and query

    def window_types(self, window: int) -> str:
        return self.run_tool("xprop", "-id", str(window), "_NET_WM_WINDOW_TYPE")

    def window_name(self, window: int) -> str:
        return self.run_tool("xdotool", "getwindowname", str(window)).strip()

    def tray_panel(self) -> Geometry | None:
        """Where the tray host draws its icons (trayer's panel, or the SNI host's window)."""
        process = self._processes.get("tray")
        if process is None:
            return None
        candidates = (
            self.windows(name="^panel$") if self.tray_host == XEMBED else []
        ) or self.windows(pid=process.pid)
        for window in candidates:
            geometry = self.geometry(window)
            if geometry is not None and geometry.width > 1:
                return geometry
        return None

    def click(self, x: int, y: int, button: int = 1) -> None:
        # ``--sync`` waits for the pointer to move (forever if it is already there): step aside.
        aside = "0" if x > 0 else "1"
        self.run_tool(
            "xdotool", "mousemove", aside, aside, "mousemove", "--sync", str(x), str(y),
            "click", str(button),
        )  # fmt: skip

    def key(self, *keys: str) -> None:
        self.run_tool("xdotool", "key", "--clearmodifiers", *keys)

    def screen_saver(self, on: bool) -> None:
        """Turn the X screen saver on (as a locker does) or off (as unlocking does)."""
        xlib = ctypes.CDLL("libX11.so.6")
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        connection = ctypes.c_void_p(xlib.XOpenDisplay(self.display.encode()))
        assert connection, f"cannot open {self.display}"
        try:
            xlib.XForceScreenSaver(connection, 1 if on else 0)  # ScreenSaverActive / Reset
            xlib.XFlush(connection)
        finally:
            xlib.XCloseDisplay(connection)

    def screenshot(self, path: Path, window: int | None = None) -> Path:
        target = "root" if window is None else str(window)
        self.run_tool("import", "-window", target, str(path), timeout=30, check=True)
        return path

    # -- notifications -------------------------------------------------------------------------

    def notifications(self) -> list[Notification]:
        """Every Notify call recorded so far, oldest first."""
        text = self.notify_log.read_text(errors="replace") if self.notify_log.exists() else ""
        found = []
        for block in re.split(r"\n(?=method call )", text):
            if not block.startswith("method call ") or "member=Notify" not in block:
                continue
            strings = re.findall(r'^\s+string "((?:[^"\\]|\\.)*)"', block, flags=re.MULTILINE)
            if len(strings) >= 4:
                found.append(Notification(strings[0], strings[2], strings[3]))
        return found

    def timed_notifications(self) -> list[tuple[float, Notification]]:
        """Every Notify call recorded so far with the bus's time stamp of the call (Unix
        seconds), oldest first: when the app really asked, whatever the daemon did with it."""
        text = self.notify_log.read_text(errors="replace") if self.notify_log.exists() else ""
        found = []
        for block in re.split(r"\n(?=method call )", text):
            stamp = re.match(r"method call time=(\d+(?:\.\d+)?) ", block)
            if stamp is None or "member=Notify" not in block:
                continue
            strings = re.findall(r'^\s+string "((?:[^"\\]|\\.)*)"', block, flags=re.MULTILINE)
            if len(strings) >= 4:
                found.append((float(stamp[1]), Notification(strings[0], strings[2], strings[3])))
        return found

    def notification_calls(self) -> list[tuple[str, int]]:
        """Every Notify and CloseNotification call so far, oldest first, as (member, the id
        argument): replaces_id for Notify, the id to close for CloseNotification."""
        text = self.notify_log.read_text(errors="replace") if self.notify_log.exists() else ""
        found = []
        for block in re.split(r"\n(?=method call )", text):
            member = re.search(r"member=(Notify|CloseNotification)\b", block)
            number = re.search(r"^\s+uint32 (\d+)", block, flags=re.MULTILINE)
            if block.startswith("method call ") and member and number:
                found.append((member[1], int(number[1])))
        return found


def _read_line(fd: int, timeout: float) -> str:
    """Read up to a newline from a pipe, giving up after ``timeout`` seconds or at EOF."""
    deadline = time.monotonic() + timeout
    data = b""
    while b"\n" not in data:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            break
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        data += chunk
    return data.decode(errors="replace").split("\n", 1)[0]


def _tail(path: Path, lines: int = 5) -> str:
    try:
        return " | ".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"
