"""How history values read on screen: local times in the user's locale format, plain durations."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from pausetimer.core.clock import Clock, to_local, utc_from_timestamp
from pausetimer.core.durations import duration_parts
from pausetimer.core.pause import Pause
from pausetimer.ui.texts import plural, time_of_day

# Shown where there is no value yet (an en dash, as in a table).
NOTHING = "\u2013"


def local(seconds: int, clock: Clock) -> datetime:
    return to_local(utc_from_timestamp(seconds), clock)


def date_text(moment: datetime) -> str:
    return QLocale().toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat
    )


def time_text(moment: datetime) -> str:
    return time_of_day(moment.hour, moment.minute)


def moment_text(seconds: int, clock: Clock, *, same_day_as: int | None = None) -> str:
    """A time of day, with the date in front when it is not the day the pause started."""
    moment = local(seconds, clock)
    if same_day_as is not None and local(same_day_as, clock).date() == moment.date():
        return time_text(moment)
    return f"{date_text(moment)} {time_text(moment)}"


def pause_span_text(pause: Pause, clock: Clock) -> str:
    """Which pause, in words: "25/11/2026, 08:00 to 28/11/2026 10:00 (3 days)"."""
    start = int(pause.started_at.timestamp())
    if pause.ended_at is None:
        return f"{date_text(local(start, clock))}, {time_text(local(start, clock))}"
    end = int(pause.ended_at.timestamp())
    return (
        QCoreApplication.translate("History", "%1, %2 to %3 (%4)")
        .replace("%1", date_text(local(start, clock)))
        .replace("%2", time_text(local(start, clock)))
        .replace("%3", moment_text(end, clock, same_day_as=start))
        .replace("%4", duration_text(end - start))
    )


def duration_text(seconds: float) -> str:
    """Compact, for a table: "45 min", "1 h 5 min", past two days "3 days" (rounded as every
    duration is: see :func:`~pausetimer.core.durations.duration_parts`)."""
    minutes = duration_parts(seconds).total_minutes
    if minutes < 60:
        return QCoreApplication.translate("History", "%n min", "duration", minutes)
    hours, rest = divmod(minutes, 60)
    if hours < 48:
        if rest == 0:
            return QCoreApplication.translate("History", "%n h", "duration", hours)
        return (
            QCoreApplication.translate("History", "%1 h %2 min", "duration")
            .replace("%1", str(hours))
            .replace("%2", str(rest))
        )
    # Plain names as the count: older lupdate versions skip a call whose count is an expression.
    days = round(hours / 24)
    return plural(QCoreApplication.translate("History", "%n day(s)", "duration", days), days)


def share_text(share: float | None) -> str:
    if share is None:
        return NOTHING
    return QLocale().toString(round(share * 100)) + " %"
