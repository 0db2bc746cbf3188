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
    for needle in ("promise to return", "no internet", "not the right tool", "0800-2000"):
        assert needle in text
