"""The ``pausetimer`` command: the tray app without arguments, or one of its subcommands.

Input is parsed and checked here first (a bad value exits 2 and changes nothing). The request then
goes to the running app when one answers, so its tray updates at once; otherwise this process opens
the database itself and runs the very same :func:`pausetimer.commands.execute`. The app reads the
database when it starts, so it picks up whatever was done meanwhile.

Messages follow the locale, through the app's own translations (:mod:`pausetimer.cli_text`);
``--json`` and ``--csv`` are for programs and the same in every language. ``status`` loads no Qt
at all, since status bars run it every few seconds: it asks the running app over the socket, or
reads the database itself.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from pausetimer import __version__, cli_i18n, cli_text, paths
from pausetimer.cli_i18n import translate
from pausetimer.core.clock import Clock, SystemClock
from pausetimer.responses import Response, failure

# `status` asking the running app loads only what it needs (the budget is a few times Python's
# own start-up): the pause logic, the database and even the typing module come when used.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TextIO

    from PySide6.QtCore import QMessageLogContext, QtMsgType

EXIT_OK, EXIT_REFUSED, EXIT_BAD_INPUT = 0, 1, 2
# How long `start` waits for the tray app it started, and how often `status --follow` looks for
# an app while none runs.
APP_START_PATIENCE_S = 10.0
FOLLOW_RETRY_S = 5.0


SHOWABLE = ("window", "history", "guidance", "settings")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pausetimer",
        description=translate(
            "CommandLine",
            "Agreed pauses with a concrete return time. Without a command, start the tray app "
            "(or show the one already running).",
        ),
    )
    parser.add_argument("--version", action="version", version=f"pausetimer {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    as_json = translate("CommandLine", "print the new status as JSON")

    start = commands.add_parser("start", help=translate("CommandLine", "start an agreed pause"))
    when = start.add_mutually_exclusive_group(required=True)
    when.add_argument("--for", dest="for_", metavar="DURATION", help="20m, 1h, 1h30m")
    when.add_argument("--until", metavar="TIME", help="19:00, 2026-11-21T19:00+01:00")
    start.add_argument(
        "--note", default="", help=translate("CommandLine", "a few words for yourself")
    )
    start.add_argument(
        "--announced", action="store_true", help=translate("CommandLine", "you told your partner")
    )
    start.add_argument(
        "--long",
        action="store_true",
        help=translate("CommandLine", "allow a return over 24 hours away"),
    )
    start.add_argument(
        "--no-app",
        action="store_true",
        help=translate(
            "CommandLine",
            "do not start the tray app when none runs (then no reminder comes until it runs)",
        ),
    )
    start.add_argument("--json", action="store_true", help=as_json)

    extend = commands.add_parser(
        "extend", help=translate("CommandLine", "move the agreed return later")
    )
    extend.add_argument("--for", dest="for_", metavar="DURATION", required=True)
    extend.add_argument(
        "--long",
        action="store_true",
        help=translate("CommandLine", "allow a return over 24 hours after the start"),
    )
    extend.add_argument("--json", action="store_true", help=as_json)

    end = commands.add_parser("end", help=translate("CommandLine", "end the pause: you are back"))
    end.add_argument(
        "--note", default="", help=translate("CommandLine", "a few words about the pause")
    )
    end.add_argument(
        "--json",
        action="store_true",
        help=translate("CommandLine", "print the ended pause as JSON"),
    )

    status = commands.add_parser(
        "status", help=translate("CommandLine", "is a pause running, and until when")
    )
    status.add_argument(
        "--json", action="store_true", help=translate("CommandLine", "print one JSON object")
    )
    status.add_argument(
        "--follow",
        action="store_true",
        help=translate(
            "CommandLine",
            "print one JSON line now and another at every change, until interrupted "
            "(for status bars)",
        ),
    )

    history = commands.add_parser(
        "history",
        help=translate("CommandLine", "all pauses, newest first; export or delete them"),
    )
    output = history.add_mutually_exclusive_group()
    output.add_argument(
        "--json", action="store_true", help=translate("CommandLine", "print a JSON list")
    )
    output.add_argument(
        "--csv", action="store_true", help=translate("CommandLine", "print CSV with a header row")
    )
    output.add_argument(
        "--delete",
        metavar="ID",
        type=int,
        help=translate("CommandLine", "delete one ended pause"),
    )
    output.add_argument(
        "--delete-all",
        action="store_true",
        help=translate("CommandLine", "delete every ended pause (needs --yes)"),
    )
    history.add_argument(
        "--since",
        metavar="DATE",
        help=translate("CommandLine", "pauses started on or after this day"),
    )
    history.add_argument(
        "--until", metavar="DATE", help=translate("CommandLine", "pauses started up to this day")
    )
    history.add_argument(
        "--reflections",
        action="store_true",
        help=translate("CommandLine", "include your reflection answers"),
    )
    history.add_argument(
        "--yes", action="store_true", help=translate("CommandLine", "confirm --delete-all")
    )
    phone = commands.add_parser(
        "calendar",
        help=translate(
            "CommandLine", "the running pause's return time for your phone: QR code or .ics"
        ),
    )
    phone.add_argument("--qr", metavar="FILE.png", type=Path, help="QR")
    phone.add_argument("--ics", metavar="FILE.ics", type=Path, help="iCalendar")
    show = commands.add_parser(
        "show",
        help=translate(
            "CommandLine", "open a window of the app (starting the app if it does not run)"
        ),
    )
    show.add_argument("window", nargs="?", default="window", choices=SHOWABLE)
    login = commands.add_parser(
        "autostart", help=translate("CommandLine", "start Pausetimer when you log in")
    )
    login.add_argument("action", choices=("on", "off", "status"))
    return parser


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """Console entry point; returns the exit code (0 done, 1 refused, 2 bad input)."""
    os.umask(paths.PRIVATE_UMASK)
    if hasattr(signal, "SIGUSR1"):
        # A command may hold the instance lock, and another may then ask the holder to renew
        # its socket (SIGUSR1): that must not end us. The app installs its own handler.
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    cli_i18n.use_language()
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(args_list)
    except SystemExit as leaving:  # argparse: --help, --version, or a usage error (code 2)
        return leaving.code if isinstance(leaving.code, int) else EXIT_BAD_INPUT
    if args.command is None:
        from pausetimer.gui import run_gui  # only the GUI pays for QtWidgets

        return run_gui([sys.argv[0], *args_list])
    if args.command == "show":
        return show(args.window)
    if args.command == "autostart":  # a file of the user's session, not the pause database
        from pausetimer.services.autostart import run_command as autostart_command

        code, message = autostart_command(args.action)
        _say(sys.stdout if code == EXIT_OK else sys.stderr, message)
        return code
    try:
        if args.command == "status":  # no Qt on this path: see the module doc
            if args.follow:
                return follow_status(clock or SystemClock())
            return report(args, status_response(clock or SystemClock()), clock or SystemClock())
        with _quiet_qt():
            if args.command == "calendar":
                return _calendar(args, clock or SystemClock())
            return run_command(args, clock or SystemClock())
    except Exception as error:  # a bug of ours: say so plainly rather than dump a traceback
        _say(
            sys.stderr,
            translate(
                "CommandLine",
                "Pausetimer ran into an unexpected error and did not finish: %1. Please report it.",
            ).replace("%1", repr(error)),
        )
        return EXIT_REFUSED


def _calendar(args: argparse.Namespace, clock: Clock) -> int:
    from pausetimer.phone import calendar_command  # QR and iCalendar: only when asked for

    code, message = calendar_command(
        args.qr, args.ics, lambda: dispatch({"cmd": "status"}, clock), clock.now()
    )
    _say(sys.stdout if code == EXIT_OK else sys.stderr, message)
    return code


def run_command(args: argparse.Namespace, clock: Clock) -> int:
    from pausetimer.core.errors import InputError

    try:
        request = build_request(args, clock)
    except InputError as error:
        _say(sys.stderr, cli_text.problem(error.kind, error.message, error.params))
        return EXIT_BAD_INPUT
    if args.command == "start" and not args.no_app:
        response = start_with_app(request, clock)
    else:
        response = dispatch(request, clock)
    return report(args, response, clock)


def build_request(args: argparse.Namespace, clock: Clock) -> dict[str, Any]:
    """Turn parsed arguments into a request for :func:`execute`; raises InputError."""
    from pausetimer.core.durations import parse_return_time

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


def dispatch(request: dict[str, Any], clock: Clock) -> Response:
    """Through the running app if there is one, else directly on the database."""
    from pausetimer.data_folder import DataFolderError, check_data_folder
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
    from pausetimer.commands import execute
    from pausetimer.service import PauseService
    from pausetimer.store import SchemaTooNewError, StorageUnavailableError, open_store

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


def status_response(clock: Clock) -> Response:
    """The running app's answer, else the database's: without Qt, and without the instance
    lock, since reading the status changes nothing an app starting meanwhile could trip over."""
    from pausetimer.data_folder import DataFolderError, check_data_folder
    from pausetimer.services.instance_client import send_request

    try:
        check_data_folder()
    except DataFolderError as error:
        return failure(EXIT_REFUSED, "data_folder_unusable", error.message)
    answered = send_request({"cmd": "status"})
    return answered if answered is not None else run_directly({"cmd": "status"}, clock)


def follow_status(clock: Clock) -> int:
    """Print the status as one JSON line now and one at every change, until interrupted.

    The running app pushes the changes (see :mod:`pausetimer.services.status_feed`). While no
    app runs nothing can change the status's state, so the line from the database stands until
    an app answers; this end only tries to reach it now and then (the app never polls)."""
    import time

    from pausetimer.services.instance_client import follow

    last = ""
    try:
        while True:
            lines = follow()
            if lines is None:
                last = _print_line(status_response(clock).get("result"), last)
                time.sleep(FOLLOW_RETRY_S)
                continue
            for response in lines:
                last = _print_line(response.get("result"), last)
    except KeyboardInterrupt:
        return EXIT_OK
    except BrokenPipeError:  # the status bar went away
        return EXIT_OK


def _print_line(result: Any, last: str) -> str:
    line = json.dumps(result, ensure_ascii=False, separators=(",", ":"))
    if line != last:
        _say(sys.stdout, line)
    return line


def show(window: str) -> int:
    """Open a window of the running app; with none running, start it here and then open it."""
    from pausetimer.services.instance_client import send_request

    answered = send_request({"cmd": "show", "window": window})
    if answered is None:
        from pausetimer.gui import run_gui

        return run_gui([sys.argv[0]], show=window)
    return report_failure(answered)


def start_with_app(request: dict[str, Any], clock: Clock) -> Response:
    """Start a pause through the running app; when none runs, start the app first, so that a
    pause begun from a launcher or a keyboard shortcut always has someone to remind you."""
    from pausetimer.data_folder import DataFolderError
    from pausetimer.services.instance_client import send_request
    from pausetimer.services.single_instance import InstanceGuard

    answered = send_request(request)
    if answered is not None:
        return answered
    # Only when no app holds the lock: one that does but does not answer (starting, or its
    # socket removed) is reached, woken or reported by dispatch(), never doubled.
    guard = InstanceGuard()
    try:
        nobody = guard.try_acquire()
    except DataFolderError:
        nobody = False  # dispatch() says what is wrong with the folder
    guard.release()
    if nobody and launch_app():
        answered = send_request(request)
        if answered is not None:
            return answered
    response = dispatch(request, clock)
    if nobody and response.get("exit_code") == EXIT_OK:
        _say(
            sys.stderr,
            translate(
                "CommandLine",
                "Note: Pausetimer itself is not running, so no reminder will come until you start "
                "it (pausetimer).",
            ),
        )
    return response


def launch_app(patience_s: float = APP_START_PATIENCE_S) -> bool:
    """Start the tray app in the background, on its own, and wait until it answers. False when
    there is no desktop to show it on, or it did not come up in time."""
    import subprocess
    import time

    from pausetimer.services.instance_client import send_request

    if not _has_desktop():
        return False
    # An app bundle is its own executable; otherwise this Python runs the package.
    frozen = getattr(sys, "frozen", False)
    command = [sys.executable] if frozen else [sys.executable, "-m", "pausetimer"]
    try:
        subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # it outlives this command, and a Ctrl+C meant for it
        )
    except OSError:
        return False
    deadline = time.monotonic() + patience_s
    while time.monotonic() < deadline:
        if send_request({"cmd": "status"}, timeout_ms=1000) is not None:
            return True
        time.sleep(0.1)
    return False


def _has_desktop() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


# -- output -------------------------------------------------------------------------------------


def report(args: argparse.Namespace, response: Response, clock: Clock) -> int:
    """Print a response the way the user asked for; returns the exit code."""
    for warning in response.get("warnings") or []:
        _say(sys.stderr, cli_text.caution(str(warning.get("kind")), str(warning.get("message"))))
    exit_code = report_failure(response)
    if exit_code != EXIT_OK:
        return exit_code
    result = response.get("result")
    if getattr(args, "csv", False):
        sys.stdout.write(str(result))
    elif args.json:
        _say(sys.stdout, json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _say(sys.stdout, cli_text.describe(args.command, result, clock))
    return EXIT_OK


def report_failure(response: Response) -> int:
    """Say why a command was refused, in the user's language; returns the exit code."""
    code = response.get("exit_code")
    exit_code = code if code in (EXIT_OK, EXIT_REFUSED, EXIT_BAD_INPUT) else EXIT_REFUSED
    if exit_code != EXIT_OK:
        error = response.get("error") or {}
        english = str(error.get("message", "The command failed."))
        _say(sys.stderr, cli_text.problem(str(error.get("kind")), english))
    return exit_code


def _say(stream: TextIO, text: str) -> None:
    stream.write(text + "\n")
    stream.flush()


@contextmanager
def _quiet_qt() -> Iterator[None]:
    """Qt's notes (e.g. "XDG_RUNTIME_DIR not set") are noise on a command line; real failures
    reach the user as our own messages. Only the commands that load Qt (for the instance lock)
    install this."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = qInstallMessageHandler(_quiet_qt_messages)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _quiet_qt_messages(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    from PySide6.QtCore import QtMsgType

    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        sys.stderr.write(message + "\n")
