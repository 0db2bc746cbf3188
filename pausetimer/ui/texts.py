"""Sentences shared by the tray, the main window and the dialogs, all through Qt's translation.

Times are shown in the user's locale format and the user's time zone (from the injected clock).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime

from pausetimer import storage_texts
from pausetimer.core import partner_words
from pausetimer.core.clock import Clock, to_local
from pausetimer.core.durations import duration_parts
from pausetimer.core.errors import PausetimerError
from pausetimer.core.partner_words import DEFAULT_SENTENCE
from pausetimer.core.pause import WARNING_TEXT, Caution, Side
from pausetimer.ui.pause_view import PauseView, ViewState


def plural(translated: str, n: int) -> str:
    """With no translation loaded (English source) Qt leaves "(s)" in a plural; resolve it with
    the English rule so the source language reads right too."""
    return translated.replace("(s)", "" if n == 1 else "s")


def time_format() -> str:
    """The locale's short time format ("HH:mm", or "h:mm AP" in the US): one format for every
    time shown and every time field, so a window never mixes 12- and 24-hour times."""
    short = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    # Qt 6.8's C locale gives "HH:mm:ss" as its short format: a return time has no seconds.
    return re.sub(r"[:.]ss?(?![a-zA-Z])", "", short)


def time_of_day(hour: int, minute: int) -> str:
    """A wall-clock time in :func:`time_format`."""
    return QLocale().toString(QTime(hour, minute), time_format())


def clock_time(instant: datetime, clock: Clock) -> str:
    """``19:00`` (or ``7:00 PM``, as the locale has it), in the user's zone."""
    local = to_local(instant, clock)
    return time_of_day(local.hour, local.minute)


def when(instant: datetime, clock: Clock) -> str:
    """A return time as said in a sentence: "at 19:00", "tomorrow at 19:00", or with a date."""
    local = to_local(instant, clock)
    today = to_local(clock.now(), clock).date()
    time_text = clock_time(instant, clock)
    days = (local.date() - today).days
    if days == 0:
        return QCoreApplication.translate("PauseTexts", "at %1").replace("%1", time_text)
    if days == 1:
        return QCoreApplication.translate("PauseTexts", "tomorrow at %1").replace("%1", time_text)
    day_text = QLocale().toString(QDate(local.year, local.month, local.day), "dddd d MMMM")
    return (
        QCoreApplication.translate("PauseTexts", "on %1 at %2")
        .replace("%1", day_text)
        .replace("%2", time_text)
    )


def duration(delta: timedelta) -> str:
    """ "45 minutes", "1 hour 5 minutes", "2 days 3 hours" (rounded as every duration is: see
    :func:`~pausetimer.core.durations.duration_parts`)."""
    _, days, hours, mins = duration_parts(delta.total_seconds())
    parts: list[str] = []
    if days:
        parts.append(
            plural(QCoreApplication.translate("PauseTexts", "%n day(s)", None, days), days)
        )
        if hours:
            parts.append(
                plural(QCoreApplication.translate("PauseTexts", "%n hour(s)", None, hours), hours)
            )
    elif hours:
        parts.append(
            plural(QCoreApplication.translate("PauseTexts", "%n hour(s)", None, hours), hours)
        )
        if mins:
            parts.append(
                plural(QCoreApplication.translate("PauseTexts", "%n minute(s)", None, mins), mins)
            )
    else:
        parts.append(
            plural(QCoreApplication.translate("PauseTexts", "%n minute(s)", None, mins), mins)
        )
    return " ".join(parts)


def status_line(view: PauseView, clock: Clock) -> str:
    """One line for the tray menu, the tooltip and the main window."""
    if view.pause is None:
        return QCoreApplication.translate("PauseTexts", "No pause running")
    if view.pause.side is Side.WAITING:
        from pausetimer.ui import waiting_texts  # it builds on this module

        return waiting_texts.status_line(view, clock)
    back = clock_time(view.pause.return_at, clock)
    if view.state is ViewState.DUE:
        late = view.now - view.pause.return_at
        if late < timedelta(minutes=1):
            return QCoreApplication.translate("PauseTexts", "Time to go back (agreed: %1)").replace(
                "%1", back
            )
        return (
            QCoreApplication.translate("PauseTexts", "Time to go back: agreed %1, %2 ago")
            .replace("%1", back)
            .replace("%2", duration(late - timedelta(seconds=59)))
        )
    left = duration(view.remaining)
    if view.state is ViewState.LONG:
        return (
            QCoreApplication.translate(
                "PauseTexts", "Paused for more than a day · back %1 (%2 left)"
            )
            .replace("%1", when(view.pause.return_at, clock))
            .replace("%2", left)
        )
    return (
        QCoreApplication.translate("PauseTexts", "Back %1 · %2 left")
        .replace("%1", when(view.pause.return_at, clock))
        .replace("%2", left)
    )


def partner_sentence(
    return_at: datetime, clock: Clock, partner_name: str, key: str = DEFAULT_SENTENCE
) -> str:
    """What to say or send (one of core.partner_words' sentences): the concrete return time in
    it, and the partner's name when the settings hold one."""
    chosen = partner_words.sentence(key)
    name = partner_name.strip()
    template = chosen.named if name else chosen.plain
    return partner_words.fill(
        QCoreApplication.translate(partner_words.CONTEXT, template), when(return_at, clock), name
    )


# The command line's sentences (core.pause.WARNING_TEXT), marked here for translation; a test keeps
# the English of both the same.
_CAUTIONS = {
    Caution.TOO_SHORT: QT_TRANSLATE_NOOP(
        "PauseTexts",
        "A pause under 20 minutes is usually too short to calm down; it takes the body about "
        "20 minutes.",
    ),
    Caution.LONG: QT_TRANSLATE_NOOP(
        "PauseTexts",
        "This pause will last more than a day. Healthy pauses last hours, at most a day; "
        "consider talking sooner.",
    ),
}


def caution(item: Caution) -> str:
    source = _CAUTIONS.get(item)
    if source is None:  # pragma: no cover - a caution added to the core later
        return WARNING_TEXT.get(item, "")
    return QCoreApplication.translate("PauseTexts", str(source))


def error(problem: PausetimerError) -> str:
    """The meaning of a refused request, picked by its kind; the English message otherwise."""
    if storage_texts.is_storage_problem(problem):  # a full disk, a lock, a read-only file
        return storage_texts.unavailable(problem)
    texts = {
        "already_running": QCoreApplication.translate(
            "PauseTexts", "A pause is already running. You can extend it or end it instead."
        ),
        "not_running": QCoreApplication.translate("PauseTexts", "No pause is running right now."),
        "return_not_future": QCoreApplication.translate(
            "PauseTexts", "That return time has already passed; choose a time in the future."
        ),
        "pause_too_long": QCoreApplication.translate(
            "PauseTexts",
            "A pause can last at most 7 days. A promise to return needs a closer time.",
        ),
        "pause_needs_confirmation": QCoreApplication.translate(
            "PauseTexts", "The return is more than 24 hours away; please confirm that you mean it."
        ),
        "duration_zero": QCoreApplication.translate(
            "PauseTexts", "Choose a length longer than zero."
        ),
        "extension_too_long": QCoreApplication.translate(
            "PauseTexts", "One extension can add at most 24 hours."
        ),
    }
    return texts.get(problem.kind, problem.message)
