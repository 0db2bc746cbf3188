"""How history values read on screen: local times in the user's locale format, plain durations."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from pausetimer.core.clock import Clock, to_local, utc_from_timestamp
from pausetimer.core.durations import duration_parts
from pausetimer.ui.texts import plural

# Shown where there is no value yet (an en dash, as in a table).
NOTHING = "\u2013"


def local(seconds: int, clock: Clock) -> datetime:
    return to_local(utc_from_timestamp(seconds), clock)


def date_text(moment: datetime) -> str:
    return QLocale().toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat
    )


def time_text(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def moment_text(seconds: int, clock: Clock, *, same_day_as: int | None = None) -> str:
    """A time of day, with the date in front when it is not the day the pause started."""
    moment = local(seconds, clock)
    if same_day_as is not None and local(same_day_as, clock).date() == moment.date():
        return time_text(moment)
    return f"{date_text(moment)} {time_text(moment)}"


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
