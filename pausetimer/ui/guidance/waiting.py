"""The guidance window's page for the partner who waits: not chasing, something good for
yourself, and the letter. Breathing and the safety card are the window's other tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from pausetimer.context import AppContext
from pausetimer.core.waiting_guidance import WaitingGuidance
from pausetimer.ui.guidance.letter import LetterPanel
from pausetimer.ui.guidance.reflection import CardView


class WaitingPanel(QWidget):
    def __init__(
        self, ctx: AppContext, content: WaitingGuidance, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.letter = LetterPanel(ctx, content.letter)
        layout = QVBoxLayout(self)
        layout.addWidget(CardView(content.dont_chase))
        layout.addWidget(CardView(content.ideas))
        layout.addSpacing(8)
        layout.addWidget(self.letter)
        layout.addStretch()

    def save_now(self) -> None:
        self.letter.save_now()
