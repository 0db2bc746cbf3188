"""Facts that used to live in several places and drifted: each now has one source, and the places
that show it agree with it."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.languages import LANGUAGES, SOURCE_LANGUAGE
from pausetimer.core.pause import WARNING_TEXT, Caution, ReturnSpec
from pausetimer.services.i18n import SUPPORTED
from pausetimer.settings import Settings
from pausetimer.ui import texts
from pausetimer.ui.actions import EXTENSION_MINUTES
from pausetimer.ui.extend_dialog import ExtendDialog
from pausetimer.ui.reminder_window import ReminderWindow
from pausetimer.ui.settings_dialog import SettingsDialog


def test_the_windows_warn_in_the_same_words_as_the_command_line(qapp: object) -> None:
    # No translation is installed in the tests: this is the English source text.
    for item in Caution:
        assert texts.caution(item) == WARNING_TEXT[item]


def test_every_language_is_offered_accepted_and_loaded(ctx: AppContext, qtbot: QtBot) -> None:
    assert SOURCE_LANGUAGE in LANGUAGES and tuple(LANGUAGES) == SUPPORTED
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    combo = dialog.language
    assert combo.itemData(0) == ""  # the system's language first
    assert {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())} == LANGUAGES
    for code in LANGUAGES:
        assert Settings(language=code).validated().language == code


def test_both_ways_to_ask_for_more_time_offer_the_same_minutes(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    reminder = ReminderWindow(ctx)
    dialog = ExtendDialog(ctx)
    qtbot.addWidget(reminder)
    qtbot.addWidget(dialog)
    assert tuple(reminder.extension_buttons) == EXTENSION_MINUTES
    assert tuple(dialog.quick_radios) == EXTENSION_MINUTES
    assert [radio.text() for radio in dialog.quick_radios.values()] == [
        f"&{minutes} minutes" for minutes in EXTENSION_MINUTES
    ]
