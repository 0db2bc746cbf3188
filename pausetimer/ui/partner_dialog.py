"""After a pause starts or is extended: the sentence to say or send, with the return time in it."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pausetimer.context import AppContext
from pausetimer.core.errors import PausetimerError
from pausetimer.core.pause import Caution, Pause
from pausetimer.ui import texts
from pausetimer.ui.calm_scale import CalmScale
from pausetimer.ui.icons import app_icon
from pausetimer.ui.screen_fit import keep_on_screen
from pausetimer.ui.widgets import CAUTION_COLOUR, REFUSAL_COLOUR, MessageLabel, action_buttons
from pausetimer.ui.words_chooser import WordsChooser


class PartnerSentenceDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        pause: Pause,
        *,
        cautions: list[Caution] | None = None,
        extended: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Tell your partner"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(420)

        heading_text = (
            self.tr("Your pause is extended. Let your partner know the new time.")
            if extended
            else self.tr("Your pause has started. Let your partner know when you'll be back.")
        )
        heading = QLabel(heading_text)
        heading.setWordWrap(True)

        self.caution_label = MessageLabel(self.tr("Caution"), CAUTION_COLOUR)
        self.caution_label.show_text("\n".join(texts.caution(c) for c in cautions or []))

        self.words = WordsChooser(ctx, pause.return_at)
        self.copy_button = self.words.copy_button

        self._add_sharing(pause)

        self.announced_box = self._announced_box(pause)

        self.error_label = MessageLabel(self.tr("Problem"), REFUSAL_COLOUR)

        calm_question = self._calm_check(pause, shown=not extended)

        buttons, self.done_button = action_buttons(self.tr("&Done"), self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.caution_label)
        layout.addWidget(self.words)
        layout.addWidget(self.announced_box)
        layout.addWidget(calm_question)
        layout.addWidget(self.calm_scale)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._set_tab_order()
        self.copy_button.setFocus()

    def _add_sharing(self, pause: Pause) -> None:
        """Beside Copy: the return time for the phone, and the card for the partner."""
        self.phone_button = QPushButton(self.tr("Put it on my &phone…"))
        self.phone_button.setAutoDefault(False)
        self.phone_button.clicked.connect(lambda: self.show_phone(pause))
        self.card_button = QPushButton(self.tr("C&ard for my partner…"))
        self.card_button.setAutoDefault(False)
        self.card_button.clicked.connect(lambda: self.show_card(pause))
        self.words.copy_row.addWidget(self.phone_button)
        self.words.copy_row.addWidget(self.card_button)

    def _set_tab_order(self) -> None:
        """Words, their text, then what to do with them, in reading order."""
        chain = [
            self.words.choice_box,
            self.words.text_edit,
            self.copy_button,
            self.phone_button,
            self.card_button,
            self.announced_box,
            self.calm_scale,
            self.done_button,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    def show_phone(self, pause: Pause) -> QDialog:
        from pausetimer.ui.phone_dialog import PhoneDialog  # segno: only when asked for

        dialog = PhoneDialog(self._ctx, pause, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    @property
    def sentence(self) -> str:
        """The words as they stand in the dialog, edits included."""
        return self.words.sentence

    def show_card(self, pause: Pause) -> QDialog:
        from pausetimer.ui.card_dialog import CardDialog

        dialog = CardDialog(self._ctx, pause, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _announced_box(self, pause: Pause) -> QCheckBox:
        box = QCheckBox(self.tr("I &told my partner"))
        box.setChecked(pause.announced)
        box.setAccessibleDescription(
            self.tr("Saved with the pause, so the history shows which pauses were agreed.")
        )
        box.toggled.connect(self._set_announced)
        return box

    def _calm_check(self, pause: Pause, *, shown: bool) -> QLabel:
        """The calm check at the start: optional, in the window that shows anyway (never a
        question that must be answered before the pause runs); asked once, not on extending.
        Returns its question, for the layout."""
        self.calm_scale = CalmScale(self)
        self.calm_scale.set_value(pause.calm_start)
        self.calm_scale.rated.connect(lambda rating: self._set_calm(pause, rating))
        self.calm_scale.setVisible(shown)
        question = self.calm_scale.question_label()
        question.setVisible(shown)
        return question

    def _set_calm(self, pause: Pause, rating: int) -> None:
        if pause.id is None:
            return
        try:
            self._ctx.service.set_calm(pause.id, end=False, rating=rating)
        except PausetimerError as problem:
            self.error_label.show_text(texts.error(problem))
        else:
            self.error_label.show_text("")

    def _set_announced(self, announced: bool) -> None:
        try:
            self._ctx.service.set_announced(announced)
        except PausetimerError as problem:
            self.error_label.show_text(texts.error(problem))
        else:
            self.error_label.show_text("")
