"""What helps when coming back, shown on the return page (after "I'm going now" in the reminder,
and after "I'm back" from the tray or the main window): thank the partner for waiting, tell them
it was not their fault, listen before solving."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget


def return_words() -> str:
    return QCoreApplication.translate(
        "ReturnWords",
        "When you go to your partner:\n\n"
        "• Thank them for waiting: “Thank you for giving me some time. It really helps.”\n"
        "• Tell them it wasn't their fault: “It wasn't you. I needed to clear my head before "
        "I could talk.”\n"
        "• Listen first. Solving can wait until they feel heard.",
    )


def return_title() -> str:
    return QCoreApplication.translate("ReturnWords", "Welcome back")


def return_words_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(return_words(), parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(QCoreApplication.translate("ReturnWords", "Words for the return"))
    return label
