"""Asking before quitting while a pause runs: a closed app cannot remind anyone to go back.

Without a pause, quitting needs no question. With one, the question names the reminder that would
not come; the default button (Enter) and Escape keep Pausetimer running, and quitting takes a
deliberate choice. The question does not block: the tray, the reminders and the command line go on
while it is open.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton

from pausetimer import APP_NAME
from pausetimer.context import AppContext
from pausetimer.core.pause import PauseState
from pausetimer.ui import texts

QUIT_QUESTION_NAME = "quitQuestion"


class QuitQuestion(QObject):
    quitConfirmed = Signal()  # quit now: no pause runs, or the user chose to quit anyway
    kept = Signal()  # the user chose to keep Pausetimer running

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.box: QMessageBox | None = None
        self.keep_button: QPushButton | None = None
        self.quit_button: QPushButton | None = None

    def ask(self) -> None:
        """Quit at once when no pause runs; else ask (or bring the open question forward)."""
        pause = self._ctx.service.current()
        if pause is None or not pause.is_active:
            self.quitConfirmed.emit()
            return
        if self.box is not None and self.box.isVisible():
            self.box.raise_()
            self.box.activateWindow()
            return
        clock = self._ctx.clock
        if pause.state(clock.now()) is PauseState.RUNNING:
            text = self.tr(
                "A pause is running. The reminder %1 will not come while Pausetimer is closed."
            ).replace("%1", texts.when(pause.return_at, clock))
        else:
            text = self.tr(
                "Your return time has passed. Pausetimer cannot remind you again while it is "
                "closed."
            )
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text)
        box.setObjectName(QUIT_QUESTION_NAME)
        box.setWindowTitle(self.tr("Quit Pausetimer?"))
        box.setInformativeText(
            self.tr("Your pause stays saved, and its reminder comes when Pausetimer runs again.")
        )
        self.keep_button = box.addButton(
            self.tr("&Keep running"), QMessageBox.ButtonRole.RejectRole
        )
        self.quit_button = box.addButton(
            self.tr("&Quit anyway"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(self.keep_button)
        box.setEscapeButton(self.keep_button)
        box.setModal(False)
        box.finished.connect(self._finished)
        self.box = box
        box.show()
        box.raise_()
        box.activateWindow()

    def _finished(self, _result: int) -> None:
        box = self.box
        if box is not None and box.clickedButton() is self.quit_button:
            self.quitConfirmed.emit()
        else:
            self.kept.emit()
