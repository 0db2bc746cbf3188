"""The card for the partner on screen, with print and save as PDF (see :mod:`pausetimer.card`).

The "where I'll be" line is typed here and kept only while the dialog is open: it is nobody's
business but the partner's, so it is not stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pausetimer import card, phone
from pausetimer.context import AppContext
from pausetimer.core.pause import Pause
from pausetimer.ui import texts
from pausetimer.ui.icons import app_icon
from pausetimer.ui.screen_fit import keep_on_screen


class CardCanvas(QWidget):
    """The card, drawn to fit the widget: what the page will look like."""

    def __init__(self, content: card.CardContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.setMinimumSize(250, 350)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(400, 560)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            card.paint_card(painter, QRectF(self.rect()), self.content)
        finally:
            painter.end()


class CardDialog(QDialog):
    def __init__(self, ctx: AppContext, pause: Pause, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pause = pause
        self.full_screen = False
        self.setWindowTitle(self.tr("Card for your partner"))
        self.setWindowIcon(app_icon())
        self.where_edit = QLineEdit()
        self.where_edit.setMaxLength(card.MAX_WHERE)
        self.where_edit.setPlaceholderText(self.tr("Optional, e.g. on a walk in the park"))
        self.where_edit.textChanged.connect(self._refresh)
        form = QFormLayout()
        where_label = QLabel(self.tr("&Where I'll be:"))
        where_label.setBuddy(self.where_edit)
        form.addRow(where_label, self.where_edit)
        self.canvas = CardCanvas(self._content())
        self.canvas.setAccessibleName(self.tr("The card"))
        self._describe()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.result_label)
        layout.addLayout(self._buttons())
        keep_on_screen(self, QSize(460, 720))

    def _buttons(self) -> QHBoxLayout:
        self.full_button = QPushButton(self.tr("&Full screen"))
        self.full_button.clicked.connect(self.toggle_full_screen)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_card)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        for button in (self.full_button, self.print_button, self.pdf_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.close_button)
        return row

    def _content(self) -> card.CardContent:
        return card.card_content(
            self._pause.return_at,
            texts.when(self._pause.return_at, self._ctx.clock),
            self._ctx.settings.get().partner_name,
            self.where_edit.text(),
        )

    def _refresh(self) -> None:
        self.canvas.content = self._content()
        self._describe()
        self.canvas.update()

    def _describe(self) -> None:
        """A screen reader reads the card's words; the picture alone says nothing to it."""
        content = self.canvas.content
        lines = [content.headline, content.where, content.waiting_title, *content.waiting]
        self.canvas.setAccessibleDescription("\n".join(line for line in lines if line))

    def toggle_full_screen(self) -> None:
        """Shown to the partner on this screen: as large as it gets; the button (or Esc) goes
        back."""
        self.full_screen = not self.full_screen
        if not self.full_screen:
            self.showNormal()
            self.full_button.setText(self.tr("&Full screen"))
        else:
            self.showFullScreen()
            self.full_button.setText(self.tr("&Smaller"))

    def save_pdf(self, path: Path) -> bool:
        problem = phone.check_target(path)
        if problem is None:
            try:
                card.write_pdf(path, self._content())
            except OSError as error:
                problem = str(error.strerror or error)
        if problem is not None:
            self.result_label.setText(self.tr("Not saved: %1").replace("%1", problem))
            return False
        self.result_label.setText(self.tr("Saved as %1.").replace("%1", str(path)))
        return True

    def _ask_pdf(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the card as PDF"),
            str(Path.home() / self.tr("pause-card.pdf")),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self.save_pdf(Path(name))

    def print_card(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # printing: only when asked

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(card.page_size())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            card.print_card(printer, self._content())
            self.result_label.setText(self.tr("Sent to the printer."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.full_screen:
            self.toggle_full_screen()  # Esc first leaves full screen, as in a photo viewer
            return
        super().keyPressEvent(event)
