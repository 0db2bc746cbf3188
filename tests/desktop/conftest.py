"""Fixtures for tests that run real processes on a real (virtual) desktop.

Everything here is private to the test run: an Xvfb server, a D-Bus session bus, a tray host, dunst
and a Notify recorder (see ``harness.Desktop``). Where the programs are missing or no X server
starts, these tests skip with the reason, unless ``PAUSETIMER_DESKTOP_TESTS=required`` (set by CI
after installing them), where they fail instead.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.desktop.harness import SNI, XEMBED, Desktop, DesktopUnavailable, missing_tools

REQUIRED_ENV = "PAUSETIMER_DESKTOP_TESTS"
_HERE = Path(__file__).resolve().parent


def desktop_required() -> bool:
    return os.environ.get(REQUIRED_ENV, "").strip().lower() == "required"


def unavailable(reason: str) -> None:
    """Skip (or, where the desktop tests are required, fail) with a clear reason."""
    message = f"no private desktop for the real-desktop tests: {reason}"
    if desktop_required():
        pytest.fail(f"{message} ({REQUIRED_ENV}=required)", pytrace=False)
    pytest.skip(f"{message} (install the packages .ci/run installs)")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in this folder carries the ``desktop`` marker (``-m 'not desktop'`` skips)."""
    for item in items:
        if _HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.desktop)


def start_desktop(
    workdir: Path,
    tray_host: str,
    *,
    with_tray: bool = True,
    also_needs: tuple[str, ...] = (),
    window_manager: bool = False,
) -> Desktop:
    """A started private desktop, or a skip (a failure where required) saying what is missing.
    ``also_needs``: programs the test needs besides the desktop's own; ``window_manager``: with
    openbox running (stacking and focus as on a user's desktop)."""
    needed = (*also_needs, "openbox") if window_manager else also_needs
    missing = missing_tools(tray_host) + [tool for tool in needed if shutil.which(tool) is None]
    if missing:
        unavailable("missing programs: " + ", ".join(missing))
    try:
        desktop = Desktop(workdir, tray_host=tray_host, with_tray=with_tray).start()
    except (DesktopUnavailable, TimeoutError, OSError) as error:
        unavailable(str(error))
        raise  # unreachable: unavailable() always raises
    if window_manager:
        try:
            desktop.start_window_manager()
        except BaseException:
            desktop.close()
            raise
    return desktop


@pytest.fixture(scope="session")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    """The shared desktop with an XEmbed tray (trayer): icons are X windows xdotool can click."""
    started = start_desktop(tmp_path_factory.mktemp("desktop"), XEMBED)
    yield started
    started.close()


@pytest.fixture(scope="module")
def sni_desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    """A desktop whose tray host is a StatusNotifierItem watcher (what Qt 6 prefers)."""
    started = start_desktop(tmp_path_factory.mktemp("sni-desktop"), SNI)
    yield started
    started.close()


@pytest.fixture
def data_dir(desktop: Desktop) -> Path:
    """A fresh private data folder for the app under test (overrides the root fixture, which
    points this process's environment at the folder; here only the child processes use it)."""
    return desktop.new_data_dir()
