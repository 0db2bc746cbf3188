"""The help lines on the safety card: by locale, by the user's choice, and one key (F1) or two
clicks (tray) away from every window."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pausetimer import paths
from pausetimer.context import AppContext
from pausetimer.ui.guidance.help_lines import HelpLinesPanel
from pausetimer.ui.windows import Windows


def panel(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, locale: str
) -> HelpLinesPanel:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(locale)))
    shown = HelpLinesPanel(ctx)
    qtbot.addWidget(shown)
    return shown


@pytest.mark.parametrize(
    ("locale_name", "country", "number"),
    [
        ("nl_NL", "NL", "0800-2000"),
        ("nl_BE", "BE", "1813"),
        ("en_GB", "GB", "116 123"),
        ("en_US", "US", "988"),
        ("de_DE", "", "112 / 911"),
    ],
)
def test_the_lines_follow_the_locale(
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    locale_name: str,
    country: str,
    number: str,
) -> None:
    shown = panel(ctx, qtbot, monkeypatch, locale_name)
    assert shown.shown_country() == country
    assert number in shown.lines_label.text()
    assert shown.country_box.currentData() == ""  # following the computer
    assert "2026" in shown.checked_label.text()


def test_the_users_choice_is_a_setting(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = panel(ctx, qtbot, monkeypatch, "nl_NL")
    index = shown.country_box.findData("GB")
    shown.country_box.setCurrentIndex(index)
    shown.country_box.activated.emit(index)
    assert ctx.settings.get().help_country == "GB"
    assert "Respect Phoneline</b>: <b>0808 802 4040</b>" in shown.lines_label.text()
    assert "Veilig Thuis" not in shown.lines_label.text()
    other = panel(ctx, qtbot, monkeypatch, "nl_NL")  # a new card keeps the choice
    assert other.country_box.currentData() == "GB"
    elsewhere = other.country_box.findData("*")
    other.country_box.activated.emit(elsewhere)
    assert other.shown_country() == ""
    assert "112 / 911" in shown.lines_label.text()  # the first card followed the change


def test_an_unreadable_file_still_names_the_emergency_numbers(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(paths, "help_lines_path", lambda: tmp_path / "missing.json")
    shown = panel(ctx, qtbot, monkeypatch, "nl_NL")
    assert "112" in shown.lines_label.text()
    assert shown.country_box.count() == 1
    assert shown.shown_country() == ""


def test_f1_in_any_window_opens_the_safety_card(ctx: AppContext, qtbot: QtBot) -> None:
    windows = Windows(ctx)
    opened = []
    for open_window in (windows.history, windows.settings):
        window = open_window()
        qtbot.addWidget(window)
        opened.append(window)
    # As a person would: a window has the keyboard before a key can reach the app.
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    for window in opened:
        qtbot.keyClick(window, Qt.Key.Key_F1)
        guidance = windows.guidance()
        qtbot.addWidget(guidance)
        assert guidance.current_section() == "safety"
        assert guidance.help_lines.isVisibleTo(guidance)
        guidance.present("breathe")
    qtbot.keyClick(windows.guidance(), Qt.Key.Key_F1)
    assert windows.guidance().current_section() == "safety"
    for widget in QApplication.topLevelWidgets():
        widget.close()


def test_the_tray_reaches_the_card_in_two_clicks(ctx: AppContext, qtbot: QtBot) -> None:
    from pausetimer.ui.tray import Tray

    tray = Tray(ctx)
    assert tray.help_action in tray.menu.actions()  # click 1 opens the menu, click 2 is this
    try:
        with qtbot.waitSignal(tray.helpRequested, timeout=1000):
            tray.help_action.trigger()
    finally:
        shiboken6.delete(tray)  # its minute timer must not outlive the test's database


def test_f1_from_the_dialogs_too(ctx: AppContext, qtbot: QtBot) -> None:
    """Every kind of window the app shows: one key to the safety card."""
    from datetime import timedelta

    from pausetimer.core.pause import ReturnSpec
    from pausetimer.ui.card_dialog import CardDialog
    from pausetimer.ui.custom_dialog import CustomPauseDialog
    from pausetimer.ui.extend_dialog import ExtendDialog
    from pausetimer.ui.partner_dialog import PartnerSentenceDialog
    from pausetimer.ui.phone_dialog import PhoneDialog
    from pausetimer.ui.reminder_window import ReminderWindow
    from pausetimer.ui.welcome_dialog import WelcomeDialog

    pause, _ = ctx.service.start(ReturnSpec(after=timedelta(hours=1)))
    windows = Windows(ctx)
    dialogs = [
        CustomPauseDialog(ctx),
        ExtendDialog(ctx),
        PartnerSentenceDialog(ctx, pause),
        CardDialog(ctx, pause),
        PhoneDialog(ctx, pause),
        ReminderWindow(ctx),
        WelcomeDialog(ctx),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    # As a person would: a window has the keyboard before a key can reach the app.
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    for dialog in dialogs:
        guidance = windows.guidance("breathe")
        qtbot.addWidget(guidance)
        qtbot.keyClick(dialog, Qt.Key.Key_F1)
        assert guidance.current_section() == "safety", type(dialog).__name__
    for widget in QApplication.topLevelWidgets():
        widget.close()
