"""The app icon and the state icons (tray, main window).

The icons a tray shows without a pause (idle, due, long) are committed PNGs, rendered by
packaging/make_state_icons.py from :mod:`pausetimer.ui.icon_painting`, and loaded from there: the
painting code uses ``Qt``'s enums, and their first use makes PySide build about a hundred Python
enums, a visible share of the tray's start-up (measured: benchmarks/README.md). The running
ring, which changes, and the app icon (set once a window opens) are painted when first needed.
"""

from __future__ import annotations

import math
from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtGui import QIcon

from pausetimer import paths
from pausetimer.ui.pause_view import PauseView, ViewState

# Tray hosts ask for 16-24 px, windows and the task switcher for more.
ICON_SIZES = (16, 22, 24, 32, 48, 64)
APP_ICON_SIZES = (*ICON_SIZES, 128, 256)
PRERENDERED_STATES = (ViewState.IDLE, ViewState.DUE, ViewState.LONG)
# Device pixels: the tray sizes at pixel ratio 1 and 2 (Qt picks the nearest for other ratios).
PRERENDERED_PIXELS = (16, 22, 24, 32, 44, 48, 64, 96, 128)
# The running ring is redrawn in steps, so a long pause does not re-render every minute for a
# change nobody can see at 22 px.
RING_STEPS = 48
ICON_CACHE_SIZE = 4


def icon_key(view: PauseView) -> tuple[ViewState, int]:
    """What the icon depends on; equal keys mean an identical icon (and no redraw)."""
    if view.state is ViewState.RUNNING:
        return view.state, math.ceil(view.remaining_fraction * RING_STEPS)
    return view.state, 0


def state_icon(view: PauseView) -> QIcon:
    return _icon_for_key(*icon_key(view))


@cache
def app_icon() -> QIcon:
    from pausetimer.ui.icon_painting import paint_app, painted_icon

    return painted_icon(paint_app, APP_ICON_SIZES)


def prerendered_path(state: ViewState, pixels: int) -> Path:
    return paths.icons_dir() / "states" / f"{state.value}-{pixels}.png"


# The tray and the main window share the icon of the moment; a few more cover a state change and
# back. Not every icon ever shown: a pause steps through all the ring's steps, and keeping each
# one (6 sizes, 35 kB at 100 %, 140 kB at 200 %) grew the app by 1.7 MB (7 MB at 200 %) per pause.
@lru_cache(maxsize=ICON_CACHE_SIZE)
def _icon_for_key(state: ViewState, ring_step: int) -> QIcon:
    if state in PRERENDERED_STATES:
        files = [prerendered_path(state, pixels) for pixels in PRERENDERED_PIXELS]
        if all(file.is_file() for file in files):
            icon = QIcon()
            for file in files:
                icon.addFile(str(file))
            return icon
    from pausetimer.ui.icon_painting import paint_state, painted_icon

    fraction = ring_step / RING_STEPS
    return painted_icon(lambda painter: paint_state(painter, state, fraction), ICON_SIZES)
