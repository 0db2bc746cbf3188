import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.services.i18n import SUPPORTED, Translations, resolve_language
from pausetimer.ui import texts
from pausetimer.ui.settings_dialog import SettingsDialog
from tests.helpers.clock import FakeClock


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


def test_day_names_speak_the_language_of_the_sentence_around_them(
    translations: Translations, clock: FakeClock
) -> None:
    """A Dutch window on an English system (or the other way round) does not say "op Wednesday"."""
    in_three_days = clock.now() + timedelta(days=3)
    translations.apply("nl")
    dutch = texts.when(in_three_days, clock)
    translations.apply("en")
    english = texts.when(in_three_days, clock)
    dutch_days = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
    english_days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    assert dutch.startswith("op ") and any(day in dutch for day in dutch_days), dutch
    assert english.startswith("on ") and any(day in english for day in english_days), english


@pytest.mark.parametrize(
    ("system", "language", "expected"),
    [
        ("nl_BE.UTF-8", "nl", "nl_BE"),
        ("nl_BE.UTF-8", "en", "en_BE"),
        ("en_US.UTF-8", "nl", "nl_NL"),
        ("C", "en", "C"),
        ("C", "nl", "nl_NL"),
    ],
)
def test_the_locale_keeps_the_users_region(system: str, language: str, expected: str) -> None:
    """The system's locale when it speaks the language (its own formats); else the language
    in the user's region where there is such a locale, else in the language's own."""
    code = (
        f"from pausetimer.services.i18n import locale_for\nprint(locale_for({language!r}).name())"
    )
    assert printed_on_a_system(system, code) == expected


@pytest.mark.parametrize(("system", "paper"), [("en_US.UTF-8", "Letter"), ("nl_NL.UTF-8", "A4")])
def test_the_cards_paper_follows_the_region_not_the_language(system: str, paper: str) -> None:
    code = (
        "from PySide6.QtCore import QLocale\n"
        "from pausetimer.card import page_size\n"
        "from pausetimer.services.i18n import locale_for\n"
        "QLocale.setDefault(locale_for('nl' if QLocale.system().name() == 'en_US' else 'en'))\n"
        "print(page_size().key())"
    )
    assert printed_on_a_system(system, code) == paper


def printed_on_a_system(locale: str, code: str) -> str:
    """What ``code`` prints in a fresh interpreter on a system set to ``locale`` (Qt reads the
    system locale once per process)."""
    env = {**os.environ, "LANG": locale, "LC_ALL": "", "LANGUAGE": ""}
    found = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return found.stdout.strip()
