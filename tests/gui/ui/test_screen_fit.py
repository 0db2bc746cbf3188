"""Every window fits a small screen, names the app once in its title, and shows times as the
locale does.

A 1280x800 screen at 200 % is a 640x400 desktop in Qt's pixels: every window must fit into that
(with room for the window manager's frame), scrolling where its contents are taller.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from pausetimer import APP_NAME
from pausetimer.context import AppContext
from pausetimer.core.pause import ReturnSpec
from pausetimer.services.i18n import Translations
from pausetimer.ui.custom_dialog import CustomPauseDialog
from pausetimer.ui.extend_dialog import ExtendDialog
from pausetimer.ui.guidance import GuidanceWindow
from pausetimer.ui.history import HistoryWindow
from pausetimer.ui.main_window import MainWindow
from pausetimer.ui.partner_dialog import PartnerSentenceDialog
from pausetimer.ui.reminder_window import ReminderWindow
from pausetimer.ui.screen_fit import FRAME_ALLOWANCE, fit_into
from pausetimer.ui.settings_dialog import SettingsDialog
from pausetimer.ui.welcome_dialog import WelcomeDialog

SMALL = QRect(0, 0, 640, 400)


def partner(ctx: AppContext) -> QWidget:
    pause, _ = ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    return PartnerSentenceDialog(ctx, pause)


def extend(ctx: AppContext) -> QWidget:
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    return ExtendDialog(ctx)


WINDOWS: dict[str, Callable[[AppContext], QWidget]] = {
    "main": MainWindow,
    "history": HistoryWindow,
    "guidance": GuidanceWindow,
    "settings": SettingsDialog,
    "reminder": ReminderWindow,
    "welcome": WelcomeDialog,
    "custom": CustomPauseDialog,
    "extend": extend,
    "partner": partner,
}


@contextmanager
def window_in(language: str, name: str, ctx: AppContext, qtbot: QtBot) -> Iterator[QWidget]:
    """The window built in ``language``; English again before the test ends, while the
    window's database is still open (Qt delivers a language change later, as an event)."""
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.apply(language)
    window = WINDOWS[name](ctx)
    qtbot.addWidget(window)
    try:
        yield window
    finally:
        translations.apply("en")
        qtbot.wait(1)


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("name", WINDOWS)
def test_every_window_fits_a_640_by_400_desktop(
    name: str, language: str, ctx: AppContext, qtbot: QtBot
) -> None:
    with window_in(language, name, ctx, qtbot) as window:
        fits_a_small_screen(window, qtbot)


def fits_a_small_screen(window: QWidget, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    fit_into(window, SMALL)
    qtbot.wait(1)  # let the layouts settle at the new size
    frame = window.frameGeometry()
    assert frame.width() <= SMALL.width() and frame.height() <= SMALL.height(), frame
    # The smallest the window can be fits too, with room for a title bar (so the user can make
    # it that small, and the first showing, before the frame is known, fits).
    room = QSize(SMALL.width(), SMALL.height()) - FRAME_ALLOWANCE
    smallest = window.minimumSize().expandedTo(window.minimumSizeHint())
    assert smallest.boundedTo(room) == smallest, smallest
    # Nothing inside is squeezed: no wrapped text is cut off, no button below its size.
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            assert button.height() >= button.minimumSizeHint().height(), button.text()


def test_a_large_window_asks_for_at_most_most_of_the_screen(ctx: AppContext, qtbot: QtBot) -> None:
    # The history asked for 1180x760 and opened at 98 % of an 800-pixel-high screen.
    window = HistoryWindow(ctx)
    qtbot.addWidget(window)
    fit_into(window, QRect(0, 0, 1280, 800), QSize(1180, 760))
    assert window.size() == QSize(1152, 720)
    fit_into(window, QRect(0, 0, 1920, 1080), QSize(1180, 760))
    assert window.size() == QSize(1180, 760)


def test_a_window_placed_off_screen_comes_back(ctx: AppContext, qtbot: QtBot) -> None:
    window = ReminderWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.move(600, 380)
    fit_into(window, SMALL)
    assert window.x() + window.width() <= SMALL.right() + 1
    assert window.y() >= 0 and window.x() >= 0


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("name", WINDOWS)
def test_titles_name_the_app_once(name: str, language: str, ctx: AppContext, qtbot: QtBot) -> None:
    with window_in(language, name, ctx, qtbot) as window:
        title = window.windowTitle()
    # Qt adds " — Pausetimer" to a title unless it already ends with the app's name.
    shown = title if title.endswith(APP_NAME) else f"{title} \u2014 {APP_NAME}"
    assert shown.count(APP_NAME) == 1, shown


def test_time_fields_use_the_locale_format_as_every_time_shown(
    ctx: AppContext, qtbot: QtBot
) -> None:
    QLocale.setDefault(QLocale("en_US"))  # the autouse fixture puts en_GB back
    custom = CustomPauseDialog(ctx)
    settings = SettingsDialog(ctx)
    for dialog in (custom, settings):
        qtbot.addWidget(dialog)
    # 12-hour fields beside 12-hour times in the tray and the history, not "19:00".
    assert custom.time_edit.text() == "7:00\u202fPM"
    assert settings.tonight_time.text() == "7:00\u202fPM"
    # The stored value keeps its own fixed format.
    assert ctx.settings.get().tonight_time == "19:00"


def test_on_a_low_screen_the_history_folds_its_chart_away(ctx: AppContext, qtbot: QtBot) -> None:
    window = HistoryWindow(ctx)
    qtbot.addWidget(window)
    window.resize(620, 350)
    window.show()
    qtbot.waitExposed(window)
    window.make_room_for_the_list(1080)
    assert window.splitter.sizes()[0] > 0
    window.make_room_for_the_list(400)
    chart, rest = window.splitter.sizes()
    assert chart == 0 and rest > 0


def test_a_window_that_sized_itself_asks_for_all_of_its_contents(
    ctx: AppContext, qtbot: QtBot
) -> None:
    # Qt's first size stops at 2/3 of the screen: the settings scrolled on a screen with room.
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fit_into(dialog, QRect(0, 0, 1920, 1080))
    assert dialog.height() >= dialog.sizeHint().height()
