"""The ``pausetimer`` command: the tray app without arguments, or one of its subcommands.

Input is parsed and checked here first (a bad value exits 2 and changes nothing). The request then
goes to the running app when one answers, so its tray updates at once; otherwise this process opens
the database itself and runs the very same :func:`pausetimer.commands.execute`. The app reads the
database when it starts, so it picks up whatever was done meanwhile.

Messages are English for now; the Qt side is translated, the command line will follow.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from pausetimer import __version__, paths
from pausetimer.commands import Response, check_pause_id, execute, failure
from pausetimer.core.clock import Clock, SystemClock, to_local
from pausetimer.core.durations import (
    DURATION_FORM,
    format_duration,
    parse_day,
    parse_duration,
    parse_return_time,
)
from pausetimer.core.errors import InputError
from pausetimer.data_folder import DataFolderError, check_data_folder
from pausetimer.service import PauseService
from pausetimer.store import SchemaTooNewError, StorageUnavailableError, open_store

EXIT_OK, EXIT_REFUSED, EXIT_BAD_INPUT = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pausetimer",
        description="Agreed pauses with a concrete return time. Without a command, start the "
        "tray app (or show the one already running).",
    )
    parser.add_argument("--version", action="version", version=f"pausetimer {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    start = commands.add_parser("start", help="start an agreed pause")
    when = start.add_mutually_exclusive_group(required=True)
    when.add_argument("--for", dest="for_", metavar="DURATION", help="e.g. 20m, 1h, 1h30m")
    when.add_argument("--until", metavar="TIME", help="e.g. 19:00 or 2026-11-21T19:00+01:00")
    start.add_argument("--note", default="", help="a few words for yourself")
    start.add_argument("--announced", action="store_true", help="you told your partner")
    start.add_argument("--long", action="store_true", help="allow a return over 24 hours away")
    start.add_argument("--json", action="store_true", help="print the new status as JSON")

    extend = commands.add_parser("extend", help="move the agreed return later")
    extend.add_argument("--for", dest="for_", metavar="DURATION", required=True)
    extend.add_argument(
        "--long", action="store_true", help="allow a return over 24 hours after the start"
    )
    extend.add_argument("--json", action="store_true", help="print the new status as JSON")

    end = commands.add_parser("end", help="end the pause: you are back")
    end.add_argument("--note", default="", help="a few words about the pause")
    end.add_argument("--json", action="store_true", help="print the ended pause as JSON")

    status = commands.add_parser("status", help="is a pause running, and until when")
    status.add_argument("--json", action="store_true", help="print one JSON object")

    history = commands.add_parser("history", help="all pauses, newest first; export or delete them")
    output = history.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print a JSON list")
    output.add_argument("--csv", action="store_true", help="print CSV with a header row")
    output.add_argument("--delete", metavar="ID", type=int, help="delete one ended pause")
    output.add_argument(
        "--delete-all", action="store_true", help="delete every ended pause (needs --yes)"
    )
    history.add_argument("--since", metavar="DATE", help="pauses started on or after this day")
    history.add_argument("--until", metavar="DATE", help="pauses started up to this day")
    history.add_argument(
        "--reflections", action="store_true", help="include your reflection answers"
    )
    history.add_argument("--yes", action="store_true", help="confirm --delete-all")
    phone = commands.add_parser(
        "calendar", help="the running pause's return time for your phone: QR code or .ics"
    )
    phone.add_argument("--qr", metavar="FILE.png", type=Path, help="a QR code to scan")
    phone.add_argument("--ics", metavar="FILE.ics", type=Path, help="a calendar file")
    login = commands.add_parser("autostart", help="start Pausetimer when you log in")
    login.add_argument("action", choices=("on", "off", "status"))
    return parser


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """Console entry point; returns the exit code (0 done, 1 refused, 2 bad input)."""
    os.umask(paths.PRIVATE_UMASK)
    if hasattr(signal, "SIGUSR1"):
        # A command may hold the instance lock, and another may then ask the holder to renew
        # its socket (SIGUSR1): that must not end us. The app installs its own handler.
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(args_list)
    except SystemExit as leaving:  # argparse: --help, --version, or a usage error (code 2)
        return leaving.code if isinstance(leaving.code, int) else EXIT_BAD_INPUT
    if args.command is None:
        from pausetimer.app import run_gui  # only the GUI pays for QtWidgets

        return run_gui([sys.argv[0], *args_list])
    if args.command == "autostart":  # a file of the user's session, not the pause database
        from pausetimer.services.autostart import run_command as autostart_command

        code, message = autostart_command(args.action)
        _say(sys.stdout if code == EXIT_OK else sys.stderr, message)
        return code
    previous_handler = qInstallMessageHandler(_quiet_qt_messages)
    try:
        if args.command == "calendar":
            return _calendar(args, clock or SystemClock())
        return run_command(args, clock or SystemClock())
    except Exception as error:  # a bug of ours: say so plainly rather than dump a traceback
        _say(
            sys.stderr,
            f"Pausetimer ran into an unexpected error and did not finish: {error!r}. "
            "Please report it.",
        )
        return EXIT_REFUSED
    finally:
        qInstallMessageHandler(previous_handler)


def _calendar(args: argparse.Namespace, clock: Clock) -> int:
    from pausetimer.phone import calendar_command  # QR and iCalendar: only when asked for

    code, message = calendar_command(
        args.qr, args.ics, lambda: dispatch({"cmd": "status"}, clock), clock.now()
    )
    _say(sys.stdout if code == EXIT_OK else sys.stderr, message)
    return code


def run_command(args: argparse.Namespace, clock: Clock) -> int:
    try:
        request = build_request(args, clock)
    except InputError as error:
        _say(sys.stderr, error.message)
        return EXIT_BAD_INPUT
    response = dispatch(request, clock)
    return report(args, response, clock)


def build_request(args: argparse.Namespace, clock: Clock) -> dict[str, Any]:
    """Turn parsed arguments into a request for :func:`execute`; raises InputError."""
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
    return request


def _history_request(args: argparse.Namespace, clock: Clock) -> dict[str, Any]:
    if args.delete is not None or args.delete_all:
        if args.since or args.until or args.reflections:
            raise InputError(
                "arguments_conflict",
                "--delete and --delete-all take no --since, --until or --reflections.",
            )
        if args.delete is not None:
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
    try:
        return parse_duration(text)
    except OverflowError:
        raise InputError(
            "duration_malformed", f"{text!r} is far too long; expected {DURATION_FORM}."
        ) from None


def dispatch(request: dict[str, Any], clock: Clock) -> Response:
    """Through the running app if there is one, else directly on the database."""
    from pausetimer.services.single_instance import InstanceGuard, claim_or_forward

    guard = InstanceGuard()
    try:
        check_data_folder()
        forwarded = claim_or_forward(request, guard)
    except DataFolderError as error:
        return failure(EXIT_REFUSED, "data_folder_unusable", error.message)
    if forwarded is None:
        # We hold the instance lock: no app can start half-way through our change.
        try:
            return run_directly(request, clock)
        finally:
            guard.release()
    # Also when the running app cannot be reached: acting on the database behind its back gave
    # a pause nobody was reminded of. The refusal says so and changed nothing.
    return forwarded


def run_directly(request: dict[str, Any], clock: Clock) -> Response:
    from pausetimer import storage_texts

    try:
        store = open_store(paths.database_path(), now=clock.now())
    except SchemaTooNewError as error:
        return failure(EXIT_REFUSED, error.kind, error.message)
    except StorageUnavailableError as error:  # a full disk, a foreign file: nothing changed
        return failure(EXIT_REFUSED, error.kind, storage_texts.unavailable(error))
    try:
        if store.recovery is not None:
            _say(sys.stderr, storage_texts.recovered(store.recovery))
        response = execute(PauseService(store, clock), request)
        result = response.get("result")
        if isinstance(result, dict) and result.get("wiped") is False:
            # Nobody waits on a GUI here: give a reader of the log a moment to let go, so the
            # reply can say the deleted text is gone.
            result["wiped"] = store.wait_scrubbed(2.0)
        return response
    finally:
        store.close()


# -- output -------------------------------------------------------------------------------------


def report(args: argparse.Namespace, response: Response, clock: Clock) -> int:
    """Print a response the way the user asked for; returns the exit code."""
    code = response.get("exit_code")
    exit_code = code if code in (EXIT_OK, EXIT_REFUSED, EXIT_BAD_INPUT) else EXIT_REFUSED
    for warning in response.get("warnings") or []:
        _say(sys.stderr, f"Note: {warning.get('message', warning)}")
    if exit_code != EXIT_OK:
        error = response.get("error") or {}
        _say(sys.stderr, str(error.get("message", "The command failed.")))
        return exit_code
    result = response.get("result")
    if getattr(args, "csv", False):
        sys.stdout.write(str(result))
    elif args.json:
        _say(sys.stdout, json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _say(sys.stdout, describe(args.command, result, clock))
    return EXIT_OK


def describe(command: str, result: Any, clock: Clock) -> str:
    """The human-readable line(s) for a command's result."""
    if command == "history":
        if isinstance(result, dict) and "deleted" in result:
            count = result["deleted"]
            text = f"Deleted {count} pause{'' if count == 1 else 's'}."
            if result.get("wiped") is False:
                text += (
                    " Its text is still being wiped from the database's log file: as soon as no"
                    " other program reads the database, at the latest at Pausetimer's next start."
                )
            return text
        return history_table(result, clock)
    if command == "end":
        minutes = timedelta(minutes=result.get("duration_minutes") or 0)
        return f"Pause ended after {format_duration(minutes)}. Welcome back."
    text = status_line(result, clock)
    if command == "start":
        return text.replace("Pause running", "Pause started", 1)
    if command == "extend":
        return text.replace("Pause running", "Pause extended", 1)
    return text


def status_line(status: dict[str, Any], clock: Clock) -> str:
    state = status.get("state")
    if state not in ("running", "due") or not status.get("return_at"):
        return "No pause running."
    back = _when(status["return_at"], clock)
    remaining = timedelta(seconds=status.get("remaining_seconds") or 0)
    if state == "running":
        line = f"Pause running: back at {back} (in {format_duration(remaining)})."
    else:
        line = (
            f"Pause due: you agreed to be back at {back} ({format_duration(-remaining)} ago). "
            "Time to go back and reach out."
        )
    if status.get("long"):
        line += "\nThis pause has lasted more than a day; consider talking about it soon."
    return line


def history_table(pauses: list[dict[str, Any]], clock: Clock) -> str:
    if not pauses:
        return "No pauses yet."
    header = ("Started", "Agreed return", "Ended", "Length", "Ext", "Told", "Note")
    rows = [header]
    for pause in pauses:
        note = " ".join(str(pause.get("note") or "").split())
        rows.append(
            (
                _when(pause["started_at"], clock, always_date=True),
                _when(pause["return_at"], clock, always_date=True),
                _when(pause["ended_at"], clock, always_date=True) if pause["ended_at"] else "-",
                format_duration(timedelta(minutes=pause.get("duration_minutes") or 0)),
                str(pause.get("extensions", 0)),
                "yes" if pause.get("announced") else "no",
                note if len(note) <= 30 else note[:29] + "…",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


def _when(iso_text: str, clock: Clock, *, always_date: bool = False) -> str:
    """ "19:00" for today, "2026-11-22 19:00" otherwise, in the user's local time."""
    instant = to_local(datetime.fromisoformat(iso_text), clock)
    today = to_local(clock.now(), clock).date()
    if instant.date() == today and not always_date:
        return instant.strftime("%H:%M")
    return instant.strftime("%Y-%m-%d %H:%M")


def _say(stream: TextIO, text: str) -> None:
    stream.write(text + "\n")
    stream.flush()


def _quiet_qt_messages(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's notes (e.g. "XDG_RUNTIME_DIR not set") are noise on a command line; real failures
    reach the user as our own messages."""
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        sys.stderr.write(message + "\n")
