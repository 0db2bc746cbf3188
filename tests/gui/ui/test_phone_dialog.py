"""'Put it on my phone': the code on screen decodes to the stored return instant, in English and
Dutch; the calendar file saves and parses; the partner-sentence dialog and the main window open it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, timedelta
from pathlib import Path

import icalendar
import pytest
import zxingcpp
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import Pause, ReturnSpec
from pausetimer.services.i18n import Translations
from pausetimer.ui.main_window import MainWindow
from pausetimer.ui.partner_dialog import PartnerSentenceDialog
from pausetimer.ui.phone_dialog import PhoneDialog

SUMMARY = {"en": "Time to return", "nl": "Tijd om terug te gaan"}


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    # A language switch reaches every widget still alive: let windows closed by earlier tests
    # (deleted later, and there is no event loop between tests) go first.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    installed = Translations(qapp)
    yield installed
    installed.apply("en")


@pytest.fixture
def pause(ctx: AppContext) -> Pause:
    started, _cautions = ctx.service.start(ReturnSpec(after=timedelta(minutes=40)))
    return started


def shown_code(dialog: PhoneDialog) -> icalendar.Event:
    """Decode what the dialog really shows (its pixmap), as a phone camera would."""
    image = dialog.code_label.pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    [code] = zxingcpp.read_barcodes(image)
    return icalendar.Event.from_ical(bytes(code.bytes).decode())


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_code_on_screen_holds_the_stored_return_time(
    ctx: AppContext, pause: Pause, qtbot: QtBot, translations: Translations, language: str
) -> None:
    translations.apply(language)
    dialog = PhoneDialog(ctx, pause)
    qtbot.addWidget(dialog)
    event = shown_code(dialog)
    stored = ctx.service.current()
    assert stored is not None
    assert event.decoded("dtstart") == stored.return_at.astimezone(UTC)
    assert str(event["summary"]) == SUMMARY[language]


def test_save_as_calendar_file(ctx: AppContext, pause: Pause, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PhoneDialog(ctx, pause)
    qtbot.addWidget(dialog)
    target = tmp_path / "back.ics"
    assert dialog.save_ics(target)
    [event] = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart") == pause.return_at.astimezone(UTC)
    assert str(target) in dialog.saved_label.text()
    assert not dialog.save_ics(tmp_path / "missing" / "back.ics")
    assert "does not exist" in dialog.saved_label.text()


def test_the_partner_sentence_dialog_offers_it(ctx: AppContext, pause: Pause, qtbot: QtBot) -> None:
    dialog = PartnerSentenceDialog(ctx, pause, extended=True)  # also the end of the extend flow
    qtbot.addWidget(dialog)
    phone = dialog.show_phone(pause)
    assert isinstance(phone, PhoneDialog) and phone.isVisible()
    assert shown_code(phone).decoded("dtstart") == pause.return_at.astimezone(UTC)
    phone.close()


def test_the_main_window_offers_it_while_a_pause_runs(ctx: AppContext, qtbot: QtBot) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert not window.phone_button.isVisible()
    ctx.service.start(ReturnSpec(after=timedelta(minutes=20)))
    assert window.phone_button.isVisible()
    window.phone_button.click()
    [phone] = window.findChildren(PhoneDialog)
    assert phone.isVisible()
    phone.close()
