"""How the icons are drawn: the SVG designs in resources/icons, painted with QPainter on the same
64-unit canvas, straight into pixmaps at each size times the screen's device pixel ratio, so they
are crisp at any scale. Painting instead of loading the SVGs keeps QtSvg (and the SVG icon engine,
which starts worker threads to render a window icon) out of a tray app that idles all day; a test
renders both and checks they agree.

Imported only when something must be painted (see :mod:`pausetimer.ui.icons`): this module uses
``Qt``'s enums, and the first use of those makes PySide build about a hundred Python enums.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QIcon, QPainter, QPen, QPixmap, QPolygonF

from pausetimer.ui.pause_view import ViewState

CANVAS = 64.0  # the SVGs' viewBox
_CENTRE = QPointF(32, 32)
_FACE_RADIUS = 29.0
_RING_RADIUS = 22.0
_WHITE = QColor("#ffffff")
_SUN = QColor("#f4d58d")  # the ring of time left

# Face colour and rim colour of each state (a light rim keeps the face readable on dark panels).
_FACES = {
    ViewState.IDLE: ("#2f6f73", "#e8f3f1"),
    ViewState.RUNNING: ("#2f6f73", "#e8f3f1"),
    ViewState.DUE: ("#d08a2e", "#fff4e0"),
    ViewState.LONG: ("#a5566a", "#fbe9ee"),
}

Painting = Callable[[QPainter], None]


def painted_icon(paint: Painting, sizes: tuple[int, ...]) -> QIcon:
    icon = QIcon()
    for size in sizes:
        icon.addPixmap(render(paint, size))
    return icon


def paint_state(painter: QPainter, state: ViewState, fraction: float = 0.0) -> None:
    """Paint one state icon on the 64-unit canvas (``fraction``: time left, for RUNNING)."""
    fill, rim = _FACES[state]
    _disc(painter, _FACE_RADIUS, QColor(fill), QPen(QColor(rim), 2))
    if state is ViewState.IDLE:
        _bars(painter, QRectF(23, 20, 7, 24), QRectF(34, 20, 7, 24), 2)
    elif state is ViewState.RUNNING:
        _ring(painter, QColor("#cfe8e3"), 6, opacity=0.35)
        _arc(painter, fraction, _SUN, 6)
        _bars(painter, QRectF(25, 23, 5, 18), QRectF(34, 23, 5, 18), 1.5)
    elif state is ViewState.DUE:
        pen = QPen(_WHITE, 2)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(_WHITE)
        painter.drawPolygon(QPolygonF([QPointF(25, 19), QPointF(46, 32), QPointF(25, 45)]))
    else:  # LONG: a full ring and a dot, clearly not "running", without alarm red
        _ring(painter, QColor(rim), 5)
        _bars(painter, QRectF(25, 21, 5, 16), QRectF(34, 21, 5, 16), 1.5)
        _disc(painter, 3.2, _WHITE, centre=QPointF(32, 44))


def paint_app(painter: QPainter) -> None:
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
    painter.setPen(pen if pen is not None else Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawEllipse(centre, radius, radius)


def _ring(painter: QPainter, colour: QColor, width: float, opacity: float = 1.0) -> None:
    painter.save()
    painter.setOpacity(opacity)
    painter.setPen(QPen(colour, width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(_CENTRE, _RING_RADIUS, _RING_RADIUS)
    painter.restore()


def _arc(painter: QPainter, fraction: float, colour: QColor, width: float) -> None:
    """From 12 o'clock clockwise over ``fraction`` of the circle (0..1)."""
    fraction = min(max(fraction, 0.0), 1.0)
    if fraction <= 0.0:
        return
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    box = QRectF(32 - _RING_RADIUS, 32 - _RING_RADIUS, 2 * _RING_RADIUS, 2 * _RING_RADIUS)
    # Qt counts sixteenths of a degree from 3 o'clock, counter-clockwise.
    painter.drawArc(box, 90 * 16, -round(fraction * 360 * 16))


def _bars(painter: QPainter, left: QRectF, right: QRectF, corner: float) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(_WHITE))
    for bar in (left, right):
        painter.drawRoundedRect(bar, corner, corner)


def render(paint: Painting, size: int, ratio: float | None = None) -> QPixmap:
    """``paint`` (on the 64-unit canvas) into a ``size`` px pixmap at ``ratio`` device pixels per
    pixel (by default the screen's)."""
    if ratio is None:
        screen = QGuiApplication.primaryScreen()
        ratio = screen.devicePixelRatio() if screen is not None else 1.0
    pixels = max(1, round(size * ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(pixels / CANVAS, pixels / CANVAS)
    paint(painter)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
