"""The breathing circle: a soft disc whose size follows the breath, drawn as cheaply as possible
(one flat fill, a repaint only when the size changes by a pixel or more)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

VISIBLE_CHANGE = 0.002  # a smaller change of size is below a pixel: skip the repaint
CALM = QColor(86, 150, 160)


class PacerView(QWidget):
    """Draws the circle at ``level`` (0 small, 1 full); a faint ring shows the full size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = 0.0
        self._painted_level = -1.0
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Breathing circle"))

    def set_level(self, level: float) -> None:
        self.level = level
        if abs(level - self._painted_level) >= VISIBLE_CHANGE:
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._painted_level = self.level
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2, self.height() / 2)
        full = min(self.width(), self.height()) / 2 - 6
        smallest = full * 0.35
        radius = smallest + (full - smallest) * self.level
        ring = QColor(CALM)
        ring.setAlphaF(0.25)
        painter.setPen(ring)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, full, full)
        fill = QColor(CALM)
        fill.setAlphaF(0.75)  # a flat fill: a gradient costs several times more to paint
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(
            QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        )
