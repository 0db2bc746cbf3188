from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import ReturnSpec
from pausetimer.ui.main_window import MainWindow
from pausetimer.ui.partner_dialog import PartnerSentenceDialog
from tests.helpers.clock import FakeClock


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    created = MainWindow(ctx)
    created.pause_actions.show_messages = False
    qtbot.addWidget(created)
    created.present()
    return created


def test_quick_button_starts_pause_and_shows_running_state(
    window: MainWindow, ctx: AppContext
) -> None:
    assert window.state_title.text() == "No pause running"
    one_hour = next(b for b in window.quick_buttons if b.text().replace("&", "") == "1 hour")
    one_hour.click()
    pause = ctx.service.current()
    assert pause is not None and pause.return_at - pause.started_at == timedelta(hours=1)
    assert isinstance(window.pause_actions.dialog, PartnerSentenceDialog)
    assert window.state_title.text() == "Pausing"
    assert "15:00" in window.state_detail.text()
    assert window.start_box.isHidden()
    assert window.back_button.isVisible() and window.extend_button.isVisible()


def test_im_back_button_ends_pause(window: MainWindow, ctx: AppContext) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    window.back_button.click()
    assert ctx.service.current() is None
    assert window.state_title.text() == "No pause running"
    assert not window.start_box.isHidden()


def test_due_and_long_states(window: MainWindow, ctx: AppContext, clock: FakeClock) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(hours=26)), allow_long=True)
    clock.advance(timedelta(hours=25))
    window.refresh()
    assert window.state_title.text() == "A long pause"
    clock.advance(timedelta(hours=2))
    window.refresh()
    assert window.state_title.text() == "Time to go back"


def test_link_buttons_emit_signals(window: MainWindow, qtbot: QtBot) -> None:
    for button, signal in [
        (window.guidance_button, window.guidanceRequested),
        (window.history_button, window.historyRequested),
        (window.settings_button, window.settingsRequested),
        (window.quit_button, window.quitRequested),
    ]:
        with qtbot.waitSignal(signal, timeout=1000):
            button.click()


def test_close_hides_when_tray_exists(window: MainWindow, qtbot: QtBot) -> None:
    window.set_tray_present(True)
    assert "keeps Pausetimer running" in window.footer.text()
    with qtbot.assertNotEmitted(window.quitRequested):
        window.close()
    assert not window.isVisible()


def test_close_quits_without_tray(window: MainWindow, qtbot: QtBot) -> None:
    window.set_tray_present(False)
    assert "quits Pausetimer" in window.footer.text()
    with qtbot.waitSignal(window.quitRequested, timeout=1000):
        window.close()


def test_escape_hides_and_never_quits(window: MainWindow, qtbot: QtBot) -> None:
    window.set_tray_present(True)
    window.activateWindow()
    with qtbot.assertNotEmitted(window.quitRequested):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_keyboard_mnemonics_and_names(window: MainWindow) -> None:
    labels = [b.text() for b in (*window.quick_buttons, window.custom_button, window.quit_button)]
    assert all("&" in label for label in labels)
    assert window.state_detail.accessibleName()


def _mnemonics(window: MainWindow) -> list[str]:
    """The Alt+letter of every button the window shows now (``&&`` is a plain ampersand)."""
    from PySide6.QtWidgets import QAbstractButton

    letters = []
    for button in window.findChildren(QAbstractButton):
        text = button.text().replace("&&", "")
        if button.isVisibleTo(window) and "&" in text:
            letters.append(text[text.index("&") + 1].lower())
    return letters


@pytest.mark.parametrize("language", ["en", "nl"])
def test_no_two_buttons_shown_at_once_share_an_alt_letter(
    language: str, ctx: AppContext, qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    if language == "nl":
        request.getfixturevalue("dutch")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.present()
    idle = _mnemonics(window)
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    window.refresh()
    pausing = _mnemonics(window)
    assert len(idle) > 8 and len(pausing) > 8  # the check sees the window's buttons
    assert sorted(idle) == sorted(set(idle)) and sorted(pausing) == sorted(set(pausing))
