"""The command line's parsed arguments turned into a request for :func:`pausetimer.commands.execute`
(the same requests the running app answers over its socket)."""

from __future__ import annotations

import argparse
from datetime import timedelta

from pausetimer.cli_calm import with_calm

# `status` loads only what it needs (see pausetimer.cli): not even the typing module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from pausetimer.core.clock import Clock


def build_request(args: argparse.Namespace, clock: Clock) -> dict[str, Any]:
    """Turn parsed arguments into a request for :func:`execute`; raises InputError."""
    from pausetimer.core.durations import parse_return_time

    if args.command == "wait":
        from pausetimer.cli_wait import build_request as wait_request

        return wait_request(args, clock, _duration)
    request: dict[str, Any] = {"cmd": args.command}
    if args.command in ("start", "extend"):
        if args.for_ is not None:
            request["for_seconds"] = int(_duration(args.for_).total_seconds())
        else:
            request["until"] = parse_return_time(args.until, clock).isoformat()
    if args.command in ("start", "extend"):
        request["long"] = args.long
    if args.command == "start":
        request.update(note=args.note, announced=args.announced)
    if args.command == "end" and args.note:
        request["note"] = args.note
    if args.command == "history":
        return _history_request(args, clock)
    return with_calm(request, args)


def _history_request(args: argparse.Namespace, clock: Clock) -> dict[str, Any]:
    from pausetimer.core.durations import parse_day
    from pausetimer.core.errors import InputError

    if args.delete is not None or args.delete_all:
        if args.since or args.until or args.reflections:
            raise InputError(
                "arguments_conflict",
                "--delete and --delete-all take no --since, --until or --reflections.",
            )
        if args.delete is not None:
            from pausetimer.commands import check_pause_id

            check_pause_id(args.delete)
            return {"cmd": "delete", "id": args.delete}
        if not args.yes:
            raise InputError(
                "confirmation_missing",
                "--delete-all deletes every ended pause with its notes and reflections, for "
                "good; add --yes to confirm.",
            )
        return {"cmd": "delete_all", "confirm": True}
    request: dict[str, Any] = {
        "cmd": "history",
        "format": "csv" if args.csv else "json",
        "reflections": args.reflections,
    }
    if args.since:
        request["since"] = parse_day(args.since, clock, end=False).isoformat()
    if args.until:
        request["until"] = parse_day(args.until, clock, end=True).isoformat()
    return request


def _duration(text: str) -> timedelta:
    from pausetimer.core.durations import DURATION_FORM, parse_duration
    from pausetimer.core.errors import InputError

    try:
        return parse_duration(text)
    except OverflowError:
        raise InputError(
            "duration_malformed", f"{text!r} is far too long; expected {DURATION_FORM}.", text=text
        ) from None
