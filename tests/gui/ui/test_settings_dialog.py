from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.settings import load_settings
from pausetimer.ui.settings_dialog import SettingsDialog

PATTERNS = [("cyclic_sighing", "Cyclic sighing"), ("box", "Box breathing")]


def make_dialog(ctx: AppContext, qtbot: QtBot, **kwargs: object) -> SettingsDialog:
    dialog = SettingsDialog(ctx, PATTERNS, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_changes_apply_at_once_and_are_saved(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(ctx, qtbot)
    qtbot.keyClicks(dialog.partner_name, "Sam")
    dialog.repeat.setValue(15)
    dialog.tonight_time.setTime(QTime(20, 30))
    dialog.neutral.setChecked(True)
    dialog.pattern.setCurrentIndex(1)
    dialog.pattern.activated.emit(1)
    ctx.settings.flush()  # as when the app quits; otherwise a moment after the last change
    saved = load_settings(tmp_path / "settings.json").settings
    assert saved == ctx.settings.get()
    assert (saved.partner_name, saved.repeat_minutes, saved.tonight_time) == ("Sam", 15, "20:30")
    assert saved.neutral_notifications and saved.breathing_pattern == "box"


def test_a_value_outside_the_range_is_refused_with_the_reason(
    ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = make_dialog(ctx, qtbot)
    dialog.repeat.setValue(500)
    error = dialog.findChildren(type(dialog._errors["repeat_minutes"]), "settingError")
    shown = [label.text() for label in error if label.isVisible()]
    assert shown == ["Please choose a value from 1 to 120."]
    assert ctx.settings.get().repeat_minutes == 10  # the old value stays in force
    assert dialog.repeat.value() == 500  # and what the user typed is still there to correct
    dialog.repeat.setValue(30)
    assert ctx.settings.get().repeat_minutes == 30
    assert not dialog._errors["repeat_minutes"].isVisible()


def test_autostart_failure_is_reported_and_not_stored(ctx: AppContext, qtbot: QtBot) -> None:
    def refuse(enabled: bool) -> None:
        raise PermissionError(13, "Permission denied")

    dialog = make_dialog(ctx, qtbot, set_autostart=refuse)
    dialog.start_at_login.setChecked(True)
    assert not dialog.start_at_login.isChecked()
    assert not ctx.settings.get().start_at_login
    assert "Permission denied" in dialog._errors["start_at_login"].text()


def test_autostart_success_is_stored(ctx: AppContext, qtbot: QtBot) -> None:
    calls: list[bool] = []
    dialog = make_dialog(ctx, qtbot, set_autostart=calls.append)
    dialog.start_at_login.setChecked(True)
    assert calls == [True] and ctx.settings.get().start_at_login


def test_escape_closes_and_enter_does_not(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = make_dialog(ctx, qtbot)
    qtbot.keyClick(dialog.partner_name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_input_has_an_accessible_name(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = make_dialog(ctx, qtbot)
    for widget in (dialog.partner_name, dialog.repeat, dialog.language, dialog.body_scan):
        assert widget.accessibleName()


def test_closing_the_dialog_writes_the_settings_at_once(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make_dialog(ctx, qtbot)
    qtbot.keyClicks(dialog.partner_name, "Robin")
    saved = tmp_path / "settings.json"
    assert not saved.exists()  # typing alone waits for a pause before writing
    dialog.close()
    assert load_settings(tmp_path / "settings.json").settings.partner_name == "Robin"


def test_the_cue_can_be_heard_before_choosing_it(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pausetimer.ui import settings_form
    from pausetimer.ui.guidance import support

    played: list[object] = []
    monkeypatch.setattr(support.SoundCue, "play", lambda self: played.append(self))
    monkeypatch.setattr(settings_form, "audio_output_available", lambda: True)
    dialog = make_dialog(ctx, qtbot)
    assert not ctx.settings.get().sound  # the button works whether or not cues are on
    qtbot.mouseClick(dialog.play_cue, Qt.MouseButton.LeftButton)
    assert len(played) == 1
    assert not ctx.settings.get().sound  # hearing it does not choose it


@pytest.mark.parametrize("has_output", [True, False])
def test_without_a_sound_output_the_settings_say_so(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, has_output: bool
) -> None:
    from pausetimer.ui import settings_form

    monkeypatch.setattr(settings_form, "audio_output_available", lambda: has_output)
    dialog = make_dialog(ctx, qtbot)
    assert not dialog.sound_note.isVisible()  # not asked before a cue matters
    dialog.sound.click()  # turning the cues on
    assert ctx.settings.get().sound
    assert dialog.sound_note.isVisible() is not has_output
    assert "cannot be heard" in dialog.sound_note.text()


@pytest.mark.qt_log_ignore("PulseAudio", "pa_context", "FFmpeg", "ALSA", "audio")
def test_the_real_check_finds_no_output_on_a_machine_without_sound(ctx: AppContext) -> None:
    from pausetimer.ui.guidance.support import audio_output_available

    # Only the answer's type is certain everywhere; on a machine with no sound service (as in
    # CI) it must be False rather than an error.
    assert isinstance(audio_output_available(), bool)


def test_the_no_output_note_gets_room_in_an_open_dialog(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pausetimer.ui import settings_form
    from pausetimer.ui.guidance import support

    monkeypatch.setattr(settings_form, "audio_output_available", lambda: False)
    monkeypatch.setattr(support.SoundCue, "play", lambda self: None)
    dialog = make_dialog(ctx, qtbot)
    dialog.resize(dialog.width(), dialog.sizeHint().height())  # as tight as it opens
    qtbot.mouseClick(dialog.play_cue, Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    note = dialog.sound_note
    assert note.isVisible()
    assert note.height() >= note.heightForWidth(note.width())  # not squeezed over its neighbours


def test_away_after_is_set_in_minutes_from_one(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make_dialog(ctx, qtbot)
    assert dialog.away_after.value() == 3  # the default
    dialog.away_after.setValue(0)
    assert ctx.settings.get().away_after_minutes == 3  # below the minimum: refused
    dialog.away_after.setValue(7)
    ctx.settings.flush()
    assert load_settings(tmp_path / "settings.json").settings.away_after_minutes == 7
