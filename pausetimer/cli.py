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
import sys
from collections.abc import Sequence

from pausetimer import card_command, cli_argparse, cli_text
from pausetimer.cli_dispatch import dispatch, start_with_app, status_response
from pausetimer.cli_output import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_REFUSED,
    quiet_qt,
    report,
    report_failure,
    say,
    unexpected_error,
)
from pausetimer.cli_parser import build_parser
from pausetimer.cli_quick import prepare
from pausetimer.cli_requests import build_request
from pausetimer.core.clock import Clock, SystemClock

# `status` asking the running app loads only what it needs (the budget is a few times Python's
# own start-up): the pause logic, the database and even the typing module come when used.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# How often `status --follow` looks for an app while none runs.
FOLLOW_RETRY_S = 5.0


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """Console entry point; returns the exit code (0 done, 1 refused, 2 bad input)."""
    prepare()
    cli_argparse.speak_the_language()  # "usage:", "options" and its errors in that language too
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
        say(sys.stdout if code == EXIT_OK else sys.stderr, message)
        return code
    try:
        if args.command == "status":  # no Qt on this path: see the module doc
            if args.follow:
                return follow_status(clock or SystemClock())
            return report(args, status_response(clock or SystemClock()), clock or SystemClock())
        with quiet_qt():
            if args.command == "report":
                from pausetimer.cli_report import report_command

                return report_command(args, clock or SystemClock())
            if args.command == "calendar":
                return _calendar(args, clock or SystemClock())
            if args.command == "together":
                from pausetimer.cli_together import run as together

                return together(args, clock or SystemClock())
            if args.command == "card":
                return _card(args, clock or SystemClock())
            return run_command(args, clock or SystemClock())
    except Exception as error:  # a bug of ours: say so plainly rather than dump a traceback
        say(sys.stderr, unexpected_error(error))
        return EXIT_REFUSED


def _calendar(args: argparse.Namespace, clock: Clock) -> int:
    from pausetimer.phone import calendar_command  # QR and iCalendar: only when asked for

    code, message = calendar_command(
        args.qr, args.ics, lambda: dispatch({"cmd": "status"}, clock), clock.now()
    )
    say(sys.stdout if code == EXIT_OK else sys.stderr, message)
    return code


def _card(args: argparse.Namespace, clock: Clock) -> int:
    code, message = card_command.run(args, clock, lambda: dispatch({"cmd": "status"}, clock))
    say(sys.stdout if code == EXIT_OK else sys.stderr, message)
    return code


def run_command(args: argparse.Namespace, clock: Clock) -> int:
    from pausetimer.core.errors import InputError

    try:
        request = build_request(args, clock)
    except InputError as error:
        say(sys.stderr, cli_text.problem(error.kind, error.message, error.params))
        return EXIT_BAD_INPUT
    if args.command in ("start", "wait") and not args.no_app:
        response = start_with_app(request, clock)
    else:
        response = dispatch(request, clock)
    return report(args, response, clock)


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
        say(sys.stdout, line)
    return line


def show(window: str) -> int:
    """Open a window of the running app; with none running, start it here and then open it."""
    from pausetimer.services.instance_client import send_request

    answered = send_request({"cmd": "show", "window": window})
    if answered is None:
        from pausetimer.gui import run_gui

        return run_gui([sys.argv[0]], show=window)
    return report_failure(answered)
