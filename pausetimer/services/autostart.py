"""Start at login: one small interface over each platform's own mechanism.

- Linux and other XDG desktops: an entry in ``$XDG_CONFIG_HOME/autostart`` (``~/.config``).
- Windows: a value under ``HKEY_CURRENT_USER\\...\\CurrentVersion\\Run``.
- macOS: a LaunchAgent property list in ``~/Library/LaunchAgents``.

The entry itself is the truth about whether the app starts at login (the user may remove it with
their desktop's own settings), so ``is_enabled`` always looks at it rather than at our settings.
"""

from __future__ import annotations

import os
import plistlib
import re
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from pausetimer import APP_NAME, DESKTOP_ID, paths
from pausetimer.files import atomic_write

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"

ACTIONS = ("on", "off", "status")


class Autostart(Protocol):
    def enable(self) -> None: ...
    def disable(self) -> None: ...
    def is_enabled(self) -> bool: ...
    def location(self) -> str:
        """Where the entry lives, to tell the user."""
        ...


def launch_command(
    *,
    environ: Mapping[str, str] | None = None,
    executable: str | None = None,
    frozen: bool | None = None,
) -> list[str]:
    """The command that starts this installation of the app, as it is installed right now."""
    environ = os.environ if environ is None else environ
    executable = sys.executable if executable is None else executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    flatpak_id = environ.get("FLATPAK_ID")
    if flatpak_id:
        return ["flatpak", "run", flatpak_id]
    if frozen:  # a PyInstaller bundle: the executable is the app
        return [executable]
    # pip/pipx put the console script beside the interpreter of their environment. The path is not
    # resolved: a virtual environment's python is a symlink out of it.
    bin_dir = Path(executable).parent
    for name in ("pausetimer", "pausetimer.exe"):
        script = bin_dir / name
        if script.is_file():
            return [str(script)]
    return [executable, "-m", "pausetimer"]


_EXEC_RESERVED = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")


def desktop_exec(command: Sequence[str]) -> str:
    """Quote a command for the ``Exec`` key of a desktop entry (Desktop Entry spec, "The Exec
    key"): arguments with reserved characters go in double quotes with ``"`$\\`` escaped, and
    then, as for every string value, each backslash is doubled."""
    parts = []
    for argument in command:
        if _EXEC_RESERVED.search(argument) or not argument:
            argument = '"' + re.sub(r'(["`$\\])', r"\\\1", argument) + '"'
        parts.append(argument.replace("%", "%%").replace("\\", "\\\\"))
    return " ".join(parts)


class XdgAutostart:
    """An autostart desktop entry, as every XDG-compliant session starts them at login."""

    def __init__(self, directory: Path | None = None, command: Sequence[str] | None = None):
        self._directory = directory
        self._command = list(command) if command is not None else None

    @property
    def path(self) -> Path:
        directory = self._directory if self._directory is not None else paths.autostart_dir()
        return directory / f"{DESKTOP_ID}.desktop"

    def location(self) -> str:
        return str(self.path)

    def entry_text(self) -> str:
        command = self._command if self._command is not None else launch_command()
        return (
            "[Desktop Entry]\n"
            "Type=Application\n"
            f"Name={APP_NAME}\n"
            "Comment=Agreed pauses with a concrete return time\n"
            f"Exec={desktop_exec(command)}\n"
            f"Icon={DESKTOP_ID}\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        )

    def enable(self) -> None:
        path = self.path
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, self.entry_text())

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        # A desktop's settings panel may switch an entry off by keeping it with Hidden=true.
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return False
        return not re.search(r"^(Hidden=true|X-GNOME-Autostart-enabled=false)\s*$", text, re.M)


class RunKey(Protocol):
    """The few registry operations the Windows adapter needs (a fake in tests)."""

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class WindowsRunKey:
    """``HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``."""

    def get(self, name: str) -> str | None:
        if sys.platform == "win32":
            import winreg

            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                    value, _kind = winreg.QueryValueEx(key, name)
            except FileNotFoundError:
                return None
            return str(value)
        raise OSError("the Windows registry exists only on Windows")

    def set(self, name: str, value: str) -> None:
        if sys.platform == "win32":
            import winreg

            with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)
            return
        raise OSError("the Windows registry exists only on Windows")

    def delete(self, name: str) -> None:
        if sys.platform == "win32":
            import winreg

            try:
                with winreg.OpenKey(
                    winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE
                ) as k:
                    winreg.DeleteValue(k, name)
            except FileNotFoundError:
                pass
            return
        raise OSError("the Windows registry exists only on Windows")


class WindowsAutostart:
    def __init__(self, key: RunKey | None = None, command: Sequence[str] | None = None):
        self._key = key if key is not None else WindowsRunKey()
        self._command = list(command) if command is not None else None

    def value(self) -> str:
        return subprocess.list2cmdline(self._command or launch_command())

    def location(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{APP_NAME}"

    def enable(self) -> None:
        self._key.set(APP_NAME, self.value())

    def disable(self) -> None:
        self._key.delete(APP_NAME)

    def is_enabled(self) -> bool:
        return self._key.get(APP_NAME) is not None


class MacLaunchAgent:
    """A LaunchAgent with RunAtLoad: launchd starts it when the user logs in."""

    def __init__(self, directory: Path | None = None, command: Sequence[str] | None = None):
        self._directory = directory
        self._command = list(command) if command is not None else None

    @property
    def path(self) -> Path:
        directory = self._directory if self._directory is not None else paths.launch_agents_dir()
        return directory / f"{DESKTOP_ID}.plist"

    def location(self) -> str:
        return str(self.path)

    def agent(self) -> dict[str, object]:
        return {
            "Label": DESKTOP_ID,
            "ProgramArguments": self._command or launch_command(),
            "RunAtLoad": True,
            "ProcessType": "Interactive",  # a user-facing app: no background throttling
        }

    def enable(self) -> None:
        path = self.path
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, plistlib.dumps(self.agent()))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        return self.path.is_file()


# Ordered choice: the first adapter whose platform test matches; XDG is the fallback for every
# other Unix (Linux, the BSDs), where desktops follow the XDG autostart spec.
ADAPTERS: tuple[tuple[Callable[[str], bool], Callable[[], Autostart]], ...] = (
    (lambda platform: platform == "win32", WindowsAutostart),
    (lambda platform: platform == "darwin", MacLaunchAgent),
    (lambda platform: True, XdgAutostart),
)


def for_platform(platform: str | None = None) -> Autostart:
    platform = sys.platform if platform is None else platform
    for applies, make in ADAPTERS:
        if applies(platform):
            return make()
    raise AssertionError("the last adapter applies to every platform")


def run_command(action: str, adapter: Autostart | None = None) -> tuple[int, str]:
    """``pausetimer autostart on|off|status``: (exit code, message for the terminal)."""
    if action not in ACTIONS:
        return 2, f"autostart: choose one of {', '.join(ACTIONS)} (got {action!r})."
    adapter = adapter if adapter is not None else for_platform()
    try:
        if action == "on":
            adapter.enable()
            return 0, f"{APP_NAME} will start when you log in ({adapter.location()})."
        if action == "off":
            adapter.disable()
            return 0, f"{APP_NAME} will not start when you log in."
        if adapter.is_enabled():
            return 0, f"on: {APP_NAME} starts when you log in ({adapter.location()})."
        return 0, f"off: {APP_NAME} does not start when you log in."
    except OSError as error:
        return 1, f"autostart: could not change {adapter.location()}: {error.strerror or error}"
