"""The settings dialog's widgets: its groups and fields, each wired to apply its value at once.

What a value means, why it is refused and every text live in ``settings_dialog``; this module
only builds and connects (it has no texts of its own, so the translations keep one context).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from pausetimer.core.languages import LANGUAGES
from pausetimer.settings import MAX_PARTNER_NAME
from pausetimer.ui.guidance.support import SoundCue, audio_output_available
from pausetimer.ui.screen_fit import scrolling
from pausetimer.ui.texts import time_format
from pausetimer.ui.widgets import with_error_line


class SettingsForm(QDialog):
    """The widgets of :class:`~pausetimer.ui.settings_dialog.SettingsDialog`, which sets the
    attributes below before calling :meth:`_build` and gives the two hooks their meaning."""

    _patterns: list[tuple[str, str]]
    _set_autostart: Callable[[bool], None] | None
    _errors: dict[str, QLabel]

    def _apply(self, field: str, value: Any) -> bool:
        raise NotImplementedError  # pragma: no cover - SettingsDialog's

    def _toggle_autostart(self, enabled: bool) -> None:
        raise NotImplementedError  # pragma: no cover - SettingsDialog's

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("settingsDialog")
        # The groups scroll, the Close button stays: the dialog is taller than a small screen.
        groups = QWidget()
        column = QVBoxLayout(groups)
        column.setContentsMargins(0, 0, 0, 0)
        for build in (
            self._build_partner,
            self._build_pauses,
            self._build_reminders,
            self._build_guidance,
            self._build_general,
        ):
            column.addWidget(build())
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(groups))
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.rejected.connect(self.reject)
        layout.addWidget(self._buttons)
        for label, buddy in (
            (self._partner_label, self.partner_name),
            (self._default_pause_label, self.default_pause),
            (self._tonight_label, self.tonight_time),
            (self._heads_up_label, self.heads_up),
            (self._repeat_label, self.repeat),
            (self._long_label, self.long_repeat),
            (self._away_label, self.away_after),
            (self._pattern_label, self.pattern),
            (self._body_scan_label, self.body_scan),
            (self._language_label, self.language),
        ):
            label.setBuddy(buddy)

    def _build_partner(self) -> QGroupBox:
        self._partner_group = QGroupBox()
        partner_form = QFormLayout(self._partner_group)
        self.partner_name = QLineEdit()
        self.partner_name.setMaxLength(MAX_PARTNER_NAME)
        self.partner_name.textEdited.connect(lambda text: self._apply("partner_name", text.strip()))
        self._partner_label = QLabel()
        partner_form.addRow(
            self._partner_label, self._with_error("partner_name", self.partner_name)
        )
        return self._partner_group

    def _build_pauses(self) -> QGroupBox:
        self._pause_group = QGroupBox()
        pause_form = QFormLayout(self._pause_group)
        self.default_pause = self._spin("default_pause_minutes")
        self.tonight_time = QTimeEdit()
        self.tonight_time.setDisplayFormat(time_format())  # shown as every time; stored as HH:mm
        self.tonight_time.timeChanged.connect(
            lambda value: self._apply("tonight_time", value.toString("HH:mm"))
        )
        self._default_pause_label, self._tonight_label = QLabel(), QLabel()
        pause_form.addRow(
            self._default_pause_label, self._with_error("default_pause_minutes", self.default_pause)
        )
        pause_form.addRow(self._tonight_label, self._with_error("tonight_time", self.tonight_time))
        return self._pause_group

    def _build_reminders(self) -> QGroupBox:
        self._reminder_group = QGroupBox()
        reminder_form = QFormLayout(self._reminder_group)
        self.heads_up = self._spin("heads_up_minutes")
        self.repeat = self._spin("repeat_minutes")
        self.long_repeat = self._spin("long_repeat_hours")
        self.neutral = self._check("neutral_notifications")
        self._heads_up_label, self._repeat_label, self._long_label = QLabel(), QLabel(), QLabel()
        reminder_form.addRow(
            self._heads_up_label, self._with_error("heads_up_minutes", self.heads_up)
        )
        reminder_form.addRow(self._repeat_label, self._with_error("repeat_minutes", self.repeat))
        reminder_form.addRow(
            self._long_label, self._with_error("long_repeat_hours", self.long_repeat)
        )
        self.away_after, self._away_label = self._spin("away_after_minutes"), QLabel()
        reminder_form.addRow(
            self._away_label, self._with_error("away_after_minutes", self.away_after)
        )
        reminder_form.addRow(self.neutral)
        return self._reminder_group

    def _build_guidance(self) -> QGroupBox:
        self._guidance_group = QGroupBox()
        guidance_form = QFormLayout(self._guidance_group)
        self.pattern = QComboBox()
        for key, name in self._patterns:
            self.pattern.addItem(name, key)
        self.pattern.activated.connect(
            lambda index: self._apply("breathing_pattern", self.pattern.itemData(index))
        )
        self.body_scan = QComboBox()
        self.body_scan.activated.connect(
            lambda index: self._apply("body_scan_minutes", self.body_scan.itemData(index))
        )
        self.sound = self._check("sound")
        self.reduced_motion = self._check("reduced_motion")
        self._pattern_label, self._body_scan_label = QLabel(), QLabel()
        if self._patterns:
            guidance_form.addRow(self._pattern_label, self.pattern)
        guidance_form.addRow(self._body_scan_label, self.body_scan)
        guidance_form.addRow(self._build_sound_row())
        self.sound_note = QLabel()
        self.sound_note.setWordWrap(True)
        self.sound_note.hide()
        self.sound.toggled.connect(self._sound_toggled)
        guidance_form.addRow(self.sound_note)
        guidance_form.addRow(self.reduced_motion)
        return self._guidance_group

    def _build_sound_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.play_cue = QPushButton()
        self.play_cue.setAutoDefault(False)
        self._cue: SoundCue | None = None
        self.play_cue.clicked.connect(self._play_cue)
        layout.addWidget(self.sound)
        layout.addWidget(self.play_cue)
        layout.addStretch()
        return row

    def _play_cue(self) -> None:
        """Hear the cue before choosing it, whether or not cues are on."""
        if self._cue is None:
            self._cue = SoundCue(self)
        self._check_audio_output()
        self._cue.play()

    def _sound_toggled(self, on: bool) -> None:
        if on:
            self._check_audio_output()

    def _check_audio_output(self) -> None:
        """Asked only when a cue matters (turned on, or played): looking loads QtMultimedia and
        the system's audio service. Without an output the cue would be silent without a word."""
        self.sound_note.setVisible(not audio_output_available())
        if self.isVisible():  # grow for the note instead of squeezing it (and the rows above)
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _build_general(self) -> QGroupBox:
        self._general_group = QGroupBox()
        general_form = QFormLayout(self._general_group)
        self.language = QComboBox()
        self.language.addItem("", "")  # the system's language; named in _retranslate
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.activated.connect(
            lambda index: self._apply("language", self.language.itemData(index))
        )
        self.start_at_login = QCheckBox()
        self.start_at_login.toggled.connect(self._toggle_autostart)
        self._language_label = QLabel()
        general_form.addRow(self._language_label, self.language)
        if self._set_autostart is not None:
            general_form.addRow(self._with_error("start_at_login", self.start_at_login))
        return self._general_group

    def _spin(self, field: str) -> QSpinBox:
        spin = QSpinBox()
        # Wider than the allowed range on purpose: a value outside it is refused with the reason
        # shown under the field, instead of keystrokes silently doing nothing.
        spin.setRange(0, 999)
        spin.setKeyboardTracking(False)
        spin.setAccelerated(True)
        spin.valueChanged.connect(lambda value: self._apply(field, value))
        return spin

    def _check(self, field: str) -> QCheckBox:
        box = QCheckBox()
        box.toggled.connect(lambda checked: self._apply(field, checked))
        return box

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        return with_error_line(widget, self._errors, field)
