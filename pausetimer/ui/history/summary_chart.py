"""The chart of the therapist's summary, painted into an image (a PDF has no chart widget):
pauses per week or month, the ones past a day on top, as in the history window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from pausetimer.core.clock import Clock, to_local
from pausetimer.core.history_model import ChartSeries
from pausetimer.core.statistics import BucketSize, nice_scale
from pausetimer.ui.history.formatting import date_text

_WITHIN = QColor("#5b8db8")
_LONG = QColor("#d08a3c")
_INK = QColor("#222222")
_GRID = QColor("#bbbbbb")
WIDTH, HEIGHT = 1800, 560  # pixels; shown 17 cm wide in the PDF


def paint_chart(series: ChartSeries, clock: Clock) -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    points = series.points
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setPixelSize(36)  # shown about a third of its size
        painter.setFont(font)
        title = (
            QCoreApplication.translate("Summary", "Pauses per week")
            if series.size is BucketSize.WEEK
            else QCoreApplication.translate("Summary", "Pauses per month")
        )
        painter.setPen(_INK)
        painter.drawText(QRectF(0, 0, WIDTH, 40), Qt.AlignmentFlag.AlignHCenter, title)
        if not points:
            return image
        scale = nice_scale(max(p.count for p in points))
        left, top, right, bottom = 80.0, 60.0, WIDTH - 20.0, HEIGHT - 90.0
        height = bottom - top
        steps = int(scale.top / scale.step)
        for step in range(steps + 1):
            value = step * scale.step
            y = bottom - height * value / scale.top
            painter.setPen(QPen(_GRID, 1))
            painter.drawLine(int(left), int(y), int(right), int(y))
            painter.setPen(_INK)
            painter.drawText(
                QRectF(0, y - 22, left - 10, 44), Qt.AlignmentFlag.AlignRight, f"{value:g}"
            )
        slot = (right - left) / len(points)
        bar = min(max(slot * 0.7, 1.0), 140.0)  # one week alone is a bar, not a wall
        for index, point in enumerate(points):
            x = left + index * slot + (slot - bar) / 2
            within = point.count - point.long_count
            for amount, below, colour in ((within, 0, _WITHIN), (point.long_count, within, _LONG)):
                if amount:
                    y = bottom - height * (below + amount) / scale.top
                    painter.fillRect(QRectF(x, y, bar, height * amount / scale.top), colour)
        _labels(painter, series, clock, (left, right, bottom))
    finally:
        painter.end()
    return image


def _labels(painter: QPainter, series: ChartSeries, clock: Clock, box: tuple[float, ...]) -> None:
    """The first and the last bucket named under the axis, and the colours explained."""
    left, right, bottom = box
    first, last = series.points[0].start, series.points[-1].start
    painter.setPen(_INK)
    painter.drawText(QRectF(left, bottom + 8, 400, 44), date_text(to_local(first, clock)))
    painter.drawText(
        QRectF(right - 400, bottom + 8, 400, 44),
        Qt.AlignmentFlag.AlignRight,
        date_text(to_local(last, clock)),
    )
    x = left
    for colour, text in (
        (_WITHIN, QCoreApplication.translate("Summary", "Within a day")),
        (_LONG, QCoreApplication.translate("Summary", "Past a day")),
    ):
        painter.fillRect(QRectF(x, bottom + 52, 24, 24), colour)
        painter.drawText(QRectF(x + 32, bottom + 46, 400, 36), text)
        x += 360
