"""'Plan a moment together' (step 9 of the first article: plan quality time with your partner).

Offered after a return and from the main window's list, always optional: "Not now" or Escape
closes it and nothing is stored. A day, a time and a few words; a reminder comes at that time,
and the phone can have it too (the same QR code and calendar file as the return time).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pausetimer.context import AppContext
from pausetimer.core.clock import local_wall_to_utc, to_local
from pausetimer.core.durations import next_occurrence, parse_clock_time
from pausetimer.core.errors import InputError, PausetimerError
from pausetimer.core.together import MAX_WORDS_LENGTH, Moment
from pausetimer.ui import texts
from pausetimer.ui.custom_dialog import TimeField
from pausetimer.ui.icons import app_icon
from pausetimer.ui.screen_fit import keep_on_screen
from pausetimer.ui.widgets import REFUSAL_COLOUR, MessageLabel

FALLBACK_TIME = "20:00"


class TogetherDialog(QDialog):
    """``planned`` holds the stored moment once "Plan it" succeeded."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self._ctx = ctx
        self.planned: Moment | None = None
        self.setWindowTitle(self.tr("Plan a moment together"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(380)

        intro = QLabel(
            self.tr(
                "Time together, planned on purpose, builds closeness and trust. When your "
                "partner knows when it comes, waiting is easier. Choose a moment, if you like."
            )
        )
        intro.setWordWrap(True)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.time_edit = TimeField()
        self.time_edit.setDisplayFormat(texts.time_format())
        self.words_edit = QLineEdit()
        self.words_edit.setMaxLength(MAX_WORDS_LENGTH)
        self.words_edit.setPlaceholderText(self.tr("A walk, dinner, coffee on the balcony…"))
        self.form = QWidget()  # hidden once planned: the confirmation then says it all
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Day"), self.date_edit)
        form.addRow(self.tr("&Time"), self.time_edit)
        form.addRow(self.tr("A few &words"), self.words_edit)
        self.error_label = MessageLabel(self.tr("Refused"), REFUSAL_COLOUR)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setAccessibleName(self.tr("Planned moment"))
        self.done_label.hide()
        self.phone_button = QPushButton(self.tr("On my &phone…"))
        self.phone_button.setAutoDefault(False)
        self.phone_button.clicked.connect(self._show_phone)
        self.phone_button.hide()

        self.buttons = QDialogButtonBox()
        self.plan_button = self.buttons.addButton(
            self.tr("&Plan it"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.plan_button.setDefault(True)
        self.close_button = self.buttons.addButton(
            self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self._plan)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.done_label)
        layout.addWidget(self.phone_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self._suggest()
        self.date_edit.setFocus()

    def _suggest(self) -> None:
        """The "tonight" time of the settings at its next occurrence: an evening, as a start."""
        clock = self._ctx.clock
        try:
            wall = parse_clock_time(self._ctx.settings.get().tonight_time)
        except InputError:
            wall = parse_clock_time(FALLBACK_TIME)
        local = to_local(next_occurrence(wall, clock), clock)
        today = to_local(clock.now(), clock).date()
        self.date_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDate(QDate(local.year, local.month, local.day))
        self.time_edit.setTime(QTime(local.hour, local.minute))

    def chosen(self) -> datetime:
        """The chosen day and time as a UTC instant (the day and time are the user's local)."""
        day, at = self.date_edit.date(), self.time_edit.time()
        wall = datetime(day.year(), day.month(), day.day(), at.hour(), at.minute())
        return local_wall_to_utc(wall, self._ctx.clock)

    def _plan(self) -> None:
        if self.planned is not None:
            self.accept()
            return
        try:
            self.planned = self._ctx.service.together.plan(self.chosen(), self.words_edit.text())
        except PausetimerError as problem:
            self.error_label.show_text(_refusal(problem))
            return
        self.error_label.show_text("")
        self.form.hide()
        self.done_label.setText(
            self.tr(
                "Your moment together is planned %1. A reminder comes at that time. "
                "Tell your partner too."
            ).replace("%1", texts.when(self.planned.at, self._ctx.clock))
        )
        self.done_label.show()
        self.phone_button.show()
        self.plan_button.setText(self.tr("&Done"))
        self.close_button.hide()
        self.plan_button.setFocus()
        self.adjustSize()

    def _show_phone(self) -> None:
        if self.planned is None:
            return
        from pausetimer.ui.phone_dialog import PhoneDialog  # segno: only when asked for

        dialog = PhoneDialog(self._ctx, self.planned, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()


def _refusal(problem: PausetimerError) -> str:
    from PySide6.QtCore import QCoreApplication

    own = {
        "together_not_future": QCoreApplication.translate(
            "TogetherDialog", "That moment has already passed; choose a time in the future."
        ),
        "together_too_far": QCoreApplication.translate(
            "TogetherDialog", "Plan a moment within the coming year; choose an earlier day."
        ),
    }
    return own.get(problem.kind) or texts.error(problem)
