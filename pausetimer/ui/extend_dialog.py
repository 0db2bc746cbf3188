""" "Extend…": a few more minutes, said concretely, so the partner hears a new time."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pausetimer.context import AppContext
from pausetimer.core.errors import PausetimerError
from pausetimer.core.pause import Caution, Pause, extend_pause
from pausetimer.ui import texts
from pausetimer.ui.actions import EXTENSION_MINUTES
from pausetimer.ui.icons import app_icon
from pausetimer.ui.screen_fit import keep_on_screen
from pausetimer.ui.widgets import (
    CAUTION_COLOUR,
    REFUSAL_COLOUR,
    MessageLabel,
    fit_height,
    start_narrow,
)


class ExtendDialog(QDialog):
    """On success ``extended`` holds the pause with its new return time."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self._ctx = ctx
        self.extended: Pause | None = None
        self.cautions: list[Caution] = []
        self.setWindowTitle(self.tr("Extend the pause"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(360)

        self.current_label = QLabel()
        self.current_label.setWordWrap(True)
        grid = self._build_choices()

        self.new_return_label = QLabel()
        self.new_return_label.setAccessibleName(self.tr("New return time"))
        self.caution_label = MessageLabel(self.tr("Caution"), CAUTION_COLOUR)
        self.error_label = MessageLabel(self.tr("Refused"), REFUSAL_COLOUR)
        # Past a day from the start needs a yes, as in the custom pause dialog: one rule.
        self.confirm_long_box = QCheckBox(self.tr("Yes, I &mean more than 24 hours"))
        self.confirm_long_box.hide()

        buttons = QDialogButtonBox()
        self.extend_button: QPushButton = buttons.addButton(
            self.tr("&Extend"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.extend_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.extend)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.current_label)
        layout.addLayout(grid)
        layout.addWidget(self.new_return_label)
        layout.addWidget(self.caution_label)
        layout.addWidget(self.confirm_long_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self.choices.buttonToggled.connect(self.refresh)
        self.custom_spin.valueChanged.connect(self._use_custom)
        self.confirm_long_box.toggled.connect(self.refresh)
        self.quick_radios[EXTENSION_MINUTES[0]].setChecked(True)
        self.quick_radios[EXTENSION_MINUTES[0]].setFocus()
        start_narrow(self)
        self.refresh()

    def _build_choices(self) -> QGridLayout:
        """A few lengths to pick with one key, and any other number of minutes."""
        self.choices = QButtonGroup(self)
        self.quick_radios: dict[int, QRadioButton] = {}
        grid = QGridLayout()
        for row, minutes in enumerate(EXTENSION_MINUTES):
            # The number is the mnemonic: Alt+1, Alt+2, Alt+3.
            radio = QRadioButton("&" + texts.plural(self.tr("%n minute(s)", "", minutes), minutes))
            self.choices.addButton(radio)
            self.quick_radios[minutes] = radio
            grid.addWidget(radio, row, 0)
        self.custom_radio = QRadioButton(self.tr("&Other:"))
        self.choices.addButton(self.custom_radio)
        self.custom_spin = QSpinBox()
        self.custom_spin.setRange(1, 24 * 60)
        self.custom_spin.setValue(45)
        self.custom_spin.setSuffix(self.tr(" min"))
        self.custom_spin.setAccessibleName(self.tr("Other extension in minutes"))
        grid.addWidget(self.custom_radio, len(EXTENSION_MINUTES), 0)
        grid.addWidget(self.custom_spin, len(EXTENSION_MINUTES), 1)
        return grid

    def _use_custom(self) -> None:
        self.custom_radio.setChecked(True)
        self.refresh()

    def chosen(self) -> timedelta:
        for minutes, radio in self.quick_radios.items():
            if radio.isChecked():
                return timedelta(minutes=minutes)
        return timedelta(minutes=self.custom_spin.value())

    def refresh(self) -> None:
        """Preview with the core's own rule, so what is shown is what extending will do."""
        pause = self._ctx.service.current()
        clock = self._ctx.clock
        if pause is not None:
            self.current_label.setText(
                self.tr("Agreed so far: back %1.").replace("%1", texts.when(pause.return_at, clock))
            )
        try:
            preview, cautions = extend_pause(pause, clock.now(), self.chosen(), allow_long=True)
        except PausetimerError as problem:
            self.new_return_label.setText("")
            self.caution_label.show_text("")
            self.confirm_long_box.hide()
            self.error_label.show_text(texts.error(problem))
            self.extend_button.setEnabled(False)
            fit_height(self)
            return
        self.new_return_label.setText(
            self.tr("New return: %1.").replace("%1", texts.when(preview.return_at, clock))
        )
        self.caution_label.show_text("\n".join(texts.caution(c) for c in cautions))
        needs_confirmation = Caution.LONG in cautions
        self.confirm_long_box.setVisible(needs_confirmation)
        self.error_label.show_text("")
        self.extend_button.setEnabled(not needs_confirmation or self.confirm_long_box.isChecked())
        fit_height(self)

    def extend(self) -> None:
        self.refresh()
        if not self.extend_button.isEnabled():
            return  # Enter while the confirmation is missing
        try:
            self.extended, self.cautions = self._ctx.service.extend(
                self.chosen(), allow_long=self.confirm_long_box.isChecked()
            )
        except PausetimerError as problem:
            self.error_label.show_text(texts.error(problem))
            return
        self.accept()
