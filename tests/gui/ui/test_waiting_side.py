"""The waiting side in the tray, the main window, the guidance window, the reminder and the
notifications (pytest-qt, a real store, a fake clock)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.changes import Source
from pausetimer.core.pause import LONG_PAUSE, ReturnSpec, Side
from pausetimer.core.reminders import ReminderKind
from pausetimer.services.waiting_notice import waiting_notice
from pausetimer.ui.guidance import GuidanceWindow
from pausetimer.ui.guidance.window import SECTIONS
from pausetimer.ui.main_window import MainWindow
from pausetimer.ui.tray import Tray
from pausetimer.ui.windows import Windows
from tests.helpers.clock import FakeClock


@pytest.fixture
def tray(ctx: AppContext) -> Iterator[Tray]:
    made = Tray(ctx)
    made.waiting_menu.show_messages = False
    yield made
    shiboken6.delete(made)


def _wait(ctx: AppContext, minutes: int = 60) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(minutes=minutes)), side=Side.WAITING)


def test_the_tray_starts_a_wait_in_three_clicks(tray: Tray, ctx: AppContext, qtbot: QtBot) -> None:
    # Click 1 opens the menu, click 2 the submenu, click 3 a return time.
    submenu = tray.waiting_menu.menu
    assert submenu.menuAction() in tray.menu.actions()
    assert submenu.title().replace("&", "") == "My partner is taking a pause"
    one_hour = next(a for a in tray.waiting_menu.choices if a.text() == "&1 hour")
    with qtbot.waitSignal(tray.guidanceRequested):  # the page for the one who waits opens
        one_hour.trigger()
    pause = ctx.service.current()
    assert pause is not None and pause.side is Side.WAITING
    assert pause.return_at - pause.started_at == timedelta(hours=1)
    assert tray.info_action.text().startswith("Your partner is taking a pause · back at ")
    assert tray.back_action.text() == "My partner is &back"
    assert not submenu.isEnabled() and not tray.start_menu.isEnabled()  # one pause at a time
    tray.back_action.trigger()
    assert ctx.service.current() is None
    assert submenu.isEnabled() and tray.back_action.text() == "I'm &back"


def test_a_wait_is_refused_while_a_pause_runs(tray: Tray, ctx: AppContext) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    assert tray.waiting_menu.start(ReturnSpec(after=timedelta(hours=1))) is None
    current = ctx.service.current()
    assert current is not None and current.side is Side.PAUSING


def test_the_main_window_speaks_of_the_partner(
    ctx: AppContext, qtbot: QtBot, clock: FakeClock
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    _wait(ctx)
    assert window.state_title.text() == "Your partner is taking a pause"
    assert "do something good for yourself" in window.state_detail.text()
    assert window.back_button.text() == "My partner is &back"
    clock.advance(timedelta(minutes=61))
    window.refresh()
    assert window.state_title.text() == "Time for them to come back"
    assert "I miss you. Shall we sit together for a bit?" in window.state_detail.text()
    clock.advance(LONG_PAUSE)
    window.refresh()
    assert window.state_title.text() == "A long wait"
    assert "longer than a day" in window.state_detail.text()


def test_guidance_shows_the_waiting_page_during_a_wait(ctx: AppContext, qtbot: QtBot) -> None:
    window = GuidanceWindow(ctx, time_source=lambda: 0.0)
    qtbot.addWidget(window)

    def shown() -> set[str]:
        return {name for index, name in enumerate(SECTIONS) if window.tabs.isTabVisible(index)}

    assert "waiting" not in shown()  # no wait yet: the page is not there
    _wait(ctx)
    assert window.current_section() == "waiting"
    assert shown() == {"waiting", "breathe", "safety"}  # not what is for the one who paused
    ctx.service.end()
    assert "waiting" in shown()  # the letter can still be finished after the wait
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))
    assert "waiting" not in shown() and window.current_section() == "breathe"


def test_the_letter_autosaves_copies_prints_saves_and_deletes(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    _wait(ctx)
    pause = ctx.service.current()
    assert pause is not None and pause.id is not None
    window = GuidanceWindow(ctx, time_source=lambda: 0.0)
    qtbot.addWidget(window)
    letter = window.waiting.letter
    assert letter.pause_id == pause.id and letter.editor.isEnabled()
    letter.editor.setPlainText("Dear Sam,\nI felt alone tonight, and I love you.")
    qtbot.waitUntil(lambda: ctx.service.letter(pause.id or 0).startswith("Dear Sam"))
    letter.copy()
    assert QGuiApplication.clipboard().text() == letter.text()
    letter.export_to(tmp_path / "letter.txt")
    assert (tmp_path / "letter.txt").read_text().startswith("Dear Sam,\nI felt alone")
    assert (tmp_path / "letter.txt").stat().st_mode & 0o077 == 0
    _print_and_read(letter.document(), tmp_path / "letter.pdf")
    assert letter.delete(confirm=False)
    assert ctx.service.letter(pause.id) == "" and letter.text() == ""


def _print_and_read(document: object, pdf: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    document.print_(printer)  # type: ignore[attr-defined]
    assert pdf.stat().st_size > 0
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "I felt alone tonight" in text


def test_the_letter_waits_for_a_wait(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)))  # one's own pause: no letter
    window = GuidanceWindow(ctx, time_source=lambda: 0.0)
    qtbot.addWidget(window)
    letter = window.waiting.letter
    assert letter.pause_id is None and not letter.editor.isEnabled()
    assert "My partner is taking a pause" in letter.target.text()


def test_the_reminder_has_a_waiting_variant(
    windows: Windows, ctx: AppContext, clock: FakeClock, qtbot: QtBot
) -> None:
    _wait(ctx, 30)
    clock.advance(timedelta(minutes=30))
    windows.show_reminder(False)
    note = windows.waiting_reminder()
    assert note.isVisible() and not windows.reminder().isVisible()
    assert note.heading.text() == "Your partner agreed to come back about now"
    assert "Give them a few minutes" in note.body.text()
    assert note.sentence.text() == "“I miss you. Shall we sit together for a bit?”"
    assert not note.help_button.isVisibleTo(note)
    note.copy_sentence()
    assert QGuiApplication.clipboard().text() == "I miss you. Shall we sit together for a bit?"
    note.more_button.click()
    pause = ctx.service.current()
    assert pause is not None and pause.return_at == clock.now() + timedelta(minutes=10)
    assert not note.isVisible()
    windows.show_reminder(True)
    assert "longer than a day" in note.sentence.text() and note.help_button.isVisibleTo(note)
    with qtbot.waitSignal(note.helpRequested):
        note.help_button.click()
    assert windows.guidance().current_section() == "safety"
    note.back_button.click()
    assert ctx.service.current() is None and not note.isVisible()
    assert not windows.reminder().isVisible()  # a wait that ends gets no return page


def test_the_waiting_notifications_are_gentle() -> None:
    title, message = waiting_notice({ReminderKind.DUE}, 5)
    assert title == "Your partner agreed to come back"
    assert "Give them a few minutes" in message and "I miss you" in message
    title, message = waiting_notice({ReminderKind.DUE, ReminderKind.LONG}, 5)
    assert "more than a day" in title and "help" in message
    title, message = waiting_notice({ReminderKind.HEADS_UP}, 5)
    assert message.startswith("In 5 minute") and "your partner agreed to come back" in message


def test_a_wait_ended_elsewhere_closes_the_note(
    windows: Windows, ctx: AppContext, clock: FakeClock
) -> None:
    _wait(ctx, 30)
    clock.advance(timedelta(minutes=31))
    windows.show_reminder(False)
    ctx.service.end(source=Source.COMMAND_LINE)
    assert not windows.waiting_reminder().isVisible()


def test_the_history_details_tell_a_wait_and_name_the_letter(ctx: AppContext, qtbot: QtBot) -> None:
    from pausetimer.ui.history.details import PauseDetails

    _wait(ctx)
    pause = ctx.service.current()
    assert pause is not None and pause.id is not None
    ctx.service.save_letter(pause.id, "Dear Sam")
    ended = ctx.service.end()
    panel = PauseDetails(ctx.clock)
    qtbot.addWidget(panel)
    panel.show_pause(ended, ctx.service.reflections(pause.id))
    assert "Your partner's pause: you waited." in panel.summary.text()
    assert "Announced" not in panel.summary.text()
    assert panel.reflections.text() == "Letter: Dear Sam"


def test_extending_a_wait_offers_no_partner_sentence(ctx: AppContext, qtbot: QtBot) -> None:
    from pausetimer.ui.actions import PauseActions
    from pausetimer.ui.extend_dialog import ExtendDialog

    _wait(ctx)
    actions = PauseActions(ctx)
    actions.show_messages = False
    actions.open_extend()
    dialog = actions.dialog
    assert isinstance(dialog, ExtendDialog)
    qtbot.addWidget(dialog)
    dialog.quick_radios[20].setChecked(True)
    dialog.extend_button.click()
    pause = ctx.service.current()
    assert pause is not None and [e.added for e in pause.extensions] == [timedelta(minutes=20)]
    assert actions.dialog is None or not actions.dialog.isVisible()


def test_the_main_window_starts_a_wait_too(ctx: AppContext, qtbot: QtBot) -> None:
    # Where no tray exists, the main window is the way in: its button, a return time.
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.waiting_button.text() == "&My partner is taking a pause"
    assert window.waiting_button.menu() is window.waiting_menu.menu
    tonight = window.waiting_menu.choices[-1]
    with qtbot.waitSignal(window.guidanceRequested):
        tonight.trigger()
    pause = ctx.service.current()
    assert pause is not None and pause.side is Side.WAITING
    assert window.waiting_button.isHidden() and window.start_box.isHidden()
    window.back_button.click()
    assert not window.waiting_button.isHidden()


def test_closing_the_waiting_note_keeps_the_wait(
    windows: Windows, ctx: AppContext, clock: FakeClock
) -> None:
    _wait(ctx, 30)
    clock.advance(timedelta(minutes=30))
    windows.show_reminder(False)
    note = windows.waiting_reminder()
    note.close()
    assert not note.isVisible() and ctx.service.current() is not None
    ctx.service.end(source=Source.COMMAND_LINE)
    note.back_button.click()  # ended meanwhile: nothing left to do, no error
    assert not note.isVisible() and note.error.text() == ""


def test_deleting_the_letter_asks_first(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    _wait(ctx)
    window = GuidanceWindow(ctx, time_source=lambda: 0.0)
    qtbot.addWidget(window)
    letter = window.waiting.letter
    letter.editor.setPlainText("keep me")
    letter.save_now()
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: next(answers))
    letter.delete_button.click()
    assert letter.text() == "keep me" and ctx.service.letter(letter.pause_id or 0) == "keep me"
    letter.delete_button.click()
    assert letter.text() == "" and ctx.service.letter(letter.pause_id or 0) == ""


def test_the_history_table_shows_a_wait(ctx: AppContext, clock: FakeClock) -> None:
    from PySide6.QtCore import Qt

    from pausetimer.ui.history.model import HistoryTableModel

    ctx.service.start(ReturnSpec(after=timedelta(minutes=30)), announced=True)
    ctx.service.end()
    clock.advance(timedelta(hours=1))
    _wait(ctx)
    ctx.service.end()
    model = HistoryTableModel(ctx.service, ctx.clock)
    model.refresh()
    wait, own = model.index(0, 6), model.index(1, 6)  # newest first
    assert (model.data(wait), model.data(own)) == ("you waited", "yes")
    tooltip = model.data(wait, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Your partner's pause: you waited."
