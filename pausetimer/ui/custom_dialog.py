"""The "Custom…" dialog: a pause of a chosen length or until a time of day, judged live by the
core's rules."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from pausetimer.context import AppContext
from pausetimer.core.durations import next_occurrence
from pausetimer.core.errors import InputError, PausetimerError
from pausetimer.core.pause import Caution, Pause, ReturnSpec, check_return
from pausetimer.ui import texts
from pausetimer.ui.icons import app_icon
from pausetimer.ui.screen_fit import keep_on_screen
from pausetimer.ui.widgets import (
    CAUTION_COLOUR,
    REFUSAL_COLOUR,
    MessageLabel,
    action_buttons,
    fit_height,
    start_narrow,
    tab_chain,
)

MAX_HOURS = 7 * 24  # the core refuses a longer pause; the dialog says so before asking it
# The spin boxes accept far more than is allowed: a box that refuses a keystroke turns "192" into
# "19" without a word, so the number typed stays and the refusal line says the range instead.
TYPING_LIMIT = 9999


class TimeField(QTimeEdit):
    """A time of day that can be typed as soon as the field is entered: Qt selects the hour when
    the field is tabbed into, but a click left the cursor between digits, where typed digits
    were refused without a sign until an arrow key had picked a section."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            # After the click has placed the cursor, which would undo the selection.
            QTimer.singleShot(0, self, self._select_hour)

    def _select_hour(self) -> None:
        self.setSelectedSection(QTimeEdit.Section.HourSection)


class CustomPauseDialog(QDialog):
    """On success ``started`` holds the new pause and ``cautions`` what the core warned about."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self._ctx = ctx
        self.started: Pause | None = None
        self.cautions: list[Caution] = []
        self.setWindowTitle(self.tr("Custom pause"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(400)

        self.duration_radio = QRadioButton(self.tr("&For"))
        self.until_radio = QRadioButton(self.tr("&Until"))
        modes = QButtonGroup(self)
        modes.addButton(self.duration_radio)
        modes.addButton(self.until_radio)

        self._build_inputs(ctx.settings.get().default_pause_minutes)
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note_edit)

        self.return_label = QLabel()
        self.return_label.setWordWrap(True)  # a date in words can be longer than the dialog
        self.return_label.setAccessibleName(self.tr("Resulting return time"))
        self.caution_label = MessageLabel(self.tr("Caution"), CAUTION_COLOUR)
        self.refusal_label = MessageLabel(self.tr("Refused"), REFUSAL_COLOUR)
        self.confirm_long_box = QCheckBox(self.tr("Yes, I &mean more than 24 hours"))
        self.confirm_long_box.hide()

        buttons, self.start_button = action_buttons(
            self.tr("&Start pause"), self.start, self.reject
        )

        self._lay_out(note_label, buttons)

        for widget in (self.hours_spin, self.minutes_spin):
            widget.valueChanged.connect(self._use_duration)
        self.time_edit.timeChanged.connect(self._use_time)
        modes.buttonToggled.connect(self.refresh)
        self.confirm_long_box.toggled.connect(self.refresh)
        tab_chain(
            self.duration_radio, self.hours_spin, self.minutes_spin, self.until_radio,
            self.time_edit, self.note_edit, self.confirm_long_box, self.start_button,
        )  # fmt: skip

        self.duration_radio.setChecked(True)
        self.hours_spin.setFocus()
        start_narrow(self)
        self.refresh()

    def _lay_out(self, note_label: QLabel, buttons: QWidget) -> None:
        """The inputs in a grid, then what they lead to: the return, cautions, refusal."""
        grid = QGridLayout()
        grid.addWidget(self.duration_radio, 0, 0)
        grid.addWidget(self.hours_spin, 0, 1)
        grid.addWidget(self.minutes_spin, 0, 2)
        grid.addWidget(self.until_radio, 1, 0)
        grid.addWidget(self.time_edit, 1, 1, 1, 2)
        grid.addWidget(note_label, 2, 0)
        grid.addWidget(self.note_edit, 2, 1, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.return_label)
        layout.addWidget(self.caution_label)
        layout.addWidget(self.confirm_long_box)
        layout.addWidget(self.refusal_label)
        layout.addWidget(buttons)

    def _build_inputs(self, default_minutes: int) -> None:
        """The length (hours, minutes), the time of day and the note."""
        self.hours_spin = QSpinBox()
        self.hours_spin.setRange(0, TYPING_LIMIT)
        self.hours_spin.setSuffix(self.tr(" h"))
        self.hours_spin.setValue(default_minutes // 60)
        self.hours_spin.setAccessibleName(self.tr("Hours"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, TYPING_LIMIT)
        self.minutes_spin.setSingleStep(5)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setValue(default_minutes % 60)
        self.minutes_spin.setAccessibleName(self.tr("Minutes"))

        self.time_edit = TimeField()
        self.time_edit.setDisplayFormat(texts.time_format())  # as every time shown
        self.time_edit.setAccessibleName(self.tr("Return time of day"))
        self.time_edit.setTime(QTime(19, 0))

        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Optional, only for you"))
        self.note_edit.setAccessibleName(self.tr("Note"))

    # The radio follows whichever input the user touched last.
    def _use_duration(self) -> None:
        self.duration_radio.setChecked(True)
        self.refresh()

    def _use_time(self) -> None:
        self.until_radio.setChecked(True)
        self.refresh()

    def _range_problem(self) -> str:
        """Why the typed length is outside what the boxes mean, or "" when it is inside."""
        if not self.duration_radio.isChecked():
            return ""
        if self.minutes_spin.value() > 59:
            return self.tr("Minutes go from 0 to 59; write longer pauses in hours.")
        if self.hours_spin.value() > MAX_HOURS:
            return self.tr("Hours go from 0 to %1 (7 days).").replace("%1", str(MAX_HOURS))
        return ""

    def spec(self) -> ReturnSpec | None:
        """The return the inputs describe, or None for a zero duration."""
        if self.duration_radio.isChecked():
            length = timedelta(hours=self.hours_spin.value(), minutes=self.minutes_spin.value())
            return ReturnSpec(after=length) if length > timedelta(0) else None
        chosen = self.time_edit.time()
        wall = time(chosen.hour(), chosen.minute())
        return ReturnSpec(at=next_occurrence(wall, self._ctx.clock))

    def refresh(self) -> None:
        """Recompute the return line, the cautions and whether Start is allowed."""
        now = self._ctx.clock.now().replace(microsecond=0)
        spec = self.spec()
        out_of_range = self._range_problem()
        if out_of_range:
            self._show(None, [], out_of_range)
            return
        if spec is None:
            self._show(None, [], self.tr("Choose a length longer than zero."))
            return
        return_at = spec.resolve(now)
        try:
            cautions = check_return(now, return_at, allow_long=True)
        except InputError as problem:
            self._show(return_at, [], texts.error(problem))
            return
        self._show(return_at, cautions, "")

    def _show(self, return_at: datetime | None, cautions: list[Caution], refusal: str) -> None:
        if return_at is None:
            self.return_label.setText("")
        else:
            length = return_at - self._ctx.clock.now().replace(microsecond=0)
            self.return_label.setText(
                self.tr("You'll be back %1 (in %2).")
                .replace("%1", texts.when(return_at, self._ctx.clock))
                .replace("%2", texts.duration(length))
            )
        self.caution_label.show_text("\n".join(texts.caution(c) for c in cautions))
        needs_confirmation = Caution.LONG in cautions
        self.confirm_long_box.setVisible(needs_confirmation)
        self.refusal_label.show_text(refusal)
        allowed = not refusal and (not needs_confirmation or self.confirm_long_box.isChecked())
        self.start_button.setEnabled(allowed)
        fit_height(self)

    def start(self) -> None:
        self.refresh()
        spec = self.spec()
        if spec is None or not self.start_button.isEnabled():
            return
        try:
            self.started, self.cautions = self._ctx.service.start(
                spec,
                note=self.note_edit.text().strip(),
                allow_long=self.confirm_long_box.isChecked(),
            )
        except PausetimerError as problem:
            self.refusal_label.show_text(texts.error(problem))
            return
        self.accept()
