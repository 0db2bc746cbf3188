"""The settings dialog: every change applies at once; an invalid value is refused with its reason.

Nothing the user typed is thrown away when it is refused: the field keeps the text, says why it was
not taken, and the previous value stays in force until the text is corrected.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTime
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QLabel, QWidget

from pausetimer.context import AppContext
from pausetimer.core.errors import InputError
from pausetimer.settings import LIMITS, MAX_PARTNER_NAME, Settings
from pausetimer.ui.screen_fit import keep_on_screen
from pausetimer.ui.settings_form import SettingsForm
from pausetimer.ui.texts import time_of_day
from pausetimer.ui.widgets import show_error

BODY_SCAN_LENGTHS = (3, 5, 10)


class SettingsDialog(SettingsForm):
    """``patterns``: (key, translated name) of the breathing patterns on offer, or a function
    giving them in the current language (asked again after a language switch: the names come
    from the guidance content, not from Qt's translations).
    ``set_autostart``: called with True/False before the setting is stored; raises OSError (or
    returns normally) — None hides the option where start at login is not supported."""

    def __init__(
        self,
        ctx: AppContext,
        patterns: Sequence[tuple[str, str]] | Callable[[], Sequence[tuple[str, str]]] = (),
        set_autostart: Callable[[bool], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self._ctx = ctx
        self._set_autostart = set_autostart
        self._pattern_source = patterns if callable(patterns) else None
        self._patterns = list(patterns() if callable(patterns) else patterns)
        self._errors: dict[str, QLabel] = {}
        self._build()
        self._load(ctx.settings.get())
        self._retranslate()

    # -- state -------------------------------------------------------------------------------

    def _load(self, settings: Settings) -> None:
        """Fill the widgets without treating it as the user's changes."""
        widgets: list[QWidget] = [
            self.partner_name, self.default_pause, self.tonight_time, self.heads_up, self.repeat,
            self.long_repeat, self.away_after, self.neutral, self.pattern, self.body_scan,
            self.sound, self.reduced_motion, self.language, self.start_at_login,
        ]  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.partner_name.setText(settings.partner_name)
        self.default_pause.setValue(settings.default_pause_minutes)
        self.tonight_time.setTime(QTime.fromString(settings.tonight_time, "HH:mm"))
        self.heads_up.setValue(settings.heads_up_minutes)
        self.repeat.setValue(settings.repeat_minutes)
        self.long_repeat.setValue(settings.long_repeat_hours)
        self.away_after.setValue(settings.away_after_minutes)
        self.neutral.setChecked(settings.neutral_notifications)
        self.pattern.setCurrentIndex(max(self.pattern.findData(settings.breathing_pattern), 0))
        self.sound.setChecked(settings.sound)
        self.reduced_motion.setChecked(settings.reduced_motion)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.start_at_login.setChecked(settings.start_at_login)
        self._body_scan_value = settings.body_scan_minutes
        for widget in widgets:
            widget.blockSignals(False)
        if settings.sound:
            self._check_audio_output()

    def _apply(self, field: str, value: Any) -> bool:
        try:
            self._ctx.settings.update(**{field: value})
        except InputError as error:
            self._show_error(field, self._reason(error))
            return False
        self._show_error(field, "")
        if field == "body_scan_minutes":
            self._body_scan_value = value
        return True

    def _toggle_autostart(self, enabled: bool) -> None:
        assert self._set_autostart is not None
        try:
            self._set_autostart(enabled)
        except OSError as error:
            self._show_error(
                "start_at_login",
                self.tr("Could not change start at login: %1").replace(
                    "%1", error.strerror or str(error)
                ),
            )
            self.start_at_login.blockSignals(True)
            self.start_at_login.setChecked(not enabled)
            self.start_at_login.blockSignals(False)
            return
        self._apply("start_at_login", enabled)

    def _show_error(self, field: str, text: str) -> None:
        show_error(self._errors, field, text)

    def _reason(self, error: InputError) -> str:
        field = error.params.get("field", "")
        if field == "partner_name":
            return self.tr("Please keep the name to one line of at most %1 characters.").replace(
                "%1", str(MAX_PARTNER_NAME)
            )
        if field in LIMITS:
            low, high = LIMITS[field]
            return (
                self.tr("Please choose a value from %1 to %2.")
                .replace("%1", str(low))
                .replace("%2", str(high))
            )
        if field == "tonight_time":
            return self.tr("Please enter a time of day like %1.").replace("%1", time_of_day(19, 0))
        return self.tr("This value cannot be used.")

    # -- texts -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self._partner_group.setTitle(self.tr("You and your partner"))
        self._partner_label.setText(self.tr("&Partner's name:"))
        self.partner_name.setPlaceholderText(self.tr("Used in the sentence you say or send"))
        self._pause_group.setTitle(self.tr("Pauses"))
        self._default_pause_label.setText(self.tr("&Default pause:"))
        self.default_pause.setSuffix(self.tr(" min"))
        self._tonight_label.setText(self.tr('"Until &tonight" means:'))
        self._reminder_group.setTitle(self.tr("Reminders"))
        self._heads_up_label.setText(self.tr("&Heads-up before the return:"))
        self.heads_up.setSuffix(self.tr(" min"))
        self.heads_up.setSpecialValueText(self.tr("None"))
        self._repeat_label.setText(self.tr("&Remind again every:"))
        self.repeat.setSuffix(self.tr(" min"))
        self._long_label.setText(self.tr("Repeat the &one-day warning every:"))
        self.long_repeat.setSuffix(self.tr(" h"))
        self._away_label.setText(self.tr("Count me as &away after:"))
        self.away_after.setSuffix(self.tr(" min"))
        self.away_after.setToolTip(
            self.tr(
                "With no keyboard or mouse input for this long, or a locked screen, the reminder "
                "window waits and comes as soon as you are back."
            )
        )
        self.neutral.setText(self.tr("&Neutral notification text (nothing personal on screen)"))
        self.neutral.setToolTip(
            self.tr(
                'Notifications then only say "Pausetimer: time to return". KDE Connect and '
                "GSConnect copy notifications to your phone; while one of them runs, they are "
                "always neutral."
            )
        )
        self._guidance_group.setTitle(self.tr("Guidance"))
        self._pattern_label.setText(self.tr("&Breathing pattern:"))
        self._rename_patterns()
        self._body_scan_label.setText(self.tr("Body &scan length:"))
        self.body_scan.clear()
        for minutes in BODY_SCAN_LENGTHS:
            self.body_scan.addItem(self.tr("%n minute(s)", "", minutes), minutes)
        self.body_scan.setCurrentIndex(max(self.body_scan.findData(self._body_scan_value), 0))
        self.sound.setText(self.tr("Soft &sound cues"))
        self.play_cue.setText(self.tr("Pla&y"))
        self.play_cue.setToolTip(self.tr("Play the sound cue once"))
        self.sound_note.setText(
            self.tr("No sound output was found on this computer, so the cues cannot be heard.")
        )
        self.reduced_motion.setText(self.tr("Reduce &motion (no growing and shrinking shapes)"))
        self._general_group.setTitle(self.tr("General"))
        self._language_label.setText(self.tr("&Language:"))
        self.language.setItemText(0, self.tr("Same as the system"))
        self.start_at_login.setText(self.tr("Start Pausetimer when I &log in"))
        self._name_fields()

    def _name_fields(self) -> None:
        """Names for screen readers, where the visible label is not the field's own."""
        for widget, name in (
            (self.partner_name, self.tr("Partner's name")),
            (self.default_pause, self.tr("Default pause length in minutes")),
            (self.tonight_time, self.tr("Time meant by until tonight")),
            (self.heads_up, self.tr("Heads-up minutes before the return")),
            (self.repeat, self.tr("Minutes between repeated reminders")),
            (self.long_repeat, self.tr("Hours between one-day warnings")),
            (self.away_after, self.tr("Minutes without input before you count as away")),
            (self.pattern, self.tr("Preferred breathing pattern")),
            (self.body_scan, self.tr("Body scan length")),
            (self.language, self.tr("Language")),
            (self.play_cue, self.tr("Play the sound cue")),
        ):
            widget.setAccessibleName(name)

    def _rename_patterns(self) -> None:
        if self._pattern_source is None:
            return
        for key, name in self._pattern_source():
            index = self.pattern.findData(key)
            if index >= 0:
                self.pattern.setItemText(index, name)

    def hideEvent(self, event: QHideEvent) -> None:
        self._ctx.settings.flush()  # closing the dialog is a natural moment to write the file
        super().hideEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        # Enter in a field must not close the dialog: changes already apply as they are made.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
