import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.ui.welcome_dialog import WelcomeDialog


def test_get_started_stores_the_name_and_marks_the_welcome_done(
    ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = WelcomeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.partner_name, "  Alex ")
    qtbot.keyClick(dialog.partner_name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    settings = ctx.settings.get()
    assert settings.partner_name == "Alex" and settings.welcome_done


def test_closing_without_a_name_is_fine_and_not_asked_again(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = WelcomeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert ctx.settings.get().welcome_done and ctx.settings.get().partner_name == ""


def test_the_welcome_names_the_promise_privacy_and_safety(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = WelcomeDialog(ctx)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    for needle in ("promise to return", "no internet", "not the right tool", "0800-2000", "F1"):
        assert needle in text


def _text(dialog: WelcomeDialog) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_the_welcome_says_where_the_app_lives_with_and_without_a_tray(
    ctx: AppContext, qtbot: QtBot
) -> None:
    with_tray = WelcomeDialog(ctx, tray_present=True)
    without = WelcomeDialog(ctx, tray_present=False)
    qtbot.addWidget(with_tray)
    qtbot.addWidget(without)
    assert "icon in the system tray" in _text(with_tray)
    assert "no system tray" in _text(without) and "closing it quits" in _text(without)


def test_after_get_started_the_tray_icon_points_at_itself(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pausetimer.ui.tray import Tray
    from pausetimer.ui.windows import Windows

    # Offscreen there is no tray: pretend one, and hear what the icon is asked to say.
    monkeypatch.setattr(Tray, "available", lambda self: True)
    tray = Tray(ctx)
    tray.show()
    balloons: list[tuple[object, ...]] = []
    monkeypatch.setattr(tray.tray_icon, "showMessage", lambda *args: balloons.append(args))
    windows = Windows(ctx, parent=tray)
    windows.welcomeClosed.connect(tray.point_at_itself)
    dialog = windows.welcome_if_first_run(tray_present=True)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert balloons == []
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [(title, text, *_rest)] = balloons
    assert title == "Pausetimer is here" and "Click this icon" in str(text)
    tray.tray_icon.hide()
    # The menu is a top-level widget of its own: it would outlive the test and hear the next
    # test's language switch over a closed database.
    shiboken6.delete(tray.menu)
    shiboken6.delete(tray)


def test_on_a_small_screen_the_welcome_fits_and_no_paragraph_is_cut(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QLabel

    dialog = WelcomeDialog(ctx)
    qtbot.addWidget(dialog)
    # 1280 x 800 at 200 %: 640 x 400 logical pixels, less a panel.
    dialog.fit_to(QRect(0, 0, 640, 370))
    dialog.show()
    qtbot.wait(10)
    assert dialog.height() <= 370 and dialog.width() <= 640
    for label in dialog.findChildren(QLabel):
        if label.wordWrap():  # squeezed, a paragraph would show only its first line
            assert label.height() >= label.heightForWidth(label.width()), label.text()[:40]
    assert dialog.start_button.isVisible()


def test_typing_goes_into_the_name_at_once(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = WelcomeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.partner_name
