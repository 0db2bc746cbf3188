"""The desktop entry, AppStream metainfo, icons and Flatpak manifest are valid and agree."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pausetimer import DESKTOP_ID, __version__
from pausetimer.cli_parser import build_parser

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
MANIFEST = ROOT / "packaging" / "flatpak" / f"{DESKTOP_ID}.json"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("PAUSETIMER_DESKTOP_TESTS") == "required":
            pytest.fail(f"{name} is required (PAUSETIMER_DESKTOP_TESTS=required) but missing")
        pytest.skip(f"{name} is not installed")
    return found


def test_the_desktop_entry_validates() -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metainfo_validates_offline() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metainfo_matches_the_app() -> None:
    component = ET.parse(METAINFO).getroot()

    assert component.findtext("id") == DESKTOP_ID
    assert component.findtext("launchable") == DESKTOP_FILE.name
    releases = [release.get("version") for release in component.iter("release")]
    assert __version__ in releases
    assert component.find("content_rating") is not None
    screenshots = [image.text or "" for image in component.iter("image")]
    assert screenshots
    assert all("/packaging/screenshots/" in url for url in screenshots)


def test_the_desktop_entry_names_the_installed_command_and_icon() -> None:
    lines = DESKTOP_FILE.read_text(encoding="utf-8").splitlines()

    assert "Exec=pausetimer" in lines
    assert f"Icon={DESKTOP_ID}" in lines


def desktop_groups() -> dict[str, dict[str, str]]:
    groups: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for line in DESKTOP_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("[") and line.endswith("]"):
            current = groups.setdefault(line[1:-1], {})
        elif "=" in line:
            key, value = line.split("=", 1)
            current[key] = value
    return groups


def test_the_launcher_actions_call_the_command_line() -> None:
    groups = desktop_groups()
    actions = [name for name in groups["Desktop Entry"]["Actions"].split(";") if name]
    commands = {groups[f"Desktop Action {name}"]["Exec"] for name in actions}
    assert commands == {
        "pausetimer start --for 20m",
        "pausetimer end",
        "pausetimer show history",
    }
    for name in actions:  # named in both languages
        assert {"Name", "Name[nl]"} <= groups[f"Desktop Action {name}"].keys()
    parser = build_parser()
    for command in commands:  # each is a command the command line knows
        program, *argv = command.split()
        assert program == "pausetimer"
        parser.parse_args(argv)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize("size", SIZES)
def test_the_icon_exists_in_each_hicolor_size(size: int) -> None:
    icon = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
    assert png_size(icon) == (size, size)


def test_the_scalable_icon_is_the_app_icon() -> None:
    scalable = LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    source = ROOT / "resources" / "icons" / "pausetimer.svg"
    assert scalable.read_bytes() == source.read_bytes()


def test_the_flatpak_manifest_keeps_the_app_offline_and_installs_its_files() -> None:
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))

    assert manifest["app-id"] == DESKTOP_ID
    assert manifest["runtime"] == "org.freedesktop.Platform"
    assert manifest["command"] == "pausetimer"
    assert not any("network" in permission for permission in manifest["finish-args"])
    (app_module,) = [m for m in manifest["modules"] if isinstance(m, dict)]
    commands = " ".join(app_module["build-commands"])
    for installed in (DESKTOP_FILE, METAINFO):
        assert installed.relative_to(ROOT).as_posix() in commands
