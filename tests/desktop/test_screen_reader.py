"""What a screen reader finds in the real app, read over the real AT-SPI bus (at-spi2-core) with
the AT-SPI bindings a screen reader uses (python3-pyatspi, run by the system Python): in the main
window, the custom pause dialog, the reminder window and the guidance window every control has a
name, and each phase of the breathing pacer is announced (and kept as its description)."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.desktop.apps import AppProcess, cli_json, run_cli
from tests.desktop.conftest import unavailable
from tests.desktop.harness import XEMBED, Desktop, DesktopUnavailable, missing_tools, wait_until

BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")
TREE_SCRIPT = Path(__file__).resolve().parent / "atspi_tree.py"
EVENTS_SCRIPT = Path(__file__).resolve().parent / "atspi_events.py"
# What a user can operate or must be able to find: each needs a name to be spoken.
NAMED_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "spin button",
    "text", "password text", "page tab", "slider", "progress bar", "table",
}  # fmt: skip
# The phases of the default breathing pattern (resources/guidance/en/breathing.toml).
CYCLIC_SIGHING = [
    "Breathe in through your nose", "A short extra sip of air",
    "Breathe out slowly through your mouth",
]  # fmt: skip
# Qt's accessibility bridge is on only where assistive technology is asked for.
ACCESSIBLE_ENV = {"QT_ACCESSIBILITY": "1", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}


def _pyatspi_missing() -> bool:
    probe = [str(SYSTEM_PYTHON), "-c", "import pyatspi"]
    return subprocess.run(probe, capture_output=True, check=False).returncode != 0


@pytest.fixture(scope="module")
def a11y_desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    missing = missing_tools(XEMBED)
    if not BUS_LAUNCHER.exists():
        missing.append("at-spi-bus-launcher (at-spi2-core)")
    if shutil.which("gsettings") is None:
        missing.append("gsettings (libglib2.0-bin)")
    if not SYSTEM_PYTHON.exists() or _pyatspi_missing():
        missing.append("pyatspi for the system Python (python3-pyatspi)")
    if missing:
        unavailable("missing programs: " + ", ".join(missing))
    try:
        desktop = Desktop(tmp_path_factory.mktemp("a11y"), tray_host=XEMBED).start()
    except (DesktopUnavailable, TimeoutError, OSError) as error:
        unavailable(str(error))
        raise  # unreachable: unavailable() always raises
    try:
        desktop._spawn("atspi", [str(BUS_LAUNCHER), "--launch-immediately"])
        wait_until(lambda: desktop.bus_name_has_owner("org.a11y.Bus"), 20, "the AT-SPI bus")
        yield desktop
    finally:
        desktop.close()


def _tree(desktop: Desktop, app: AppProcess, *press: str) -> list[dict[str, Any]]:
    env = desktop.env()
    env.pop("NO_AT_BRIDGE", None)  # set for the app's desktop; the reader needs the bridge
    argv = [str(SYSTEM_PYTHON), str(TREE_SCRIPT), str(app.pid)]
    argv += ["--press", press[0]] if press else []
    result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    nodes: list[dict[str, Any]] | None = json.loads(result.stdout)
    return nodes or []


def _listen(desktop: Desktop, app: AppProcess, seconds: float) -> subprocess.Popen[str]:
    """A screen reader's ear on the app for ``seconds``; read its events with communicate()."""
    env = desktop.env()
    env.pop("NO_AT_BRIDGE", None)
    argv = [str(SYSTEM_PYTHON), str(EVENTS_SCRIPT), str(app.pid), str(seconds)]
    listener = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, text=True)
    assert listener.stdout is not None
    assert listener.stdout.readline().strip() == "listening"
    return listener


def _window(desktop: Desktop, app: AppProcess, title: str) -> list[dict[str, Any]]:
    """The nodes of the app's window whose accessible name starts with ``title``, once there."""

    def nodes() -> list[dict[str, Any]]:
        return [n for n in _tree(desktop, app) if n["window"].startswith(title)]

    return wait_until(nodes, 30, f"the window {title!r} in the accessibility tree", interval=0.5)


def _unnamed(nodes: list[dict[str, Any]]) -> list[str]:
    return [
        f"{n['role']} in {n['window']!r}"
        for n in nodes
        if n["role"] in NAMED_ROLES and not n["name"].strip()
    ]


def _showing(nodes: list[dict[str, Any]], name: str) -> bool:
    return any(n["showing"] for n in nodes if n["name"] == name)


def _roles(nodes: list[dict[str, Any]]) -> set[str]:
    return {n["role"] for n in nodes}


def test_every_control_has_a_name_and_the_pacer_says_its_phase(a11y_desktop: Desktop) -> None:
    desktop = a11y_desktop
    data_dir = desktop.new_data_dir()
    (data_dir / "settings.json").write_text('{"welcome_done": true}\n')
    with AppProcess(desktop, data_dir, env=ACCESSIBLE_ENV) as app:
        app.wait_for_tray_icon(60)

        run_cli(desktop, data_dir, "show", "window")
        main = _window(desktop, app, "Pausetimer")
        assert {"push button", "label"} <= _roles(main)
        assert _unnamed(main) == []

        app.click_menu_path("Take a pause", "Custom…")
        custom = _window(desktop, app, "Custom pause")
        assert {"spin button", "radio button", "text", "push button"} <= _roles(custom)
        assert _unnamed(custom) == []
        desktop.key("Escape")

        until = datetime.fromtimestamp(int(time.time()) + 4, UTC).isoformat()
        cli_json(desktop, data_dir, "start", "--until", until)
        reminder = _window(desktop, app, "Pausetimer reminder")
        assert {"push button", "spin button", "text"} <= _roles(reminder)
        assert _unnamed(reminder) == []

        run_cli(desktop, data_dir, "show", "guidance")
        guidance = _window(desktop, app, "Guidance")
        assert {"page tab", "combo box", "push button", "text"} <= _roles(guidance)
        assert _unnamed(guidance) == []
        assert _showing(guidance, "Breathing circle")  # no desktop asked for less motion

        # Start breathing as a screen reader user would (the button's action), and listen.
        listener = _listen(desktop, app, seconds=12)
        pressed = _tree(desktop, app, "Start or pause breathing")
        assert [n for n in pressed if n["name"] == "Breathing pacer"], "no pacer in the tree"
        events = json.loads(listener.communicate(timeout=60)[0])
        told = [e["text"] for e in events if e["type"] == "object:announcement"]
        described = [e["text"] for e in events if "description" in e["type"]]
        # Cyclic sighing: in (2.5 s), a short sip (1 s), out (6 s): all three within 12 s.
        assert told[:3] == CYCLIC_SIGHING, events
        assert described[:3] == CYCLIC_SIGHING, events
        assert {e["source"] for e in events} == {"Breathing pacer"}


def test_gnome_without_animations_makes_the_pacer_motion_free(
    a11y_desktop: Desktop, tmp_path: Path
) -> None:
    """GNOME's "enable-animations" off, read as GNOME keeps it (here in GSettings' key file, with
    no settings portal on the bus): the pacer shows its filling bar, not the growing circle."""
    desktop = a11y_desktop
    data_dir = desktop.new_data_dir()
    (data_dir / "settings.json").write_text('{"welcome_done": true}\n')
    config = tmp_path / "config"
    gnome = {"XDG_CONFIG_HOME": str(config), "GSETTINGS_BACKEND": "keyfile"}
    subprocess.run(
        ["gsettings", "set", "org.gnome.desktop.interface", "enable-animations", "false"],
        env=desktop.env(gnome),
        check=True,
        timeout=30,
    )
    with AppProcess(desktop, data_dir, env={**ACCESSIBLE_ENV, **gnome}) as app:
        app.wait_for_tray_icon(60)
        run_cli(desktop, data_dir, "show", "guidance")
        wait_until(
            lambda: _showing(_window(desktop, app, "Guidance"), "Breath progress"),
            20,
            "the motion-free pacer",
            interval=0.5,
        )
        assert not _showing(_window(desktop, app, "Guidance"), "Breathing circle")
