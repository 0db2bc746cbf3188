"""What the two reminder windows share (the nudge of the one who steps away, and the waiting
side's note): raised on top without taking the keyboard, a large heading over a body text, the
words of the usual nudge or of the one-day warning, and leaving when the pause ends elsewhere.

The words themselves stay in each window's class (:meth:`NudgeWindow._words`), so their
translations keep that class's name as their context."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QWidget

from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind, Source
from pausetimer.ui.screen_fit import keep_on_screen


class NudgeWords(NamedTuple):
    """The words of one variant of a reminder: the usual nudge, or the one-day warning."""

    title: str
    heading: str
    body: str
    sentence: str = ""  # the waiting side's sentence to say, shown in quotes
    after: str = ""  # the waiting side's line under it


class NudgeWindow(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        keep_on_screen(self)
        self._ctx = ctx
        ctx.events.changed.connect(self._changed)
        self.long_warning = False
        # Raise it, but leave the keyboard where it is until the user comes to this window.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setMinimumWidth(440)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)

    def _words(self, long_warning: bool) -> NudgeWords:
        """The words of the one-day warning or of the usual nudge, in the language of now."""
        raise NotImplementedError

    def _fill_words(self) -> NudgeWords:
        """Title, heading and body for the variant ``long_warning`` asks for; returns its words
        for what else the window shows."""
        words = self._words(self.long_warning)
        self.setWindowTitle(words.title)
        self.heading.setText(words.heading)
        self.body.setText(words.body)
        return words

    def _changed(self, change: Change) -> None:
        # The window's own choices move it themselves; only a change made elsewhere (tray,
        # command line) closes the nudge or takes back the one-day warning.
        if ChangeKind.ACTIVE_PAUSE not in change or change.source is Source.REMINDER:
            return
        if change.active is None:
            self._ended_elsewhere()
        elif not change.active.is_long(self._ctx.clock.now()):
            self.long_warning = False

    def _ended_elsewhere(self) -> None:
        self.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing only hides: the pause goes on and the nudge comes back at the next repeat.
        event.ignore()
        self.hide()
