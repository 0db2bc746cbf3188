"""The guidance for users who cannot see the pacer move, or should not: each new phase is told to
assistive technology, and the desktop's "less motion" makes the pacer motion-free."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.ui.guidance import GuidanceWindow


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_each_new_phase_becomes_the_pacers_accessible_description(
    ctx: AppContext, qtbot: QtBot
) -> None:
    time = FakeTime()
    window = GuidanceWindow(ctx, time_source=time)
    qtbot.addWidget(window)
    window.present("breathe")
    pacer = window.breathing
    assert pacer.accessibleName() == "Breathing pacer"
    phases = pacer.pattern.phases
    pacer.toggle()
    assert pacer.accessibleDescription() == phases[0].label
    time.now += phases[0].seconds + 0.01
    pacer.tick()
    assert pacer.accessibleDescription() == phases[1].label
    assert phases[1].label != phases[0].label


def test_kde_without_animations_makes_the_pacer_motion_free(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "kdeglobals").write_text("[KDE]\nAnimationDurationFactor=0\n")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    assert not ctx.settings.get().reduced_motion
    window = GuidanceWindow(ctx, time_source=FakeTime())
    qtbot.addWidget(window)
    window.present("breathe")
    # The filling bar, not the growing circle.
    assert window.breathing.stage.currentWidget() is window.breathing.bar.parentWidget()


def test_kde_with_animations_keeps_the_circle(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "kdeglobals").write_text("[KDE]\nAnimationDurationFactor=1\n")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    window = GuidanceWindow(ctx, time_source=FakeTime())
    qtbot.addWidget(window)
    window.present("breathe")
    assert window.breathing.stage.currentIndex() == 0  # the circle
