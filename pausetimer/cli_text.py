"""What the command line says, in the user's language (see :mod:`pausetimer.cli_i18n`).

Core and the running app report problems with a stable ``kind`` and an English ``message``; the
sentence shown here is picked by the kind, and the English message is the fallback for a kind this
version does not know (e.g. from a newer app). ``--json`` output never passes through here: it is
for programs and stays the same in every language.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from pausetimer.cli_i18n import translate
from pausetimer.core.clock import Clock, to_local
from pausetimer.core.durations import duration_parts

TYPE_CHECKING = False  # no typing module on the quick path of `status` (see pausetimer.cli)
if TYPE_CHECKING:
    from typing import Any


def duration(delta: timedelta) -> str:
    """Compact: ``1h 05m``, ``45m``, ``2d 3h`` (``1u 05m`` in Dutch); seconds rounded up, so
    "0m" is never shown while time remains."""
    seconds = delta.total_seconds()
    sign = "-" if seconds < 0 else ""
    _, days, hours, mins = duration_parts(abs(seconds))  # the one rounding rule of the app
    if days:
        text = translate("CommandLine", "%1d %2h").replace("%1", str(days))
        return sign + text.replace("%2", str(hours))
    if hours:
        text = translate("CommandLine", "%1h %2m").replace("%1", str(hours))
        return sign + text.replace("%2", f"{mins:02d}")
    return sign + translate("CommandLine", "%1m").replace("%1", str(mins))


def when(iso_text: str, clock: Clock, *, always_date: bool = False) -> str:
    """ "19:00" for today, "2026-11-22 19:00" otherwise, in the user's local time (the same
    unambiguous form in every language)."""
    instant = to_local(datetime.fromisoformat(iso_text), clock)
    today = to_local(clock.now(), clock).date()
    if instant.date() == today and not always_date:
        return instant.strftime("%H:%M")
    return instant.strftime("%Y-%m-%d %H:%M")


def describe(command: str, result: Any, clock: Clock) -> str:
    """The human-readable line(s) for a command's result."""
    if command == "history":
        if isinstance(result, dict) and "deleted" in result:
            count = int(result["deleted"])
            text = translate("CommandLine", "Deleted %n pause(s).", None, count)
            if result.get("wiped") is False:
                text += " " + translate(
                    "CommandLine",
                    "Its text is still being wiped from the database's log file: as soon as no "
                    "other program reads the database, at the latest at Pausetimer's next start.",
                )
            return text
        return history_table(result, clock)
    if command == "end":
        length = duration(timedelta(minutes=result.get("duration_minutes") or 0))
        return translate("CommandLine", "Pause ended after %1. Welcome back.").replace("%1", length)
    return status_line(result, clock, command)


def status_line(status: dict[str, Any], clock: Clock, command: str = "status") -> str:
    state = status.get("state")
    if state not in ("running", "due") or not status.get("return_at"):
        return translate("CommandLine", "No pause running.")
    back = when(status["return_at"], clock)
    remaining = timedelta(seconds=status.get("remaining_seconds") or 0)
    if status.get("side") == "waiting":
        from pausetimer.cli_wait import waiting_line

        return waiting_line(str(state), back, duration(abs(remaining)), command)
    if state == "running":
        if command == "start":
            line = translate("CommandLine", "Pause started: back at %1 (in %2).")
        elif command == "extend":
            line = translate("CommandLine", "Pause extended: back at %1 (in %2).")
        else:
            line = translate("CommandLine", "Pause running: back at %1 (in %2).")
        line = line.replace("%1", back).replace("%2", duration(remaining))
    else:
        line = (
            translate(
                "CommandLine",
                "Pause due: you agreed to be back at %1 (%2 ago). Time to go back and reach out.",
            )
            .replace("%1", back)
            .replace("%2", duration(-remaining))
        )
    if status.get("long"):
        line += "\n" + translate(
            "CommandLine", "This pause has lasted more than a day; consider talking about it soon."
        )
    return line


def history_table(pauses: list[dict[str, Any]], clock: Clock) -> str:
    if not pauses:
        return translate("CommandLine", "No pauses yet.")
    header = (
        translate("CommandLine", "Started"),
        translate("CommandLine", "Agreed return"),
        translate("CommandLine", "Ended"),
        translate("CommandLine", "Length"),
        translate("CommandLine", "Ext", "column: number of extensions"),
        translate("CommandLine", "Told", "column: whether the partner was told"),
        translate("CommandLine", "Calm", "column: how flooded at the start and before going back"),
        translate("CommandLine", "Note"),
    )
    yes, no = translate("CommandLine", "yes"), translate("CommandLine", "no")
    rows = [header]
    for pause in pauses:
        note = " ".join(str(pause.get("note") or "").split())
        rows.append(
            (
                when(pause["started_at"], clock, always_date=True),
                when(pause["return_at"], clock, always_date=True),
                when(pause["ended_at"], clock, always_date=True) if pause["ended_at"] else "-",
                duration(timedelta(minutes=pause.get("duration_minutes") or 0)),
                str(pause.get("extensions", 0)),
                yes if pause.get("announced") else no,
                _calm_cell(pause.get("calm_start"), pause.get("calm_end")),
                note if len(note) <= 30 else note[:29] + "…",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


def _calm_cell(start: object, end: object) -> str:
    """How flooded at the start, then before going back: "8→2" ("-" where not rated)."""
    if start is None and end is None:
        return "-"
    return f"{'-' if start is None else start}→{'-' if end is None else end}"


def caution(kind: str, english: str) -> str:
    """A note that did not stop the command (too short, longer than a day)."""
    texts = {
        "too_short": translate(
            "CommandLine",
            "A pause under 20 minutes is usually too short to calm down; it takes the body "
            "about 20 minutes.",
        ),
        "long": translate(
            "CommandLine",
            "This pause will last more than a day. Healthy pauses last hours, at most a day; "
            "consider talking sooner.",
        ),
    }
    return translate("CommandLine", "Note: %1").replace("%1", texts.get(kind, english))


def problem(kind: str, english: str, params: dict[str, Any] | None = None) -> str:
    """The sentence for a refused or malformed command, picked by its ``kind``."""
    text = str((params or {}).get("text", ""))
    known = {**_unreadable_input(text), **_refusals()}.get(kind)
    if known is not None:
        return known
    from pausetimer.cli_problems import named_problem

    return named_problem(kind, params or {}) or english


def _unreadable_input(text: str) -> dict[str, str]:
    """The sentences for a duration, time or date that cannot be read (``text``: what was given)."""
    durations = translate(
        "CommandLine",
        "a number with a unit, like 20m, 1h, 1h30m or 2d (d = days, h = hours, m = minutes)",
    )
    times = translate(
        "CommandLine",
        "a time of day like 19:00, or an ISO 8601 instant like 2026-11-21T19:00+01:00",
    )
    days = translate(
        "CommandLine", "a date like 2026-11-21, or an ISO 8601 instant like 2026-11-21T19:00+01:00"
    )
    expected = translate("CommandLine", "Cannot read '%1'; expected %2.").replace("%1", text)
    calm_range = translate(
        "CommandLine",
        "'%1' is not a calm rating; use a whole number from 0 (calm) to 10 (flooded). "
        "Nothing was changed.",
    ).replace("%1", text)
    return {
        "duration_empty": translate("CommandLine", "No duration given; expected %1.").replace(
            "%1", durations
        ),
        "duration_negative": translate(
            "CommandLine", "A duration cannot be negative; expected %1."
        ).replace("%1", durations),
        "duration_malformed": expected.replace("%2", durations),
        "duration_zero": translate("CommandLine", "A duration must be longer than zero."),
        "time_malformed": expected.replace("%2", times),
        "time_out_of_range": translate(
            "CommandLine", "'%1' is not a time of day (hours 0-23, minutes 0-59)."
        ).replace("%1", text),
        "date_malformed": expected.replace("%2", days),
        "calm_out_of_range": calm_range,
        "calm_malformed": calm_range,
    }


def _refusals() -> dict[str, str]:
    """The sentences for a command that was understood but refused."""
    return {
        "return_missing": translate(
            "CommandLine", "Say when you will be back: give either --for or --until."
        ),
        "return_not_future": translate(
            "CommandLine", "The return time has already passed; choose a time in the future."
        ),
        "pause_too_long": translate(
            "CommandLine", "A pause can last at most 7 days; choose an earlier return time."
        ),
        "pause_needs_confirmation": translate(
            "CommandLine",
            "The return is more than 24 hours away; confirm with --long if you really mean it.",
        ),
        "extension_too_long": translate("CommandLine", "One extension can add at most 24 hours."),
        "already_running": translate(
            "CommandLine", "A pause is already running; end it or extend it instead."
        ),
        "not_running": translate("CommandLine", "No pause is running."),
        "note_too_long": translate("CommandLine", "A note can be at most 2000 characters long."),
        "arguments_conflict": translate(
            "CommandLine", "--delete and --delete-all take no --since, --until or --reflections."
        ),
        "confirmation_missing": translate(
            "CommandLine",
            "--delete-all deletes every ended pause with its notes and reflections, and the "
            "moments together that have passed, for good; add --yes to confirm.",
        ),
        "period_empty": translate("CommandLine", "--until must lie after --since."),
        "database_locked": translate(
            "CommandLine", "The pause data is busy in another program; try again in a moment."
        ),
        "instance_unreachable": translate(
            "CommandLine",
            "Pausetimer is running but does not answer, so nothing was changed. Bring its window "
            "up or quit it from the tray, then try again.",
        ),
        "app_not_responding": translate(
            "CommandLine", "The running Pausetimer did not answer in time."
        ),
    }
