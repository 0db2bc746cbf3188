"""State icons for the tray and the main window, drawn from the SVGs in resources/icons.

Each icon is rendered with QSvgRenderer straight into pixmaps at the target size times the screen's
device pixel ratio, so it stays crisp on any scale; nothing is scaled from a bitmap.
"""

from __future__ import annotations

import math
import re
from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from pausetimer import paths
from pausetimer.ui.pause_view import PauseView, ViewState

# Tray hosts ask for 16-24 px, windows and the task switcher for more.
ICON_SIZES = (16, 22, 24, 32, 48, 64)
# The running ring is redrawn in steps, so a long pause does not re-render every minute for a
# change nobody can see at 22 px.
RING_STEPS = 48
_PROGRESS_PATH = re.compile(r'(<path id="progress" d=")[^"]*(")')
_RING_CENTRE = 32.0
_RING_RADIUS = 22.0


@cache
def _svg_source(state: ViewState) -> str:
    return (paths.icons_dir() / f"state-{state.value}.svg").read_text(encoding="utf-8")


def ring_path(fraction: float) -> str:
    """An SVG arc from 12 o'clock clockwise over ``fraction`` of the circle (0..1)."""
    fraction = min(max(fraction, 0.0), 1.0)
    if fraction >= 0.999:
        # A full circle cannot be one arc: draw two halves.
        top = f"{_RING_CENTRE} {_RING_CENTRE - _RING_RADIUS}"
        bottom = f"{_RING_CENTRE} {_RING_CENTRE + _RING_RADIUS}"
        r = f"{_RING_RADIUS} {_RING_RADIUS}"
        return f"M{top} A{r} 0 1 1 {bottom} A{r} 0 1 1 {top}"
    angle = 2 * math.pi * fraction
    end_x = _RING_CENTRE + _RING_RADIUS * math.sin(angle)
    end_y = _RING_CENTRE - _RING_RADIUS * math.cos(angle)
    large = 1 if fraction > 0.5 else 0
    return (
        f"M{_RING_CENTRE} {_RING_CENTRE - _RING_RADIUS} "
        f"A{_RING_RADIUS} {_RING_RADIUS} 0 {large} 1 {end_x:.2f} {end_y:.2f}"
    )


def icon_key(view: PauseView) -> tuple[ViewState, int]:
    """What the icon depends on; equal keys mean an identical icon (and no redraw)."""
    if view.state is ViewState.RUNNING:
        return view.state, math.ceil(view.remaining_fraction * RING_STEPS)
    return view.state, 0


def state_icon(view: PauseView) -> QIcon:
    return _icon_for_key(*icon_key(view))


def app_icon() -> QIcon:
    return QIcon(str(paths.icons_dir() / "pausetimer.svg"))


@cache
def _icon_for_key(state: ViewState, ring_step: int) -> QIcon:
    source = _svg_source(state)
    if state is ViewState.RUNNING:
        source = _PROGRESS_PATH.sub(
            lambda m: m.group(1) + ring_path(ring_step / RING_STEPS) + m.group(2), source
        )
    renderer = QSvgRenderer(QByteArray(source.encode("utf-8")))
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(_render(renderer, size))
    return icon


def _render(renderer: QSvgRenderer, size: int) -> QPixmap:
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    pixels = max(1, round(size * ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
