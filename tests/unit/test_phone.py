"""The return time for the phone: the QR code decodes (zxing-cpp) to a VEVENT at the stored return
instant, the .ics parses (icalendar), in English and Dutch; ``pausetimer calendar`` on the CLI."""

from __future__ import annotations

import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
import zxingcpp
from PySide6.QtGui import QImage

from pausetimer import phone
from tests.helpers.cli import Cli
from tests.helpers.clock import FakeClock

RETURN_AT = datetime(2026, 12, 2, 18, 0, tzinfo=UTC)
SUMMARIES = ("Time to return", "Tijd om terug te gaan", "Tijd; om, terug\\ é")


def decode(png: bytes) -> str:
    image = QImage.fromData(png, "PNG")
    assert not image.isNull()
    [code] = zxingcpp.read_barcodes(image.convertToFormat(QImage.Format.Format_Grayscale8))
    assert code.format == zxingcpp.BarcodeFormat.QRCode
    return bytes(code.bytes).decode()


def field(event: str, name: str) -> str:
    [line] = [line for line in event.split("\r\n") if line.startswith(f"{name}:")]
    return line.split(":", 1)[1]


@pytest.mark.parametrize("summary", SUMMARIES)
def test_the_qr_code_holds_one_bare_vevent_at_the_return_instant(summary: str) -> None:
    text = decode(phone.qr_png(RETURN_AT, summary))
    assert text == phone.vevent(RETURN_AT, summary)
    assert text.startswith("BEGIN:VEVENT\r\n") and text.endswith("END:VEVENT")
    assert text.count("BEGIN:VEVENT") == 1 and "BEGIN:VCALENDAR" not in text
    assert len(text.encode()) <= phone.QR_MAX_BYTES
    assert field(text, "DTSTART") == "20261202T180000Z"
    assert field(text, "TRIGGER") == "PT0S"  # the alarm rings at the return time itself
    event = icalendar.Event.from_ical(text)
    assert event.decoded("dtstart") == RETURN_AT
    assert str(event["summary"]) == summary


def test_a_return_time_in_another_zone_is_written_as_the_same_instant_in_utc() -> None:
    local = RETURN_AT.astimezone(datetime.now().astimezone().tzinfo)
    assert field(phone.vevent(local), "DTSTART") == "20261202T180000Z"


def test_a_long_summary_is_shortened_to_fit_the_code() -> None:
    text = phone.vevent(RETURN_AT, "x" * 400)
    assert len(text.encode()) <= phone.QR_MAX_BYTES
    assert field(text, "SUMMARY").startswith("xxxx")


@pytest.mark.parametrize("summary", SUMMARIES)
def test_the_calendar_file_parses_with_its_alarm(summary: str) -> None:
    started = RETURN_AT - timedelta(hours=1)
    data = phone.ics(RETURN_AT, summary, started_at=started, extensions=2, now=started)
    calendar = icalendar.Calendar.from_ical(data)
    [event] = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == RETURN_AT
    assert str(event["summary"]) == summary
    assert event["uid"] == "20261202T170000Z-pause@pausetimer"  # the same event after extending
    assert int(event["sequence"]) == 2
    [alarm] = event.walk("VALARM")
    assert alarm.decoded("trigger") == timedelta(0)


# -- pausetimer calendar ----------------------------------------------------------------------


def test_calendar_without_a_pause_exits_1_and_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    code, out, err = cli("calendar", "--qr", str(tmp_path / "back.png"))
    assert (code, out) == (1, "")
    assert "No pause is running" in err
    assert not (tmp_path / "back.png").exists()


@pytest.mark.parametrize("where", ["missing/back.png", "."])
def test_calendar_with_a_bad_path_exits_2(cli: Cli, tmp_path: Path, where: str) -> None:
    assert cli("start", "--for", "30m")[0] == 0
    code, _out, err = cli("calendar", "--qr", str(tmp_path / where))
    assert code == 2 and err
    assert cli("calendar")[0] == 2  # nothing asked for


def test_calendar_writes_the_running_pause(cli: Cli, clock: FakeClock, tmp_path: Path) -> None:
    assert cli("start", "--for", "45m")[0] == 0
    return_at = clock.now() + timedelta(minutes=45)
    qr, ics = tmp_path / "back.png", tmp_path / "back.ics"
    code, out, err = cli("calendar", "--qr", str(qr), "--ics", str(ics))
    assert (code, err) == (0, "")
    assert "Nothing was sent" in out
    text = decode(qr.read_bytes())
    assert icalendar.Event.from_ical(text).decoded("dtstart") == return_at.astimezone(UTC)
    [event] = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart") == return_at.astimezone(UTC)
    for path in (qr, ics):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_starting_the_app_loads_neither_library() -> None:
    """The QR and calendar libraries (and QtDBus) load when asked for, not at start-up."""
    code = (
        "import sys, pausetimer.app, pausetimer.cli, pausetimer.services.reminders\n"
        "print(sorted({'segno', 'icalendar', 'PySide6.QtDBus'} & set(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
