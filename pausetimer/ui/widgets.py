"""Small building blocks the dialogs share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class MessageLabel(QLabel):
    """A wrapped line for a caution or a refusal; hidden while empty so it takes no room."""

    def __init__(self, accessible_name: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(accessible_name)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A coloured bar beside the text rather than coloured text: readable on light and dark.
        self.setStyleSheet(
            "QLabel { border-style: solid; border-width: 0 0 0 4px;"
            f" border-color: {colour}; padding-left: 6px; }}"
        )
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


CAUTION_COLOUR = "#d08a2e"
REFUSAL_COLOUR = "#b3475f"
