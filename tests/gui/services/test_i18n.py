from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.services.i18n import SUPPORTED, Translations, resolve_language
from pausetimer.ui.settings_dialog import SettingsDialog


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    installed = Translations(qapp)
    yield installed
    installed.apply("en")


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def test_dutch_ui_shows_dutch_strings_and_plurals(translations: Translations) -> None:
    assert translations.apply("nl") == "nl"
    assert tr("SettingsDialog", "Pauses") == "Pauzes"
    assert tr("SettingsDialog", "%n minute(s)", 1) == "1 minuut"
    assert tr("SettingsDialog", "%n minute(s)", 5) == "5 minuten"
    # Qt's own standard buttons come along.
    assert tr("QPlatformTheme", "Cancel") == "Annuleren"


def test_english_has_proper_plurals(translations: Translations) -> None:
    translations.apply("en")
    assert tr("SettingsDialog", "%n minute(s)", 1) == "1 minute"
    assert tr("SettingsDialog", "%n minute(s)", 3) == "3 minutes"


def test_an_open_window_follows_a_language_switch(
    translations: Translations, ctx: AppContext, qtbot: QtBot
) -> None:
    translations.apply("en")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings"
    translations.apply("nl")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Instellingen")


def test_setting_overrides_and_empty_follows_the_system() -> None:
    assert resolve_language("nl") == "nl"
    assert resolve_language("en") == "en"
    assert resolve_language("") in SUPPORTED
