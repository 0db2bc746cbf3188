"""The waiting partner's letter: written instead of pushing for a talk, autosaved with the wait
(as reflection answers are), and theirs to copy, print, save as a file or delete.

The letter belongs to the running wait, or to the most recent pause when that was a wait (so it
can be finished or printed afterwards); a line above it says which. Writes go through the
service, shortly after typing stops, when the panel hides and when the app quits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QHideEvent, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind
from pausetimer.core.errors import PausetimerError
from pausetimer.core.pause import Pause, Side
from pausetimer.core.waiting_guidance import Letter
from pausetimer.files import atomic_write
from pausetimer.ui import texts
from pausetimer.ui.guidance.support import wrapped_label

AUTOSAVE_DELAY_MS = 700


class LetterPanel(QWidget):
    def __init__(self, ctx: AppContext, letter: Letter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pause_id: int | None = None
        self._dirty = False
        self._loading = False
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_now)
        self._build(letter)
        ctx.events.changed.connect(self._changed)
        app = QCoreApplication.instance()
        if app is not None:  # quitting does not always hide the window first
            app.aboutToQuit.connect(self.save_now)
        self._load(self._target())

    def _build(self, letter: Letter) -> None:
        title = QLabel(letter.title)
        title.setProperty("role", "heading")
        self.target = wrapped_label("", role="muted")
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(letter.hint)
        self.editor.setAccessibleName(letter.title)
        self.editor.setMinimumHeight(self.editor.fontMetrics().lineSpacing() * 8)
        self.editor.textChanged.connect(self._edited)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.export_button = QPushButton(self.tr("Save as &file…"))
        self.delete_button = QPushButton(self.tr("&Delete letter…"))
        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self._print)
        self.export_button.clicked.connect(self._export)
        self.delete_button.clicked.connect(lambda: self.delete(confirm=True))
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.print_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(wrapped_label(letter.intro, role="muted"))
        layout.addWidget(self.target)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    @property
    def pause_id(self) -> int | None:
        return self._pause_id

    def text(self) -> str:
        return self.editor.toPlainText()

    def save_now(self) -> None:
        self._autosave.stop()
        if self._pause_id is None or not self._dirty:
            return
        try:
            self._ctx.service.save_letter(self._pause_id, self.text())
        except PausetimerError as problem:  # e.g. the database is busy: keep it, try again
            self.status.setText(texts.error(problem))
            self._autosave.start()
            return
        self._dirty = False
        self.status.setText(self.tr("Saved on this computer."))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.status.setText(self.tr("Copied."))

    def document(self) -> QTextDocument:
        """The letter as a page to print (plain text, the app's font)."""
        document = QTextDocument(self)
        document.setPlainText(self.text())
        return document

    def export_to(self, path: Path) -> None:
        """Save the letter as a plain text file, readable by the user only."""
        atomic_write(path, self.text() + "\n")
        self.status.setText(self.tr("Saved as %1.").replace("%1", path.name))

    def delete(self, *, confirm: bool) -> bool:
        """Delete the letter for good (after asking, when ``confirm``)."""
        if self._pause_id is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete the letter?"),
                self.tr("The letter will be deleted for good. This cannot be undone."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self._autosave.stop()
        self._ctx.service.delete_letter(self._pause_id)
        self._dirty = False
        self._set_text("")
        self.status.setText(self.tr("The letter is deleted."))
        return True

    def _print(self) -> None:  # pragma: no cover - a modal system dialog; tests print to PDF
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            self.document().print_(printer)

    def _export(self) -> None:  # pragma: no cover - a modal file dialog; tests call export_to
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the letter"), "letter.txt", self.tr("Text (*.txt)")
        )
        if name:
            try:
                self.export_to(Path(name))
            except OSError as error:
                self.status.setText(str(error.strerror or error))

    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.status.setText("")
        self._autosave.start()

    def _target(self) -> Pause | None:
        pause = self._ctx.service.latest_pause()
        return pause if pause is not None and pause.side is Side.WAITING else None

    def _changed(self, change: Change) -> None:
        if ChangeKind.ACTIVE_PAUSE in change or (
            ChangeKind.HISTORY in change and change.pause_id in (None, self._pause_id)
        ):
            target = self._target()
            if target is None or target.id != self._pause_id:
                self.save_now()
            self._load(target)
        elif (
            ChangeKind.LETTER in change and change.pause_id == self._pause_id and not self._dirty
        ):  # e.g. deleted elsewhere; what is being typed is never overwritten
            self._load(self._target())

    def _load(self, pause: Pause | None) -> None:
        self._pause_id = pause.id if pause is not None else None
        text = self._ctx.service.letter(self._pause_id) if self._pause_id is not None else ""
        self._set_text(text)
        self._dirty = False
        for widget in (self.editor, self.copy_button, self.print_button, self.export_button):
            widget.setEnabled(self._pause_id is not None)
        self.delete_button.setEnabled(self._pause_id is not None)
        if pause is None:
            self.target.setText(
                self.tr(
                    "The letter is kept with a wait. Start one from the tray: My partner is "
                    "taking a pause."
                )
            )
        elif pause.ended_at is None:
            self.target.setText(self.tr("Kept with this wait, on this computer only."))
        else:
            self.target.setText(
                self.tr("Kept with your last wait, which ended %1.").replace(
                    "%1", texts.when(pause.ended_at, self._ctx.clock)
                )
            )

    def _set_text(self, text: str) -> None:
        self._loading = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading = False

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)
