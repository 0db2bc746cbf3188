"""The calm check as a widget: "How flooded are you right now?", one tap on 0 to 10.

It never has to be answered: it sits in a window the user is already looking at (the partner
sentence after a start, the reminder before going back), and an unanswered scale stores nothing.
One Tab stop for the whole scale; then arrow keys, Home/End and the digits choose (type 1 then 0
quickly for 10), so it is usable with the keyboard alone.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pausetimer.core.calm import CALM_HIGHEST, CALM_LOWEST

# Typing "1" then "0" within this many seconds means 10.
_TEN_WINDOW_S = 1.2


def calm_anchor(rating: int) -> str:
    """The words for a rating: what the number means, for the scale and the history."""
    if rating <= 2:
        return QCoreApplication.translate("CalmScale", "calm, I can listen")
    if rating <= 4:
        return QCoreApplication.translate("CalmScale", "a little tense")
    if rating <= 6:
        return QCoreApplication.translate("CalmScale", "tense, my heart beats faster")
    if rating <= 8:
        return QCoreApplication.translate("CalmScale", "flooded, hard to think clearly")
    return QCoreApplication.translate("CalmScale", "completely flooded")


class CalmScale(QWidget):
    """``rated`` carries the chosen rating each time the user chooses one."""

    rated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._last_digit: tuple[int, float] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.question())
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(2)
        for rating in range(CALM_LOWEST, CALM_HIGHEST + 1):
            button = QPushButton(str(rating))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scale is one Tab stop
            button.setMinimumWidth(28)
            button.setMaximumWidth(44)
            button.setToolTip(f"{rating}: {calm_anchor(rating)}")
            self.group.addButton(button, rating)
            row.addWidget(button)
        self.group.idClicked.connect(self._choose)
        # The two ends in words, and between them the words of the chosen number: one line, so
        # the reminder still fits a small screen.
        self.meaning = QLabel()
        self.meaning.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        anchors = QHBoxLayout()
        anchors.addWidget(QLabel(QCoreApplication.translate("CalmScale", "0 calm")))
        anchors.addWidget(self.meaning, 1)
        flooded = QLabel(QCoreApplication.translate("CalmScale", "10 flooded"))
        flooded.setAlignment(Qt.AlignmentFlag.AlignRight)
        anchors.addWidget(flooded)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(5, 3, 5, 3)  # room for the painted focus
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addLayout(anchors)
        self._show_meaning()

    @staticmethod
    def question() -> str:
        return QCoreApplication.translate("CalmScale", "How flooded are you right now?")

    def question_label(self) -> QLabel:
        """The question, with a shortcut (Alt+F) that brings the keyboard to the scale."""
        label = QLabel(QCoreApplication.translate("CalmScale", "How &flooded are you right now?"))
        label.setWordWrap(True)
        label.setBuddy(self)
        return label

    def value(self) -> int | None:
        return self._value

    def set_value(self, rating: int | None) -> None:
        """Show a rating without announcing it (e.g. one stored earlier); None clears."""
        self._value = rating
        if rating is None:
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.group.button(rating).setChecked(True)
        self._show_meaning()

    def _choose(self, rating: int) -> None:
        self.set_value(rating)
        self.rated.emit(rating)

    def _show_meaning(self) -> None:
        if self._value is None:
            text = QCoreApplication.translate("CalmScale", "Optional: tap a number.")
        else:
            text = f"{self._value}: {calm_anchor(self._value)}"
        self.meaning.setText(text)
        self.setAccessibleDescription(text)

    # -- keyboard ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        rating = self._rating_for_key(event)
        if rating is None:
            super().keyPressEvent(event)
            return
        self._choose(max(CALM_LOWEST, min(CALM_HIGHEST, rating)))

    def _rating_for_key(self, event: QKeyEvent) -> int | None:
        key = int(event.key())
        current = self._value
        steps = {Qt.Key.Key_Right: 1, Qt.Key.Key_Up: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Down: -1}
        step = next((size for name, size in steps.items() if name.value == key), None)
        if step is not None:
            # From nothing chosen, the first step lands on the middle of the scale.
            return 5 if current is None else current + step
        if key == Qt.Key.Key_Home.value:
            return CALM_LOWEST
        if key == Qt.Key.Key_End.value:
            return CALM_HIGHEST
        if Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
            digit = key - Qt.Key.Key_0.value
            now = time.monotonic()
            previous, self._last_digit = self._last_digit, (digit, now)
            if digit == 0 and previous and previous[0] == 1 and now - previous[1] < _TEN_WINDOW_S:
                return CALM_HIGHEST
            return digit
        return None

    # -- a visible focus, since the buttons themselves take none ------------------------------
    # Painted inside the margins, so the scale keeps its size with or without the keyboard.

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
            painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
