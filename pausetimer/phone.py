"""The return time on the phone, with no network: a QR code for the camera, or a calendar file.

The QR code holds one bare VEVENT (the form phone camera apps turn into "add to calendar"): the
return instant in UTC, a neutral summary, and an alarm at that instant. It stays within
:data:`QR_MAX_BYTES`, so the code stays small enough for any phone camera. The calendar file is a
full iCalendar file written with the icalendar library; its UID is derived from the pause's start
and its SEQUENCE from the number of extensions, so importing it again after an extension updates
the same event instead of adding a second one.

Both libraries are imported only here, when the user asks: the tray app's start does not pay for
them. Nothing is sent anywhere; the files are written where the user says.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pausetimer.files import atomic_write

QR_MAX_BYTES = 300
EVENT_LENGTH = timedelta(minutes=15)  # phones show an event with a length more clearly
NEUTRAL_SUMMARY = "Time to return"  # English; the app passes its translation


def _utc_stamp(instant: datetime) -> str:
    if instant.tzinfo is None:
        raise ValueError("a calendar instant needs a time zone")
    return instant.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _text(value: str) -> str:
    """RFC 5545 TEXT escaping (backslash, semicolon, comma, line breaks)."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return " ".join(value.replace("\r", "").split("\n"))


def vevent(return_at: datetime, summary: str = NEUTRAL_SUMMARY) -> str:
    """One bare VEVENT for a QR code; the summary is shortened if the whole would not fit."""
    for length in range(len(summary), 0, -1):
        text = _text(summary[:length].strip())
        lines = [
            "BEGIN:VEVENT",
            f"DTSTART:{_utc_stamp(return_at)}",
            f"DTEND:{_utc_stamp(return_at + EVENT_LENGTH)}",
            f"SUMMARY:{text}",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:PT0S",
            f"DESCRIPTION:{text}",
            "END:VALARM",
            "END:VEVENT",
        ]
        event = "\r\n".join(lines)
        if len(event.encode()) <= QR_MAX_BYTES:
            return event
    raise ValueError("the summary must not be empty")


def qr_png(return_at: datetime, summary: str = NEUTRAL_SUMMARY, *, scale: int = 6) -> bytes:
    """The QR code of :func:`vevent` as PNG bytes."""
    import segno

    code = segno.make_qr(vevent(return_at, summary).encode(), error="m")
    out = io.BytesIO()
    code.save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


def ics(
    return_at: datetime,
    summary: str = NEUTRAL_SUMMARY,
    *,
    started_at: datetime,
    extensions: int = 0,
    now: datetime,
    uid: str | None = None,
) -> bytes:
    """A complete iCalendar file with one event and its alarm. ``uid``: another event than a
    pause's return (a moment together) names itself, so the two never replace each other."""
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//Pausetimer//Pausetimer//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", uid or f"{_utc_stamp(started_at)}-pause@pausetimer")
    event.add("sequence", extensions)
    event.add("dtstamp", now.astimezone(UTC))
    event.add("dtstart", return_at.astimezone(UTC))
    event.add("dtend", (return_at + EVENT_LENGTH).astimezone(UTC))
    event.add("summary", summary)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(0))
    alarm.add("description", summary)
    event.add_component(alarm)
    calendar.add_component(event)
    return bytes(calendar.to_ical())


IS_FOLDER = "is_folder"
NO_FOLDER = "no_folder"


def target_problem(path: Path) -> str | None:
    """Why ``path`` cannot be written, as a kind (IS_FOLDER, NO_FOLDER), or None when it can."""
    if path.is_dir():
        return IS_FOLDER
    if not path.parent.is_dir():
        return NO_FOLDER
    return None


def check_target(path: Path) -> str | None:
    """Why ``path`` cannot be written, as the command line says it (in its language), or None
    when it can. The windows say it in theirs (ui/phone_dialog.py)."""
    from pausetimer.cli_i18n import translate

    kind = target_problem(path)
    if kind == IS_FOLDER:
        return translate("CommandLine", "%1 is a folder; give a file name.").replace(
            "%1", str(path)
        )
    if kind == NO_FOLDER:
        text = translate("CommandLine", "The folder %1 does not exist.")
        return text.replace("%1", str(path.parent))
    return None


def write(path: Path, data: bytes) -> None:
    """Write all at once; readable by the user only, like everything the app writes."""
    atomic_write(path, data)


def calendar_command(
    qr: Path | None, ics_path: Path | None, status: Callable[[], dict[str, Any]], now: datetime
) -> tuple[int, str]:
    """``pausetimer calendar``: (exit code, message in the command line's language). 2: a path
    that cannot be written; 1: no pause runs (or the status could not be read); 0: written."""
    from pausetimer.cli_i18n import translate

    targets = [path for path in (qr, ics_path) if path is not None]
    if not targets:
        return 2, translate(
            "CommandLine", "Say what to write: --qr FILE.png and/or --ics FILE.ics."
        )
    for path in targets:
        unusable = check_target(path)
        if unusable is not None:
            return 2, unusable
    response = status()
    result = response.get("result") or {}
    if response.get("exit_code") != 0:
        from pausetimer.cli_text import problem

        error = response.get("error") or {}
        english = str(error.get("message", "The pause could not be read."))
        return 1, problem(str(error.get("kind")), english)
    if result.get("state") not in ("running", "due") or not result.get("return_at"):
        return 1, translate(
            "CommandLine", "No pause is running, so there is no return time to put on your phone."
        )
    return_at = datetime.fromisoformat(result["return_at"])
    try:
        if qr is not None:
            write(qr, qr_png(return_at))
        if ics_path is not None:
            started_at = datetime.fromisoformat(result["started_at"])
            extensions = int(result.get("extensions") or 0)
            write(ics_path, ics(return_at, started_at=started_at, extensions=extensions, now=now))
    except OSError as error:
        text = translate("CommandLine", "Could not write the file: %1.")
        return 2, text.replace("%1", str(error.strerror or error))
    written = translate("CommandLine", "%1 and %2") if len(targets) == 2 else "%1"
    for number, path in enumerate(targets, start=1):
        written = written.replace(f"%{number}", str(path))
    text = translate(
        "CommandLine", "Written: %1. Nothing was sent anywhere; open it on your phone yourself."
    )
    return 0, text.replace("%1", written)
