"""Words to choose: the sentences of :mod:`pausetimer.core.partner_words`, editable, copyable.

The choice is remembered (the ``partner_sentence`` setting), so the words a user found fitting are
offered first next time. The text stays editable: the user's own words beat ours; an edit is not
stored, since it may hold what is said between two people.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pausetimer.context import AppContext
from pausetimer.core import partner_words
from pausetimer.ui import texts


class WordsChooser(QWidget):
    def __init__(self, ctx: AppContext, return_at: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._return_at = return_at
        self.choice_box = QComboBox()
        self.choice_box.setAccessibleName(self.tr("Words to choose"))
        for sentence in partner_words.SENTENCES:
            label = QCoreApplication.translate(partner_words.CONTEXT, sentence.label)
            self.choice_box.addItem(label, sentence.key)
        chosen = partner_words.sentence(ctx.settings.get().partner_sentence).key
        self.choice_box.setCurrentIndex(self.choice_box.findData(chosen))
        choice_label = QLabel(self.tr("&Words:"))
        choice_label.setBuddy(self.choice_box)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(choice_label, self.choice_box)

        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Sentence for your partner"))
        self.text_edit.setAccessibleDescription(self.tr("You can change the words before copying."))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setStyleSheet("QPlainTextEdit { font-size: 120%; padding: 6px; }")
        self.text_edit.setMinimumHeight(90)
        self.text_edit.setMaximumHeight(150)  # the longest sentence, not a page of air
        self._fill()
        self.choice_box.activated.connect(self._chosen)

        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the sentence"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_sentence)
        self.copied_label = QLabel()
        self.copied_label.setWordWrap(True)
        self.copied_label.setAccessibleName(self.tr("Copy result"))
        self.copy_row = QHBoxLayout()
        self.copy_row.addWidget(self.copy_button)
        self.copy_row.addWidget(self.copied_label, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.text_edit)
        layout.addLayout(self.copy_row)

    @property
    def sentence(self) -> str:
        """The words as they are now, edits included."""
        return self.text_edit.toPlainText()

    def _fill(self) -> None:
        settings = self._ctx.settings.get()
        self.text_edit.setPlainText(
            texts.partner_sentence(
                self._return_at,
                self._ctx.clock,
                settings.partner_name,
                str(self.choice_box.currentData()),
            )
        )

    def _chosen(self, index: int) -> None:
        self._ctx.settings.update(partner_sentence=str(self.choice_box.itemData(index)))
        self._fill()
        self.copied_label.clear()

    def copy_sentence(self) -> None:
        QGuiApplication.clipboard().setText(self.sentence)
        self.copied_label.setText(self.tr("Copied. Paste it into a message, or say it out loud."))
