"""The desktop's reduced-motion preference, read from a real kdeglobals file and from real child
processes standing in for the settings portal and gsettings (printing what those print)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pausetimer.services.desktop_motion import DesktopMotion


def _prints(text: str) -> list[str]:
    return [sys.executable, "-c", f"print({text!r})"]


def _fails() -> list[str]:
    return [sys.executable, "-c", "import sys; sys.exit('no such service')"]


def test_kde_factor_zero_is_read_at_once(tmp_path: Path, qapp: object) -> None:
    kdeglobals = tmp_path / "kdeglobals"
    kdeglobals.write_text("[KDE]\nAnimationDurationFactor=0\n")
    motion = DesktopMotion(kdeglobals=kdeglobals, gnome_queries=())
    motion.probe()
    assert motion.kde is True
    assert motion.gnome is None


def test_no_kde_file_says_nothing(tmp_path: Path, qapp: object) -> None:
    motion = DesktopMotion(kdeglobals=tmp_path / "missing", gnome_queries=())
    motion.probe()
    assert motion.kde is None


def test_the_portal_answer_arrives_later_and_is_announced(tmp_path: Path, qtbot: QtBot) -> None:
    motion = DesktopMotion(kdeglobals=tmp_path / "missing", gnome_queries=[_prints("(<false>,)")])
    with qtbot.waitSignal(motion.changed, timeout=10_000):
        motion.probe()
        assert motion.gnome is None  # probe did not wait for the answer
    assert motion.gnome is True


def test_without_a_portal_gsettings_is_asked(tmp_path: Path, qtbot: QtBot) -> None:
    queries = [["no-such-program-here"], _fails(), _prints("false")]
    motion = DesktopMotion(kdeglobals=tmp_path / "missing", gnome_queries=queries)
    with qtbot.waitSignal(motion.changed, timeout=10_000):
        motion.probe()
    assert motion.gnome is True


def test_animations_on_is_known_as_not_asking(tmp_path: Path, qtbot: QtBot) -> None:
    motion = DesktopMotion(kdeglobals=tmp_path / "missing", gnome_queries=[_prints("true")])
    with qtbot.waitSignal(motion.changed, timeout=10_000):
        motion.probe()
    assert motion.gnome is False


def test_a_hung_query_is_given_up(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pausetimer.services.desktop_motion.BOUND_MS", 300)
    hangs = [sys.executable, "-c", "import time; time.sleep(30)"]
    motion = DesktopMotion(kdeglobals=tmp_path / "missing", gnome_queries=[hangs, _prints("false")])
    with qtbot.waitSignal(motion.changed, timeout=10_000):
        motion.probe()
    assert motion.gnome is True
