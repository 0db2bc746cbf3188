"""The first-run welcome: what the app is for, the pause promise, privacy, safety, and the partner's
name (optional) for the sentences the app proposes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pausetimer.context import AppContext
from pausetimer.core.errors import InputError
from pausetimer.settings import MAX_PARTNER_NAME
from pausetimer.ui.icons import app_icon
from pausetimer.ui.screen_fit import keep_on_screen, scrolling
from pausetimer.ui.widgets import FIELD_ERROR_COLOUR


class WelcomeDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Welcome to Pausetimer"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)

        heading = QLabel(self.tr("Welcome to Pausetimer"))
        heading.setObjectName("welcomeHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        # The paragraphs scroll on a screen too small for them; the name and the button stay.
        sections = QWidget()
        column = QVBoxLayout(sections)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        for title, text in self._sections():
            label = QLabel(f"<b>{title}</b><br>{text}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            column.addWidget(label)
        layout.addWidget(scrolling(sections), 1)

        form = QFormLayout()
        self.partner_name = QLineEdit(ctx.settings.get().partner_name)
        self.partner_name.setMaxLength(MAX_PARTNER_NAME)
        self.partner_name.setPlaceholderText(self.tr("Optional"))
        self.partner_name.setAccessibleName(self.tr("Partner's name"))
        name_label = QLabel(self.tr("Your partner's &name:"))
        name_label.setBuddy(self.partner_name)
        form.addRow(name_label, self.partner_name)
        layout.addLayout(form)

        self.error = QLabel()
        self.error.setStyleSheet(f"color: {FIELD_ERROR_COLOUR};")
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            self.tr("&Get started"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _sections(self) -> list[tuple[str, str]]:
        """What the app is for, the promise, privacy and safety: a title and a paragraph each."""
        return [
            (
                self.tr("What it is for"),
                self.tr(
                    "When a conversation gets tense, a pause can help, as long as you both know "
                    "when you will come back. Pausetimer helps you ask for that pause, calm down "
                    "during it, and return at the time you agreed."
                ),
            ),
            (
                self.tr("The promise"),
                self.tr(
                    "A pause is a promise to return, not a way to punish with silence. Take at "
                    "least 20 minutes to calm down, and keep it to hours, at most a day."
                ),
            ),
            (
                self.tr("Private"),
                self.tr(
                    "Everything stays on this computer: no account, no internet, no tracking. "
                    "You can export or delete your history at any time."
                ),
            ),
            (
                self.tr("Safety"),
                self.tr(
                    "If there is fear or violence in your relationship, this app is not the right "
                    "tool. Talk to your doctor or a helpline (in the Netherlands: Veilig Thuis, "
                    "0800-2000). In danger, call 112."
                ),
            ),
        ]

    def accept(self) -> None:
        try:
            self._ctx.settings.update(
                partner_name=self.partner_name.text().strip(), welcome_done=True
            )
        except InputError:
            self.error.setText(self.tr("Please keep the name to one line."))
            self.error.show()
            return
        super().accept()

    def reject(self) -> None:
        # Closing the welcome is fine too: it was read; don't show it again at every start.
        self._ctx.settings.update(welcome_done=True)
        super().reject()
