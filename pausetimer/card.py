"""The card for the partner: one calm page to show on screen, print or save as PDF.

What it says comes from :mod:`pausetimer.core.partner_words` (translated by the caller's Qt
translator); here it is laid out once, on a canvas of :data:`CANVAS` points that fits an A4 and a
Letter page inside their margins, and scaled to whatever it is drawn on: a widget, a printer or a
PDF file. The same drawing everywhere means the screen shows what the paper will show. Only QtGui
is used (no widgets, no browser), so the command line can write the PDF too.

Colours keep WCAG AA contrast on the white page (a test computes the ratios).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from pausetimer import phone
from pausetimer.core import partner_words as words

CANVAS = QSizeF(500, 700)  # points; A4 and Letter both hold it inside 15 mm margins
PAGE_MARGIN_MM = 15
PAPER = "#ffffff"
INK = "#1b1b1b"
ACCENT = "#1d4f5c"  # the headline: a calm dark teal
MUTED = "#555555"
QR_SIZE = 150
MAX_WHERE = 80  # one line on the card


@dataclass(frozen=True)
class CardContent:
    headline: str
    where: str  # "" leaves the line out
    waiting_title: str
    waiting: tuple[str, ...]
    qr_caption: str
    footer: str
    return_at: datetime
    qr_summary: str


def card_content(return_at: datetime, when: str, name: str = "", where: str = "") -> CardContent:
    """The card's texts in the installed translation; ``when`` is the return as said in a
    sentence ("at 19:00")."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(words.CONTEXT, text)

    name = name.strip()
    where = " ".join(where.split())[:MAX_WHERE]
    headline = words.CARD_HEADLINE_NAMED if name else words.CARD_HEADLINE
    return CardContent(
        headline=words.fill(tr(headline), when, name),
        where=tr(words.CARD_WHERE).replace("%1", where) if where else "",
        waiting_title=tr(words.CARD_WAITING_TITLE),
        waiting=tuple(tr(line) for line in words.CARD_WAITING),
        qr_caption=tr(words.CARD_QR),
        footer=tr(words.CARD_FOOTER),
        return_at=return_at,
        qr_summary=QCoreApplication.translate("PhoneDialog", "Time to return"),
    )


def _html(content: CardContent) -> str:
    where = (
        f'<p style="font-size:20px; margin-top:14px;">{escape(content.where)}</p>'
        if content.where
        else ""
    )
    waiting = "".join(
        f'<p style="font-size:18px; margin-top:10px;">{escape(line)}</p>'
        for line in content.waiting
    )
    return (
        f'<div style="color:{INK};">'
        f'<p style="font-size:32px; font-weight:600; color:{ACCENT};">'
        f"{escape(content.headline)}</p>{where}"
        f'<p style="font-size:22px; font-weight:600; margin-top:34px;">'
        f"{escape(content.waiting_title)}</p>{waiting}</div>"
    )


def _fitted_text(content: CardContent, room: float) -> tuple[QTextDocument, float]:
    """The card's text and the scale at which it fits above the QR code: 1, unless a very long
    name or place would push the code off the page."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(_html(content))
    factor = 1.0
    for _ in range(4):  # narrower text wraps less, so shrinking converges in a step or two
        document.setTextWidth(CANVAS.width() / factor)
        height = document.size().height() * factor
        if height <= room:
            break
        factor *= room / height
    return document, factor


def paint_card(painter: QPainter, target: QRectF, content: CardContent) -> None:
    """Draw the card into ``target`` (device units), scaled to fit and centred."""
    painter.save()
    painter.fillRect(target, QColor(PAPER))
    scale = min(target.width() / CANVAS.width(), target.height() / CANVAS.height())
    painter.translate(
        target.x() + (target.width() - CANVAS.width() * scale) / 2,
        target.y() + (target.height() - CANVAS.height() * scale) / 2,
    )
    painter.scale(scale, scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)

    qr_top = CANVAS.height() - QR_SIZE - 40
    document, factor = _fitted_text(content, qr_top - 20)
    painter.save()
    painter.scale(factor, factor)
    document.drawContents(painter, QRectF(0, 0, CANVAS.width() / factor, qr_top / factor))
    painter.restore()

    code = QImage()
    code.loadFromData(phone.qr_png(content.return_at, content.qr_summary, scale=8), "PNG")
    painter.drawImage(QRectF(0, qr_top, QR_SIZE, QR_SIZE), code)
    caption = QTextDocument()
    caption.setDocumentMargin(0)
    caption.setHtml(
        f'<p style="font-size:15px; color:{INK};">{escape(content.qr_caption)}</p>'
        f'<p style="font-size:11px; color:{MUTED}; margin-top:12px;">{escape(content.footer)}</p>'
    )
    caption.setTextWidth(CANVAS.width() - QR_SIZE - 24)
    painter.translate(QR_SIZE + 24, qr_top + 16)
    caption.drawContents(painter)
    painter.restore()


def region() -> QLocale:
    """The system's region, whatever language the app speaks: the paper in the printer is
    local."""
    return QLocale.system()


def page_size() -> QPageSize:
    """Letter where the user's region uses it, else A4."""
    if region().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def print_card(device: QPagedPaintDevice, content: CardContent) -> None:
    """Draw the card on one page of ``device`` (a printer or a PDF writer)."""
    device.setPageLayout(
        QPageLayout(
            page_size(),
            QPageLayout.Orientation.Portrait,
            QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(device)
    try:
        resolution = device.logicalDpiX()
        paint_card(painter, QRectF(device.pageLayout().paintRectPixels(resolution)), content)
    finally:
        painter.end()


def write_pdf(path: Path, content: CardContent) -> None:
    """Write the card as a one-page PDF (to a temporary name first, then moved in place, as the
    app writes every file)."""
    temporary = path.with_name(f".{path.name}.part")
    writer = QPdfWriter(str(temporary))
    writer.setResolution(300)
    writer.setTitle(content.headline)
    writer.setCreator("Pausetimer")
    print_card(writer, content)
    del writer  # flushes and closes the file
    try:
        data = temporary.read_bytes()
    finally:
        temporary.unlink(missing_ok=True)
    phone.write(path, data)
