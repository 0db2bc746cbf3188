"""Start at login: the Linux entry for real (in a temporary XDG_CONFIG_HOME), Windows and macOS
behind the same interface with a fake registry and a temporary LaunchAgents folder."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pausetimer import DESKTOP_ID, paths
from pausetimer.services import autostart
from pausetimer.services.autostart import (
    MacLaunchAgent,
    WindowsAutostart,
    XdgAutostart,
    desktop_exec,
    launch_command,
    run_command,
)


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    return folder


def exec_line(entry: Path) -> str:
    for line in entry.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            return line.removeprefix("Exec=")
    raise AssertionError(f"no Exec line in {entry}")


def unescape_exec(value: str) -> list[str]:
    """Undo desktop_exec the way a session does: string escapes, then the Exec quoting rules."""
    value = value.replace("\\\\", "\\").replace("%%", "%")
    arguments: list[str] = []
    current: str | None = None
    quoted = False
    characters = iter(value)
    for character in characters:
        if quoted:
            if character == "\\":
                current = (current or "") + next(characters)
            elif character == '"':
                quoted = False
            else:
                current = (current or "") + character
        elif character == '"':
            quoted, current = True, current or ""
        elif character == " ":
            if current is not None:
                arguments.append(current)
            current = None
        else:
            current = (current or "") + character
    if current is not None:
        arguments.append(current)
    return arguments


def test_on_writes_an_entry_in_xdg_config_home_that_starts_this_installation(
    config_home: Path,
) -> None:
    code, message = run_command("on")

    entry = config_home / "autostart" / f"{DESKTOP_ID}.desktop"
    assert code == 0
    assert str(entry) in message
    command = unescape_exec(exec_line(entry))
    assert command == launch_command()
    assert os.access(command[0], os.X_OK)
    assert run_command("status") == (0, f"on: Pausetimer starts when you log in ({entry}).")


def test_off_removes_the_entry_and_status_says_so(config_home: Path) -> None:
    run_command("on")
    code, _message = run_command("off")

    assert code == 0
    assert list((config_home / "autostart").iterdir()) == []
    assert run_command("status") == (0, "off: Pausetimer does not start when you log in.")
    assert run_command("off")[0] == 0  # already off: nothing to do, no error


def test_without_xdg_config_home_the_entry_goes_to_dot_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))

    XdgAutostart().enable()

    assert (tmp_path / ".config" / "autostart" / f"{DESKTOP_ID}.desktop").is_file()


def test_inside_a_flatpak_the_entry_goes_to_the_host_config_and_runs_the_flatpak(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FLATPAK_ID", DESKTOP_ID)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "sandbox-config"))
    monkeypatch.setenv("HOST_XDG_CONFIG_HOME", str(tmp_path / "host-config"))

    XdgAutostart().enable()

    entry = tmp_path / "host-config" / "autostart" / f"{DESKTOP_ID}.desktop"
    assert unescape_exec(exec_line(entry)) == ["flatpak", "run", DESKTOP_ID]


def test_an_entry_switched_off_by_the_desktop_counts_as_off(config_home: Path) -> None:
    adapter = XdgAutostart()
    adapter.enable()
    with adapter.path.open("a", encoding="utf-8") as entry:
        entry.write("Hidden=true\n")

    assert not adapter.is_enabled()
    adapter.enable()  # switching it on again writes a fresh entry
    assert adapter.is_enabled()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_the_entry_is_a_valid_desktop_entry(config_home: Path) -> None:
    adapter = XdgAutostart(command=["/opt/My Apps/pausetimer", "--flag=100%"])
    adapter.enable()

    result = subprocess.run(
        ["desktop-file-validate", str(adapter.path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["/usr/bin/pausetimer"],
        ["/home/an user/.local/bin/pausetimer"],
        ["/x/python", "-m", "pausetimer", 'quote " dollar $ back \\ tick `', "50%"],
    ],
)
def test_exec_quoting_round_trips(command: list[str]) -> None:
    assert unescape_exec(desktop_exec(command)) == command


def test_launch_command_for_each_kind_of_installation(tmp_path: Path) -> None:
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    python.touch()

    assert launch_command(environ={}, executable=str(python), frozen=False) == [
        str(python),
        "-m",
        "pausetimer",
    ]
    (bin_dir / "pausetimer").touch()
    assert launch_command(environ={}, executable=str(python), frozen=False) == [
        str(bin_dir / "pausetimer")
    ]
    bundle = tmp_path / "dist" / "pausetimer" / "pausetimer"
    assert launch_command(environ={}, executable=str(bundle), frozen=True) == [str(bundle)]
    assert launch_command(environ={"FLATPAK_ID": "a.b.C"}, executable=str(bundle)) == [
        "flatpak",
        "run",
        "a.b.C",
    ]


class FakeRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_windows_writes_and_removes_a_quoted_run_value() -> None:
    key = FakeRunKey()
    adapter = WindowsAutostart(key, command=[r"C:\Program Files\Pausetimer\pausetimer.exe"])

    assert run_command("on", adapter)[0] == 0
    assert key.values == {"Pausetimer": r'"C:\Program Files\Pausetimer\pausetimer.exe"'}
    assert adapter.is_enabled()
    assert "CurrentVersion\\Run" in run_command("status", adapter)[1]

    assert run_command("off", adapter)[0] == 0
    assert key.values == {}
    assert not adapter.is_enabled()


@pytest.mark.skipif(sys.platform == "win32", reason="checks the refusal off Windows")
def test_the_real_registry_refuses_politely_off_windows() -> None:
    code, message = run_command("on", WindowsAutostart())

    assert code == 1
    assert "only on Windows" in message


def test_macos_writes_a_launch_agent_that_runs_at_load(tmp_path: Path) -> None:
    adapter = MacLaunchAgent(tmp_path / "LaunchAgents", command=["/Applications/P.app/x"])

    adapter.enable()

    agent = plistlib.loads(adapter.path.read_bytes())
    assert agent["Label"] == DESKTOP_ID
    assert agent["ProgramArguments"] == ["/Applications/P.app/x"]
    assert agent["RunAtLoad"] is True
    assert adapter.is_enabled()
    adapter.disable()
    assert not adapter.path.exists()
    assert not adapter.is_enabled()


@pytest.mark.parametrize(
    ("platform", "kind"),
    [("win32", WindowsAutostart), ("darwin", MacLaunchAgent), ("linux", XdgAutostart)],
)
def test_each_platform_gets_its_own_adapter(platform: str, kind: type) -> None:
    assert isinstance(autostart.for_platform(platform), kind)


def test_an_unknown_action_is_an_input_error() -> None:
    code, message = run_command("maybe")

    assert code == 2
    assert "on, off, status" in message


def test_a_config_folder_that_cannot_be_written_is_reported_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "config"
    not_a_folder.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(not_a_folder))
    monkeypatch.delenv("FLATPAK_ID", raising=False)

    code, message = run_command("on")

    assert code == 1
    assert str(paths.autostart_dir()) in message
