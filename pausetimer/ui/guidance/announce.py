"""The breathing pacer tells a screen reader each new phase ("Breathe in", "Hold", …): its
circle or bar moves in silence, and a blind user would otherwise hear nothing while breathing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pausetimer.ui.announce import announce

if TYPE_CHECKING:
    from pausetimer.ui.guidance.pacer import BreathingPanel


def announce_phase(panel: BreathingPanel) -> None:
    announce(panel, panel.phase_label.text())
