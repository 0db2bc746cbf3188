"""What the reminder window's choices do: go back (end the pause, then ask how it went), more
time, breathe first; Enter presses the page's main choice, Escape and closing only hide."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QMetaMethod, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QStackedWidget, QWidget

from pausetimer.core.changes import Source
from pausetimer.core.errors import PausetimerError, StateError
from pausetimer.core.pause import Pause
from pausetimer.ui import texts
from pausetimer.ui.actions import EXTENSION_MINUTES, extend_with_consent
from pausetimer.ui.nudge_window import NudgeWindow
from pausetimer.ui.return_words import return_title, return_words


class ReminderChoices(NudgeWindow):
    """The behaviour of :class:`~pausetimer.ui.reminder_window.ReminderWindow`, which builds the
    pages and widgets named below (and holds every text, so the translations keep its name)."""

    extended = Signal(Pause)  # the pause with its new return time: offer the partner sentence
    ended = Signal(Pause)  # the ended pause
    breatheRequested = Signal()

    _ended_pause: Pause | None
    pages: QStackedWidget
    main_page: QWidget
    more_page: QWidget
    calm_page: QWidget
    note_page: QWidget
    more_error: QLabel
    note_edit: QLineEdit
    return_words: QLabel
    going_button: QPushButton
    custom_button: QPushButton
    extension_buttons: dict[int, QPushButton]
    together_dialog: QWidget | None = None  # "Plan a moment together", once asked for

    def _show_page(self, page: QWidget) -> None:
        self.more_error.clear()
        self.pages.setCurrentWidget(page)
        first = {
            self.main_page: self.going_button,
            self.more_page: self.extension_buttons[EXTENSION_MINUTES[0]],
            self.note_page: self.note_edit,
        }.get(page)
        if first is not None and self.isActiveWindow():
            first.setFocus()

    # --- actions ----------------------------------------------------------------------------

    def _going(self) -> None:
        try:
            self._ended_pause = self._ctx.service.end(source=Source.REMINDER)
        except StateError:
            self._ended_pause = None  # ended elsewhere meanwhile; nothing left to do
            self.hide()
            return
        except PausetimerError as problem:  # e.g. the database is busy: say so, stay open
            self.body.setText(texts.error(problem))
            return
        self.ended.emit(self._ended_pause)
        self.show_return(self._ended_pause)

    def show_return(self, pause: Pause) -> None:
        """The return page for ``pause``, just ended (here, or by "I'm back" elsewhere)."""
        self._ended_pause = pause
        self.setWindowTitle(return_title())  # "time to return" is over
        self.return_words.setText(return_words())  # in the language of now
        self.note_edit.clear()
        self._show_page(self.note_page)
        self.show()

    def _save_note(self) -> None:
        text = self.note_edit.text().strip()
        if text and self._ended_pause is not None and self._ended_pause.id is not None:
            self._ctx.service.set_return_note(self._ended_pause.id, text, source=Source.REMINDER)
        self.hide()

    def _plan_together(self) -> None:
        from pausetimer.ui.together_dialog import TogetherDialog

        self._save_note()  # keeps what was typed, and hides this window
        self.together_dialog = TogetherDialog(self._ctx)
        self.together_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.together_dialog.show()
        self.together_dialog.raise_()
        self.together_dialog.activateWindow()

    def _extend(self, minutes: int) -> None:
        try:
            pause = extend_with_consent(self._ctx, timedelta(minutes=minutes), self)
        except PausetimerError as problem:  # refused, or e.g. the database is busy: in words
            self.more_error.setText(texts.error(problem))
            return
        if pause is None:
            return  # the user chose not to go past a day
        self.hide()
        self.extended.emit(pause)

    def _breathe(self) -> None:
        signal = QMetaMethod.fromSignal(self.breatheRequested)
        if self.isSignalConnected(signal):
            self.breatheRequested.emit()
        else:
            self._show_page(self.calm_page)

    # --- keyboard and closing -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter presses the focused button, or the page's main choice.
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
                return
            if self.pages.currentWidget() is self.main_page:
                self.going_button.click()
                return
            if self.pages.currentWidget() is self.more_page:
                self.custom_button.click()
                return
        super().keyPressEvent(event)
