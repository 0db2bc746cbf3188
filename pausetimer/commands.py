"""The commands of the command line as JSON-able requests and responses.

One function, :func:`execute`, runs a request against a :class:`PauseService`. The running app
calls it for requests arriving over its local socket, and the command line calls it itself when no
app runs, so both paths behave exactly alike. It is Qt-free.

Request: ``{"cmd": "status" | "start" | "wait" | "extend" | "end" | "history", ...arguments}``,
with the arguments already parsed by the caller:

- ``start``: ``for_seconds`` (int) or ``until`` (ISO 8601 instant with offset), optional ``note``
  (str), ``announced`` (bool), ``long`` (bool: allow a return more than 24 hours away),
  ``calm`` (int 0-10: how flooded the user is);
- ``wait``: as ``start`` without ``note`` and ``announced``: the partner's side of a pause;
- ``extend``: ``for_seconds`` (int), ``long`` (bool: allow a return more than 24 hours after the
  start);
- ``end``: optional ``note`` (str) and ``calm`` (int 0-10);
- ``history``: optional ``format``: ``"json"`` (default, a list of pauses) or ``"csv"`` (a string);
  optional ``since`` / ``until`` (ISO 8601 instants: pauses started in [since, until)) and
  ``reflections`` (bool: include the reflection answers);
- ``together``: see :mod:`pausetimer.commands_together`;
- ``delete``: ``id`` (int) of an ended pause; ``delete_all``: ``confirm`` must be true. The
  result ``{"deleted": n, "wiped": bool}``: deleted is done; ``wiped`` says whether the text is
  already gone from the database's log file too, which happens in the background as soon as no
  other program reads it (see :mod:`pausetimer.scrubber`).

Response: ``{"exit_code": 0 | 1 | 2, "result": ..., "warnings": [{"kind", "message"}],
"error": {"kind", "message"} | None}``. Exit code 2 is bad input, 1 a refusal by the current state;
either way nothing was changed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from pausetimer.core.calm import check_calm
from pausetimer.core.changes import Source
from pausetimer.core.durations import in_supported_range
from pausetimer.core.errors import InputError, PausetimerError
from pausetimer.core.pause import (
    MAX_EXTENSION,
    WARNING_TEXT,
    Caution,
    ReturnSpec,
    Side,
    check_return,
)
from pausetimer.core.report import history_csv, pause_to_dict, signals_to_dict, status_to_dict
from pausetimer.responses import Response as Response
from pausetimer.responses import failure as failure
from pausetimer.service import PauseService

COMMANDS = (
    "status",
    "start",
    "wait",
    "extend",
    "end",
    "history",
    "delete",
    "delete_all",
    "together",
)
# Notes are a sentence or two; this bound keeps a runaway paste (or a hostile request) small.
MAX_NOTE_LENGTH = 2000
# Database ids are SQLite integers (signed 64 bits), and the first is 1.
MAX_PAUSE_ID = 2**63 - 1
# Seconds beyond this cannot be a pause (the core refuses anything past 7 days anyway); it keeps
# timedelta() away from overflowing on absurd numbers.
_MAX_SECONDS = 10 * 365 * 24 * 3600


def execute(service: PauseService, request: Mapping[str, Any]) -> Response:
    """Run one request; never raises for bad input or a refused state (see the module doc)."""
    try:
        command = request.get("cmd")
        handler = _HANDLERS.get(command) if isinstance(command, str) else None
        if handler is None:
            raise InputError(
                "unknown_command",
                f"Unknown command {command!r}; expected one of {', '.join(COMMANDS)}.",
            )
        result, cautions = handler(service, request)
    except PausetimerError as error:
        return failure(error.exit_code, error.kind, error.message, _plain(error.params))
    except sqlite3.Error as error:
        return failure(1, "database_error", f"The database could not be used: {error}")
    return {
        "exit_code": 0,
        "result": result,
        "warnings": [{"kind": c.value, "message": WARNING_TEXT[c]} for c in cautions],
        "error": None,
    }


# -- the commands ---------------------------------------------------------------------------------

_Outcome = tuple[Any, list[Caution]]
# Requests come from the command line, whether it runs them itself or the running app does.
_CLI = Source.COMMAND_LINE


def _status(service: PauseService, request: Mapping[str, Any]) -> _Outcome:
    return status_to_dict(service.status(), service.clock), []


def _start(service: PauseService, request: Mapping[str, Any]) -> _Outcome:
    return _start_side(service, request, Side.PAUSING)


def _wait(service: PauseService, request: Mapping[str, Any]) -> _Outcome:
    """The partner's side: the same return rules, no partner to tell and no note."""
    return _start_side(service, {**request, "announced": False, "note": ""}, Side.WAITING)


def _start_side(service: PauseService, request: Mapping[str, Any], side: Side) -> _Outcome:
    has_for, has_until = "for_seconds" in request, "until" in request
    if has_for == has_until:
        raise InputError(
            "return_missing", "Say when you will be back: give either --for or --until."
        )
    spec = (
        ReturnSpec(after=_seconds(request, "for_seconds"))
        if has_for
        else ReturnSpec(at=_instant(request, "until"))
    )
    calm = _calm(request)
    # The input first: "start --for 9d" names the 9 days even while a pause runs.
    now = service.clock.now().replace(microsecond=0)
    check_return(now, spec.resolve(now).replace(microsecond=0), allow_long=_flag(request, "long"))
    _, cautions = service.start(
        spec,
        announced=_flag(request, "announced"),
        note=_note(request),
        allow_long=_flag(request, "long"),
        calm=calm,
        source=_CLI,
        side=side,
    )
    return status_to_dict(service.status(), service.clock), cautions


def _extend(service: PauseService, request: Mapping[str, Any]) -> _Outcome:
    by = _seconds(request, "for_seconds")
    if by > MAX_EXTENSION:  # the input first, as for start
        raise InputError("extension_too_long", "One extension can add at most 24 hours.")
    _, cautions = service.extend(by, allow_long=_flag(request, "long"), source=_CLI)
    return status_to_dict(service.status(), service.clock), cautions


def _end(service: PauseService, request: Mapping[str, Any]) -> _Outcome:
    ended = service.end(note=_note(request) or None, calm=_calm(request), source=_CLI)
    return pause_to_dict(ended, service.clock.now(), service.clock), []


def _history(service: PauseService, request: Mapping[str, Any]) -> _Outcome:
    output = request.get("format", "json")
    if output not in ("json", "csv"):
        raise InputError("format_unknown", f"Unknown history format {output!r}; use json or csv.")
    since = _instant(request, "since") if request.get("since") is not None else None
    until = _instant(request, "until") if request.get("until") is not None else None
    if since is not None and until is not None and until <= since:
        raise InputError("period_empty", "--until must lie after --since.")
    pauses = service.history(since=since, until=until)
    reflections = service.reflections_in(since, until) if _flag(request, "reflections") else None
    signals = service.signals_in(since, until)
    now = service.clock.now()
    if output == "csv":
        return history_csv(pauses, now, service.clock, reflections=reflections, signals=signals), []
    items = []
    for pause in pauses:
        item = pause_to_dict(pause, now, service.clock) | signals_to_dict(
            signals.get(pause.id or 0)
        )
        if reflections is not None:
            item["reflections"] = reflections.get(pause.id or 0, {})
        items.append(item)
    return items, []


def _delete(service: PauseService, request: Mapping[str, Any]) -> _Outcome:
    pause_id = request.get("id")
    if type(pause_id) is not int:
        raise InputError("id_malformed", "id must be the whole number shown by 'history'.")
    check_pause_id(pause_id)
    service.delete_pause(pause_id, source=_CLI)  # an open history window follows by itself
    # Deleted for good already; "wiped": whether the text is also gone from the -wal yet (it is
    # wiped in the background, see pausetimer.scrubber).
    return {"deleted": 1, "wiped": service.wait_scrubbed(0)}, []


def _delete_all(service: PauseService, request: Mapping[str, Any]) -> _Outcome:
    if not _flag(request, "confirm"):
        raise InputError(
            "confirmation_missing", "Deleting the whole history needs confirmation (--yes)."
        )
    deleted = service.delete_all(source=_CLI)
    return {"deleted": deleted, "wiped": service.wait_scrubbed(0)}, []


_HANDLERS: dict[str, Callable[[PauseService, Mapping[str, Any]], _Outcome]] = {
    "status": _status,
    "start": _start,
    "wait": _wait,
    "extend": _extend,
    "end": _end,
    "history": _history,
    "delete": _delete,
    "delete_all": _delete_all,
    "together": lambda service, request: _together(service, request),
}


def _together(service: PauseService, request: Mapping[str, Any]) -> _Outcome:
    from pausetimer.commands_together import together  # its own module, loaded when asked

    return together(service, request), []


# -- checking the arguments of a request (they may come from any program of this user) -----------


def _seconds(request: Mapping[str, Any], key: str) -> timedelta:
    value = request.get(key)
    if type(value) is not int:
        raise InputError("duration_malformed", f"{key} must be a whole number of seconds.")
    if value <= 0:
        raise InputError("duration_zero", "A duration must be longer than zero.")
    return timedelta(seconds=min(value, _MAX_SECONDS))


def _instant(request: Mapping[str, Any], key: str) -> datetime:
    value = request.get(key)
    try:
        instant = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        instant = None
    if instant is None or instant.tzinfo is None:
        raise InputError("time_malformed", f"{key} must be an ISO 8601 instant with a UTC offset.")
    return in_supported_range(instant, f"{key}={value}")


def check_pause_id(pause_id: int) -> None:
    """Raise :class:`InputError` naming the range for an id no pause can have (SQLite cannot
    even compare a bigger number)."""
    if not 1 <= pause_id <= MAX_PAUSE_ID:
        raise InputError(
            "id_out_of_range",
            f"{pause_id} is not a pause id; ids are whole numbers from 1 to {MAX_PAUSE_ID}.",
            id=pause_id,
            highest=MAX_PAUSE_ID,
        )


def _plain(params: Mapping[str, Any]) -> dict[str, Any]:
    """What an error names, as JSON can carry it over the app's socket."""
    return {
        key: v if isinstance(v, (str, int, float, bool)) else str(v) for key, v in params.items()
    }


def _flag(request: Mapping[str, Any], key: str) -> bool:
    value = request.get(key, False)
    if not isinstance(value, bool):
        raise InputError("flag_malformed", f"{key} must be true or false.")
    return value


def _calm(request: Mapping[str, Any]) -> int | None:
    value = request.get("calm")
    return check_calm(value) if value is not None else None


def _note(request: Mapping[str, Any]) -> str:
    note = request.get("note", "")
    if not isinstance(note, str):
        raise InputError("note_malformed", "A note must be text.")
    if len(note) > MAX_NOTE_LENGTH:
        raise InputError(
            "note_too_long", f"A note can be at most {MAX_NOTE_LENGTH} characters long."
        )
    try:
        note.encode("utf-8")
    except UnicodeEncodeError:
        # Bytes the terminal could not decode; storing them would fail later, in the database.
        raise InputError(
            "note_malformed", "The note contains characters that are not text."
        ) from None
    return note.strip()
