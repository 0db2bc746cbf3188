"""The reminder window's waiting variant: at the agreed time, the one who waits hears that their
partner agreed to come back about now, is asked to give them a few minutes, and gets a calm
sentence to invite them with if they don't come. Past a day: the boundary sentence from the
article and the way to the safety card. Raised on top without taking the keyboard, like the
reminder of the one who steps away; ``ui.windows`` picks the variant by the pause's side."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pausetimer.context import AppContext
from pausetimer.core.changes import Source
from pausetimer.core.errors import PausetimerError, StateError
from pausetimer.ui import texts, waiting_texts
from pausetimer.ui.actions import extend_with_consent
from pausetimer.ui.nudge_window import NudgeWindow, NudgeWords
from pausetimer.ui.wayland import ask_for_attention

MORE_MINUTES = 10


class WaitingReminderWindow(NudgeWindow):
    breatheRequested = Signal()
    helpRequested = Signal()  # the safety card, with where to find help

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAccessibleName(self.tr("Pausetimer reminder"))
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentence = _label()
        sentence_font = self.sentence.font()
        sentence_font.setItalic(True)
        sentence_font.setPointSizeF(sentence_font.pointSizeF() * 1.15)
        self.sentence.setFont(sentence_font)
        self.after = _label()
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_sentence)
        self.back_button = QPushButton()
        self.more_button = QPushButton()
        self.breathe_button = QPushButton()
        self.help_button = QPushButton()
        self._name_buttons()
        self.back_button.setDefault(True)
        self.back_button.clicked.connect(self._back)
        self.more_button.clicked.connect(self._more)
        self.breathe_button.clicked.connect(self.breatheRequested)
        self.help_button.clicked.connect(self.helpRequested)
        self.error = _label()
        buttons = QHBoxLayout()
        for button in (self.back_button, self.more_button, self.breathe_button, self.help_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        for widget in (self.heading, self.body, self.sentence):
            layout.addWidget(widget)
        layout.addWidget(self.copy_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.after)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def _name_buttons(self) -> None:
        self.copy_button.setText(self.tr("&Copy the sentence"))
        self.back_button.setText(waiting_texts.back_label())
        self.more_button.setText(self.tr("%n more minute(s)", "", MORE_MINUTES))
        self.breathe_button.setText(self.tr("B&reathe"))
        self.help_button.setText(self.tr("Where to find &help"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the settings switched the language
            self._name_buttons()
            self.fill_texts()
        super().changeEvent(event)

    def show_reminder(self, *, long_warning: bool = False) -> None:
        self.long_warning = long_warning or self.long_warning
        self.fill_texts()
        self.show()
        self.raise_()
        ask_for_attention(self)  # Wayland: no always-on-top, so a hint instead

    def fill_texts(self) -> None:
        self.error.clear()
        words = self._fill_words()
        self.sentence.setText(f"“{words.sentence}”")
        self.after.setText(words.after)
        self.help_button.setVisible(self.long_warning)

    def _words(self, long_warning: bool) -> NudgeWords:
        if long_warning:
            return NudgeWords(
                title=self.tr("This wait has become long"),
                heading=self.tr("This pause has lasted more than a day"),
                body=self.tr(
                    "Healthy pauses last hours, at most a day. You may ask for what you need, "
                    "calmly, for example:"
                ),
                sentence=waiting_texts.boundary(),
                after=self.tr(
                    "If you are worried, or if there is fear or threat between you, you deserve "
                    "help. The safety card says where to find it."
                ),
            )
        return NudgeWords(
            title=self.tr("Time for them to come back"),
            heading=self.tr("Your partner agreed to come back about now"),
            body=self.tr(
                "Give them a few minutes: coming back out of a pause can take a moment. "
                "If they don't come, you could go to them calmly and say:"
            ),
            sentence=waiting_texts.invitation(),
            after=self.tr("Not a reproach, just an invitation. Listening comes before solving."),
        )

    def copy_sentence(self) -> None:
        QGuiApplication.clipboard().setText(self.sentence.text().strip("“”"))

    def _back(self) -> None:
        try:
            self._ctx.service.end(source=Source.REMINDER)
        except StateError:
            pass  # ended elsewhere meanwhile
        except PausetimerError as problem:  # e.g. the database is busy: say so, stay open
            self.error.setText(texts.error(problem))
            return
        self.hide()

    def _more(self) -> None:
        try:
            pause = extend_with_consent(self._ctx, timedelta(minutes=MORE_MINUTES), self)
        except PausetimerError as problem:
            self.error.setText(texts.error(problem))
            return
        if pause is not None:
            self.hide()


def _label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
