"""The window that asks the user to go back: raised on top, without taking the keyboard from what
the user is typing; once clicked, an ordinary keyboard-usable window. Pages: the nudge (or the
one-day warning), more time, a calming text (when no breathing guidance is connected), and an
optional "how did it go?" after the return. ``ui.windows`` shows it when the reminders say "due".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pausetimer.context import AppContext
from pausetimer.core.pause import Pause
from pausetimer.ui.actions import EXTENSION_MINUTES
from pausetimer.ui.calm_check import CalmCheck
from pausetimer.ui.nudge_window import NudgeWords
from pausetimer.ui.reminder_choices import ReminderChoices
from pausetimer.ui.return_words import return_words_label
from pausetimer.ui.wayland import ask_for_attention


class ReminderWindow(ReminderChoices):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._ended_pause: Pause | None = None
        self.setWindowTitle(self.tr("Time to return"))
        self.setAccessibleName(self.tr("Pausetimer reminder"))

        self.pages = QStackedWidget(self)
        self.main_page = self._build_main_page()
        self.more_page = self._build_more_page()
        self.calm_page = self._build_calm_page()
        self.note_page = self._build_note_page()
        for page in (self.main_page, self.more_page, self.calm_page, self.note_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.pages)

    # --- building ---------------------------------------------------------------------------

    def _build_main_page(self) -> QWidget:
        page = QWidget()
        self.going_button = QPushButton(self.tr("I'm &going now"))
        self.more_button = QPushButton(self.tr("I need &more time"))
        self.breathe_button = QPushButton(self.tr("&Breathe first"))
        self.going_button.setDefault(True)
        self.going_button.clicked.connect(self._going)
        self.more_button.clicked.connect(lambda: self._show_page(self.more_page))
        self.breathe_button.clicked.connect(self._breathe)
        buttons = QHBoxLayout()
        for button in (self.going_button, self.more_button, self.breathe_button):
            buttons.addWidget(button)
        # Optional, before going back; a rating of 7 or more suggests asking for more time.
        self.calm_check = CalmCheck(self._ctx)
        self.calm_check.extendRequested.connect(self._extend)
        self.calm_check.breatheRequested.connect(self._breathe)
        self.calm_check.adviceShown.connect(self.body.setHidden)
        layout = QVBoxLayout(page)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addWidget(self.calm_check)
        layout.addStretch(1)
        layout.addSpacing(12)  # breathing room between the words and the choices
        layout.addLayout(buttons)
        return page

    def _build_more_page(self) -> QWidget:
        page = QWidget()
        question = QLabel(self.tr("How much more time do you need?"))
        question.setWordWrap(True)
        self.extension_buttons: dict[int, QPushButton] = {}
        choices = QHBoxLayout()
        for minutes in EXTENSION_MINUTES:
            button = QPushButton(self.tr("%n minute(s)", "", minutes))
            button.clicked.connect(lambda _=False, m=minutes: self._extend(m))
            self.extension_buttons[minutes] = button
            choices.addWidget(button)
        self.custom_minutes = QSpinBox()
        self.custom_minutes.setRange(1, 24 * 60)
        self.custom_minutes.setValue(45)
        self.custom_minutes.setSuffix(self.tr(" min"))
        self.custom_minutes.setAccessibleName(self.tr("Other number of minutes"))
        self.custom_button = QPushButton(self.tr("&Add"))
        self.custom_button.clicked.connect(lambda: self._extend(self.custom_minutes.value()))
        custom = QHBoxLayout()
        custom.addWidget(QLabel(self.tr("Other:")))
        custom.addWidget(self.custom_minutes)
        custom.addWidget(self.custom_button)
        custom.addStretch(1)
        back = QPushButton(self.tr("&Back"))
        back.clicked.connect(lambda: self._show_page(self.main_page))
        self.more_error = QLabel()
        self.more_error.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(question)
        layout.addLayout(choices)
        layout.addLayout(custom)
        layout.addWidget(self.more_error)
        layout.addStretch(1)
        layout.addWidget(back, alignment=Qt.AlignmentFlag.AlignLeft)
        return page

    def _build_calm_page(self) -> QWidget:
        page = QWidget()
        text = QLabel(
            self.tr(
                "Breathe in slowly through your nose, then let a long breath out through your "
                "mouth. Do this five times. Let your shoulders drop.\n\nWhen your breathing has "
                "slowed down, you are ready to go."
            )
        )
        text.setWordWrap(True)
        back = QPushButton(self.tr("&Back"))
        back.clicked.connect(lambda: self._show_page(self.main_page))
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addWidget(back, alignment=Qt.AlignmentFlag.AlignLeft)
        return page

    def _build_note_page(self) -> QWidget:
        page = QWidget()
        question = QLabel(self.tr("Good luck. Afterwards, if you like: how did the return go?"))
        question.setWordWrap(True)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("How the return went"))
        self.note_edit.setPlaceholderText(self.tr("Optional"))
        self.note_edit.returnPressed.connect(self._save_note)
        self.save_note_button = QPushButton(self.tr("&Save"))
        self.save_note_button.clicked.connect(self._save_note)
        skip = QPushButton(self.tr("S&kip"))
        skip.clicked.connect(self.hide)
        # Optional (step 9 of the article): plan time together, after the note if one was typed.
        self.together_button = QPushButton(self.tr("Plan a moment &together…"))
        self.together_button.clicked.connect(self._plan_together)
        buttons = QHBoxLayout()
        buttons.addWidget(self.together_button)
        buttons.addStretch(1)
        buttons.addWidget(skip)
        buttons.addWidget(self.save_note_button)
        layout = QVBoxLayout(page)
        self.return_words = return_words_label()
        layout.addWidget(self.return_words)
        layout.addSpacing(8)
        layout.addWidget(question)
        layout.addWidget(self.note_edit)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    # --- showing ----------------------------------------------------------------------------

    def show_reminder(self, *, long_warning: bool = False) -> None:
        """Show (or refresh) the nudge, on top, without taking keyboard focus."""
        if self.isVisible() and self.pages.currentWidget() is self.note_page:
            return  # the pause already ended; do not interrupt the note
        self.long_warning = long_warning or self.long_warning
        self.calm_check.prepare()
        self._fill_words()
        self._show_page(self.main_page)
        self.show()
        self.raise_()
        ask_for_attention(self)  # Wayland: no always-on-top, so a hint instead

    def present(self) -> None:
        """Show, raise and activate (when the user asks for the window explicitly)."""
        self._fill_words()
        self.show()
        self.raise_()
        self.activateWindow()

    def _ended_elsewhere(self) -> None:
        # After "I'm going now" the return page stays for its note; the nudge itself goes.
        if self.pages.currentWidget() is not self.note_page:
            self.hide()

    def _words(self, long_warning: bool) -> NudgeWords:
        if long_warning:
            return NudgeWords(
                title=self.tr("This pause has become long"),
                heading=self.tr("This pause has lasted more than a day"),
                body=self.tr(
                    "Healthy pauses last hours, at most a day. After that, a pause stops helping "
                    "and starts to feel like distance, for both of you.\n\n"
                    "• Talk with your partner about it today, even briefly.\n"
                    "• Plan some time together.\n"
                    "• If this keeps happening, consider talking to someone who can help, such as "
                    "a couples therapist or your doctor."
                ),
            )
        return NudgeWords(
            title=self.tr("Time to return"),
            heading=self.tr("It is time to go back"),
            body=self.tr(
                "You agreed to come back now. Take the first step yourself:\n\n"
                "• a hug, or a hand on the shoulder\n"
                "• a light word\n"
                "• ask how their day is going\n"
                "• then continue the conversation"
            ),
        )
