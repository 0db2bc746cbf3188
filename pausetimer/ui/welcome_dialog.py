"""The first-run welcome: what the app is for, the pause promise, privacy, safety, and the partner's
name (optional) for the sentences the app proposes."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pausetimer.context import AppContext
from pausetimer.core.errors import InputError
from pausetimer.settings import MAX_PARTNER_NAME
from pausetimer.ui.icons import app_icon
from pausetimer.ui.screen_fit import keep_on_screen
from pausetimer.ui.widgets import FIELD_ERROR_COLOUR


class WelcomeDialog(QDialog):
    # The user asked for the card of early signals (the welcome stays open behind it).
    signalsRequested = Signal()

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, tray_present: bool = True
    ) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self._ctx = ctx
        self._tray_present = tray_present
        self.setWindowTitle(self.tr("Welcome to Pausetimer"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(480)
        layout = self._layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self._build_reading(), 1)

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
        # The early signals are worth knowing before the first tense moment, not during it.
        self.signals_button = buttons.addButton(
            self.tr("Know your early &signals…"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.signals_button.clicked.connect(self.signalsRequested)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.partner_name.setFocus()  # not the scroll area, which now comes first
        screen = self.screen()
        if screen is not None:
            self.fit_to(screen.availableGeometry())

    def _build_reading(self) -> QScrollArea:
        """The heading and the sections to read, in a scroll area."""
        # The reading part scrolls: at 200 % on a laptop screen it is taller than the screen,
        # and Qt would otherwise squeeze every paragraph to its first line.
        self._body = QWidget()
        body_layout = self._body_layout = QVBoxLayout(self._body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(12)
        heading = QLabel(self.tr("Welcome to Pausetimer"))
        heading.setObjectName("welcomeHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        body_layout.addWidget(heading)
        for title, text in self._sections():
            label = QLabel(f"<b>{title}</b><br>{text}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            body_layout.addWidget(label)
        body_layout.addStretch()
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._body)
        return self._scroll

    def fit_to(self, available: QRect) -> None:
        """As wide as reads well, as tall as the text, and never larger than ``available``."""
        width = min(max(self.minimumWidth(), 560), available.width() - 40)
        margins = self._layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        body = self._body_layout.heightForWidth(inner)
        rest = self._layout.sizeHint().height() - self._scroll.sizeHint().height()
        height = min(body + rest, available.height() - 40)
        self.resize(width, height)

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
            self._where_it_lives(),
            (
                self.tr("Safety"),
                self.tr(
                    "If there is fear or violence in your relationship, this app is not the right "
                    "tool. Talk to your doctor or a helpline (in the Netherlands: Veilig Thuis, "
                    "0800-2000). In danger, call 112."
                )
                + " "
                + self.tr("Press F1 in any window for the help lines of your country."),
            ),
        ]

    def _where_it_lives(self) -> tuple[str, str]:
        """Without this, "Get started" seems to make the app vanish: it has no window to show."""
        if self._tray_present:
            text = self.tr(
                "Pausetimer waits as an icon in the system tray, near the clock. Click it to take "
                "a pause; right-click it for guidance, history and settings."
            )
        else:
            text = self.tr(
                "This desktop has no system tray, so Pausetimer shows its own window. Keep it "
                "open (minimised is fine): closing it quits Pausetimer, and only a running "
                "Pausetimer can remind you."
            )
        return self.tr("Where to find it"), text

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
