"""Pauses and status as plain data: the JSON and CSV the command line prints and the app exports.

Instants are ISO 8601 with a UTC offset, in the user's local time (what a spreadsheet or a person
expects to read), so they stay unambiguous.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from pausetimer.core.clock import Clock, to_local
from pausetimer.core.pause import Pause, PauseState
from pausetimer.core.signals import PauseSignals

if TYPE_CHECKING:
    from pausetimer.core.together import Moment

# The early signals ticked with a pause (keys, space-separated in CSV) and the own words.
SIGNAL_FIELDS = ("signals", "signal_words")

HISTORY_FIELDS = (
    "id",
    "started_at",
    "planned_return_at",
    "return_at",
    "ended_at",
    "duration_minutes",
    "announced",
    "extensions",
    "late_minutes",
    "long",
    "note",
    "return_note",
    "calm_start",
    "calm_end",
    "side",
    "nudge_seen_at",
)


@dataclass(frozen=True)
class Status:
    state: PauseState
    pause: Pause | None
    now: datetime


def iso(instant: datetime | None, clock: Clock) -> str | None:
    return to_local(instant, clock).isoformat() if instant is not None else None


def status_to_dict(status: Status, clock: Clock) -> dict[str, Any]:
    pause = status.pause if status.state is not PauseState.IDLE else None
    remaining = pause.remaining(status.now) if pause else None
    return {
        "state": status.state.value,
        "id": pause.id if pause else None,
        "started_at": iso(pause.started_at, clock) if pause else None,
        "return_at": iso(pause.return_at, clock) if pause else None,
        "remaining_seconds": int(remaining.total_seconds()) if remaining is not None else None,
        "announced": pause.announced if pause else False,
        "extensions": len(pause.extensions) if pause else 0,
        "long": pause.is_long(status.now) if pause else False,
        "note": pause.note if pause else None,
        # "pausing": the one who steps away; "waiting": the partner who waits for them.
        "side": pause.side.value if pause else None,
    }


def pause_to_dict(pause: Pause, now: datetime, clock: Clock) -> dict[str, Any]:
    late = pause.late_by()
    return {
        "id": pause.id,
        "started_at": iso(pause.started_at, clock),
        "planned_return_at": iso(pause.planned_return_at, clock),
        "return_at": iso(pause.return_at, clock),
        "ended_at": iso(pause.ended_at, clock),
        "duration_minutes": round(pause.duration(now).total_seconds() / 60, 1),
        "announced": pause.announced,
        "extensions": len(pause.extensions),
        "late_minutes": round(late.total_seconds() / 60, 1) if late is not None else None,
        "long": pause.is_long(now),
        "note": pause.note,
        "return_note": pause.return_note,
        "calm_start": pause.calm_start,
        "calm_end": pause.calm_end,
        "side": pause.side.value,
        # When the reminder window first met the user: later than return_at when it waited.
        "nudge_seen_at": iso(pause.nudge_seen_at, clock),
    }


def signals_to_dict(signals: PauseSignals | None) -> dict[str, Any]:
    signals = signals or PauseSignals()
    return {"signals": sorted(signals.keys), "signal_words": signals.own_words}


def history_csv(
    pauses: Iterable[Pause],
    now: datetime,
    clock: Clock,
    *,
    reflections: Mapping[int, Mapping[str, str]] | None = None,
    signals: Mapping[int, PauseSignals] | None = None,
) -> str:
    """CSV with a header row; quoting handles commas, quotes and newlines in notes, and text that
    a spreadsheet would run as a formula is escaped (see :func:`_cell`). With
    ``reflections`` (answers by pause id, then prompt key) a last column holds them, one
    "prompt: answer" per line. With ``signals`` (by pause id) two more columns hold the early
    signals' keys and the user's own words about what came before."""
    fields = (*HISTORY_FIELDS, *(SIGNAL_FIELDS if signals is not None else ()))
    fields = (*fields, "reflections") if reflections is not None else fields
    buffer = io.StringIO()
    # A plain writer over lists in field order: DictWriter's per-row key checks cost a third of
    # an export of 10,000 pauses.
    import csv  # here: only an export needs it, and `pausetimer status` passes this module

    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(fields)
    yes_no = {True: "yes", False: "no"}
    for pause in pauses:
        row = pause_to_dict(pause, now, clock)
        row["announced"] = yes_no[row["announced"]]
        row["long"] = yes_no[row["long"]]
        if signals is not None:
            row.update(signals_to_dict(signals.get(pause.id or 0)))
            row["signals"] = " ".join(row["signals"])
        if reflections is not None:
            answers = reflections.get(pause.id or 0, {})
            row["reflections"] = "\n".join(f"{key}: {text}" for key, text in answers.items())
        writer.writerow([_cell(row[key]) for key in fields])
    return buffer.getvalue()


TOGETHER_FIELDS = ("at", "note", "created_at")


def together_csv(moments: Iterable[Moment], clock: Clock) -> str:
    """The moments together as CSV of their own (the columns of the JSON export's "together"),
    escaped as the pauses' are."""
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(TOGETHER_FIELDS)
    for moment in moments:
        row = (iso(moment.at, clock), moment.note, iso(moment.created_at, clock))
        writer.writerow([_cell(value) for value in row])
    return buffer.getvalue()


# A spreadsheet runs a cell starting with one of these as a formula (e.g. a note that reads
# "=HYPERLINK(...)"); OWASP's advice, which spreadsheets honour, is a leading apostrophe.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value
