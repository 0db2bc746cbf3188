"""'Put it on my phone': the code on screen decodes to the stored return instant; the calendar
file saves and parses; the partner-sentence dialog and the main window open it.
"""

from __future__ import annotations

from datetime import UTC, timedelta
from pathlib import Path

import icalendar
import pytest
import zxingcpp
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from pausetimer.context import AppContext
from pausetimer.core.pause import Pause, ReturnSpec
from pausetimer.ui.main_window import MainWindow
from pausetimer.ui.partner_dialog import PartnerSentenceDialog
from pausetimer.ui.phone_dialog import PhoneDialog


@pytest.fixture
def pause(ctx: AppContext) -> Pause:
    started, _cautions = ctx.service.start(ReturnSpec(after=timedelta(minutes=40)))
    return started


def shown_code(dialog: PhoneDialog) -> icalendar.Event:
    """Decode what the dialog really shows (its pixmap), as a phone camera would."""
    image = dialog.code_label.pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    [code] = zxingcpp.read_barcodes(image)
    return icalendar.Event.from_ical(bytes(code.bytes).decode())


def test_the_code_on_screen_holds_the_stored_return_time(
    ctx: AppContext, pause: Pause, qtbot: QtBot
) -> None:
    # English here; the Dutch summary is checked in tests/unit/test_phone.py (a language switch
    # in this process would reach the windows earlier tests left behind).
    dialog = PhoneDialog(ctx, pause)
    qtbot.addWidget(dialog)
    event = shown_code(dialog)
    stored = ctx.service.current()
    assert stored is not None
    assert event.decoded("dtstart") == stored.return_at.astimezone(UTC)
    assert str(event["summary"]) == "Time to return"


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
    assert not dialog.save_ics(tmp_path)
    assert f"{tmp_path} is a folder; give a file name." in dialog.saved_label.text()


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


def test_a_moment_together_goes_to_the_phone_as_its_own_event(
    ctx: AppContext, pause: Pause, qtbot: QtBot, tmp_path: Path
) -> None:
    moment = ctx.service.together.plan(ctx.clock.now() + timedelta(days=1), "dinner")
    dialog = PhoneDialog(ctx, moment)
    qtbot.addWidget(dialog)
    event = shown_code(dialog)
    assert event.decoded("dtstart") == moment.at.astimezone(UTC)
    assert str(event.get("summary")) == "Time together"  # neutral: nothing personal on a phone
    assert dialog.save_ics(tmp_path / "together.ics")
    [saved] = icalendar.Calendar.from_ical((tmp_path / "together.ics").read_bytes()).walk("VEVENT")
    assert saved.decoded("dtstart") == moment.at.astimezone(UTC)
    assert str(saved.get("uid")).endswith("-together@pausetimer")  # never replaces the return
