"""The calm check in the reminder, before going back: the scale, and when the answer is still 7
or more, what to do instead of going back flooded.

Gottman's advice: come back at the agreed time even when still flooded, then ask for a specific
amount more. So a high rating never silences anything: the reminder stays, suggests breathing
first, names how much more time to ask for and gives the sentence to ask it with.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pausetimer.context import AppContext
from pausetimer.core.calm import still_flooded, suggested_extension
from pausetimer.core.changes import Source
from pausetimer.core.errors import PausetimerError
from pausetimer.ui import texts
from pausetimer.ui.calm_scale import CalmScale


def ask_for_more_sentence(minutes: int, back_at: datetime, ctx: AppContext) -> str:
    return (
        QCoreApplication.translate(
            "CalmCheck",
            "I'm still too upset to talk well. Can I take %1 more minutes? I'll come to you %2.",
        )
        .replace("%1", str(minutes))
        .replace("%2", texts.when(back_at, ctx.clock))
    )


class CalmCheck(QWidget):
    """``extendRequested``: minutes the user chose to ask for; ``breatheRequested``: breathe;
    ``adviceShown``: whether the advice for a high rating is showing."""

    extendRequested = Signal(int)
    breatheRequested = Signal()
    # The advice came or went: the reminder leaves out its other words meanwhile, so the window
    # still fits a small screen (and the flooded reader has less to read).
    adviceShown = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._asked_for: tuple[int | None, datetime] | None = None  # (pause id, return time)
        self.scale = CalmScale()
        self.scale.rated.connect(self._rated)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setStyleSheet(
            "QLabel { padding: 8px; border: 1px solid palette(mid); border-radius: 6px; }"
        )
        self.breathe_button = QPushButton(QCoreApplication.translate("CalmCheck", "B&reathe now"))
        self.breathe_button.clicked.connect(self.breatheRequested)
        # Named from the start (the minutes come with the advice): a screen reader lists it
        # while it is hidden too.
        self.extend_button = QPushButton(
            QCoreApplication.translate("CalmCheck", "&Ask for more time")
        )
        self.extend_button.clicked.connect(self._ask_more)
        advice_buttons = QHBoxLayout()
        advice_buttons.addWidget(self.breathe_button)
        advice_buttons.addWidget(self.extend_button)
        advice_buttons.addStretch(1)
        self.advice_box = QWidget()
        box = QVBoxLayout(self.advice_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.advice)
        box.addLayout(advice_buttons)
        self.advice_box.hide()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scale.question_label())
        layout.addWidget(self.scale)
        layout.addWidget(self.advice_box)
        layout.addWidget(self.problem)

    def prepare(self) -> None:
        """Before a reminder shows: a new return time asks afresh; a repeat keeps the answer."""
        pause = self._ctx.service.current()
        key = (pause.id, pause.return_at) if pause else None
        if key != self._asked_for:
            self._asked_for = key
            self.scale.set_value(None)
            self._show_advice_box(False)
            self.problem.clear()

    def suggestion_minutes(self) -> int:
        rating = self.scale.value()
        return int(suggested_extension(rating or 0).total_seconds() // 60)

    def _rated(self, rating: int) -> None:
        pause = self._ctx.service.current()
        if pause is None or pause.id is None:
            return
        try:
            self._ctx.service.set_calm(pause.id, end=True, rating=rating, source=Source.REMINDER)
        except PausetimerError as problem:  # e.g. the database is busy: say so, keep the choice
            self.problem.setText(texts.error(problem))
        else:
            self.problem.clear()
        self._show_advice(rating, pause.return_at)

    def _show_advice(self, rating: int, return_at: datetime) -> None:
        if not still_flooded(rating):
            self._show_advice_box(False)
            return
        minutes = self.suggestion_minutes()
        back = max(return_at, self._ctx.clock.now()) + suggested_extension(rating)
        self.advice.setText(
            QCoreApplication.translate(
                "CalmCheck",
                "You are still flooded, and that is all right. Breathe first. Then go to your "
                "partner as agreed and ask for %1 more minutes, for example:",
            ).replace("%1", str(minutes))
            + "\n\n“"
            + ask_for_more_sentence(minutes, back, self._ctx)
            + "”"
        )
        self.extend_button.setText(
            QCoreApplication.translate("CalmCheck", "&Ask for %1 more minutes").replace(
                "%1", str(minutes)
            )
        )
        self._show_advice_box(True)

    def _show_advice_box(self, shown: bool) -> None:
        self.advice_box.setVisible(shown)
        self.adviceShown.emit(shown)

    def _ask_more(self) -> None:
        self.extendRequested.emit(self.suggestion_minutes())
