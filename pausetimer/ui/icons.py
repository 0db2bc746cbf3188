"""The app icon and the state icons (tray, main window), painted in code.

The SVG files in resources/icons are the design; this module paints the same shapes on the same
64-unit canvas with QPainter, straight into pixmaps at each size times the screen's device pixel
ratio, so the icons are crisp at any scale. Painting instead of loading the SVGs keeps QtSvg (and
the SVG icon engine, which starts worker threads to render a window icon) out of a tray app that
idles all day. A test renders both and checks they agree.

The icons a tray shows without a pause (idle, due, long) are also committed as PNGs, rendered by
packaging/make_state_icons.py from this code, and loaded from there: the first QPainter pen or
brush makes PySide build its Python view of the whole ``Qt`` namespace, about a hundred enums and
some 25 ms of the tray's start-up. The running ring, which changes, is always painted.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)

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
CANVAS = 64.0  # the SVGs' viewBox
_CENTRE = QPointF(32, 32)
_FACE_RADIUS = 29.0
_RING_RADIUS = 22.0
_WHITE = QColor("#ffffff")
_CLEAR = QColor(0, 0, 0, 0)  # as a pen: no outline; as a fill: a transparent background
_SUN = QColor("#f4d58d")  # the ring of time left

# Face colour and rim colour of each state (a light rim keeps the face readable on dark panels).
_FACES = {
    ViewState.IDLE: ("#2f6f73", "#e8f3f1"),
    ViewState.RUNNING: ("#2f6f73", "#e8f3f1"),
    ViewState.DUE: ("#d08a2e", "#fff4e0"),
    ViewState.LONG: ("#a5566a", "#fbe9ee"),
}

Painting = Callable[[QPainter], None]


def icon_key(view: PauseView) -> tuple[ViewState, int]:
    """What the icon depends on; equal keys mean an identical icon (and no redraw)."""
    if view.state is ViewState.RUNNING:
        return view.state, math.ceil(view.remaining_fraction * RING_STEPS)
    return view.state, 0


def state_icon(view: PauseView) -> QIcon:
    return _icon_for_key(*icon_key(view))


@cache
def app_icon() -> QIcon:
    return _icon(_paint_app, APP_ICON_SIZES)


def prerendered_path(state: ViewState, pixels: int) -> Path:
    return paths.icons_dir() / "states" / f"{state.value}-{pixels}.png"


@cache
def _icon_for_key(state: ViewState, ring_step: int) -> QIcon:
    if state in PRERENDERED_STATES:
        files = [prerendered_path(state, pixels) for pixels in PRERENDERED_PIXELS]
        if all(file.is_file() for file in files):
            icon = QIcon()
            for file in files:
                icon.addFile(str(file))
            return icon
    return _icon(lambda painter: paint_state(painter, state, ring_step / RING_STEPS), ICON_SIZES)


def paint_state(painter: QPainter, state: ViewState, fraction: float = 0.0) -> None:
    """Paint one state icon on the 64-unit canvas (``fraction``: time left, for RUNNING)."""
    fill, rim = _FACES[state]
    _disc(painter, _FACE_RADIUS, QColor(fill), _pen(QColor(rim), 2))
    if state is ViewState.IDLE:
        _bars(painter, QRectF(23, 20, 7, 24), QRectF(34, 20, 7, 24), 2)
    elif state is ViewState.RUNNING:
        _ring(painter, QColor("#cfe8e3"), 6, opacity=0.35)
        _arc(painter, fraction, _SUN, 6)
        _bars(painter, QRectF(25, 23, 5, 18), QRectF(34, 23, 5, 18), 1.5)
    elif state is ViewState.DUE:
        corners = [QPointF(25, 19), QPointF(46, 32), QPointF(25, 45)]
        painter.setPen(_pen(_WHITE, 2))
        painter.setBrush(_WHITE)
        painter.drawPolygon(QPolygonF(corners))
        for corner in corners:  # round joins: a dot as wide as the outline on each corner
            _disc(painter, 1, _WHITE, centre=corner)
    else:  # LONG: a full ring and a dot, clearly not "running", without alarm red
        _ring(painter, QColor(rim), 5)
        _bars(painter, QRectF(25, 21, 5, 16), QRectF(34, 21, 5, 16), 1.5)
        _disc(painter, 3.2, _WHITE, centre=QPointF(32, 44))


def _paint_app(painter: QPainter) -> None:
    """The app icon: the calm face with a pause sign and three quarters of the ring."""
    _disc(painter, _FACE_RADIUS, QColor("#2f6f73"))
    _ring(painter, QColor("#cfe8e3"), 4, opacity=0.35)
    _arc(painter, 0.75, _SUN, 4)
    _bars(painter, QRectF(24, 22, 6, 20), QRectF(34, 22, 6, 20), 2)


def _disc(
    painter: QPainter,
    radius: float,
    fill: QColor,
    pen: QPen | None = None,
    centre: QPointF = _CENTRE,
) -> None:
    painter.setPen(pen if pen is not None else _CLEAR)
    painter.setBrush(fill)
    painter.drawEllipse(centre, radius, radius)


def _ring(painter: QPainter, colour: QColor, width: float, opacity: float = 1.0) -> None:
    painter.save()
    painter.setOpacity(opacity)
    painter.setPen(_pen(colour, width))
    painter.setBrush(QBrush())  # no fill
    painter.drawEllipse(_CENTRE, _RING_RADIUS, _RING_RADIUS)
    painter.restore()


def _arc(painter: QPainter, fraction: float, colour: QColor, width: float) -> None:
    """From 12 o'clock clockwise over ``fraction`` of the circle (0..1)."""
    fraction = min(max(fraction, 0.0), 1.0)
    if fraction <= 0.0:
        return
    # A band between two circles, then a dot as wide as the band on each end: the round caps
    # of the design (a pen's default cap is square, and its round cap is a Qt enum).
    degrees = fraction * 360
    outer, inner = _RING_RADIUS + width / 2, _RING_RADIUS - width / 2
    band = QPainterPath()
    band.arcMoveTo(_square(outer), 90)
    band.arcTo(_square(outer), 90, -degrees)  # degrees from 3 o'clock, counter-clockwise
    band.arcTo(_square(inner), 90 - degrees, degrees)
    band.closeSubpath()
    painter.setPen(_CLEAR)
    painter.setBrush(colour)
    painter.drawPath(band)
    angle = math.radians(degrees)
    end = QPointF(32 + _RING_RADIUS * math.sin(angle), 32 - _RING_RADIUS * math.cos(angle))
    for point in (QPointF(32, 32 - _RING_RADIUS), end):
        _disc(painter, width / 2, colour, centre=point)


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour)  # not QPen(colour, width): its default arguments are ``Qt`` enums
    pen.setWidthF(width)
    return pen


def _square(radius: float) -> QRectF:
    return QRectF(32 - radius, 32 - radius, 2 * radius, 2 * radius)


def _bars(painter: QPainter, left: QRectF, right: QRectF, corner: float) -> None:
    painter.setPen(_CLEAR)
    painter.setBrush(QBrush(_WHITE))
    for bar in (left, right):
        painter.drawRoundedRect(bar, corner, corner)


def _icon(paint: Painting, sizes: tuple[int, ...]) -> QIcon:
    icon = QIcon()
    for size in sizes:
        icon.addPixmap(render(paint, size))
    return icon


def render(paint: Painting, size: int, ratio: float | None = None) -> QPixmap:
    """``paint`` (on the 64-unit canvas) into a ``size`` px pixmap at ``ratio`` device pixels per
    pixel (by default the screen's)."""
    if ratio is None:
        screen = QGuiApplication.primaryScreen()
        ratio = screen.devicePixelRatio() if screen is not None else 1.0
    pixels = max(1, round(size * ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(_CLEAR)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(pixels / CANVAS, pixels / CANVAS)
    paint(painter)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
