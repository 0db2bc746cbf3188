"""What the command line prints: a response the way the user asked for it (text in their language,
JSON or CSV), refusals on stderr, and Qt's own notes kept off the terminal."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from pausetimer import cli_text
from pausetimer.cli_i18n import translate
from pausetimer.core.clock import Clock
from pausetimer.responses import Response

# `status` loads only what it needs (see pausetimer.cli): not even the typing module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from typing import TextIO

    from PySide6.QtCore import QMessageLogContext, QtMsgType

EXIT_OK, EXIT_REFUSED, EXIT_BAD_INPUT = 0, 1, 2


def report(args: argparse.Namespace, response: Response, clock: Clock) -> int:
    """Print a response the way the user asked for; returns the exit code."""
    for warning in response.get("warnings") or []:
        say(sys.stderr, cli_text.caution(str(warning.get("kind")), str(warning.get("message"))))
    exit_code = report_failure(response)
    if exit_code != EXIT_OK:
        return exit_code
    result = response.get("result")
    if getattr(args, "csv", False):
        sys.stdout.write(str(result))
    elif args.json:
        say(sys.stdout, json.dumps(result, indent=2, ensure_ascii=False))
    else:
        say(sys.stdout, cli_text.describe(args.command, result, clock))
    return EXIT_OK


def report_failure(response: Response) -> int:
    """Say why a command was refused, in the user's language; returns the exit code."""
    code = response.get("exit_code")
    exit_code = code if code in (EXIT_OK, EXIT_REFUSED, EXIT_BAD_INPUT) else EXIT_REFUSED
    if exit_code != EXIT_OK:
        error = response.get("error") or {}
        english = str(error.get("message", "The command failed."))
        params = error.get("params")
        kind = str(error.get("kind"))
        say(
            sys.stderr,
            cli_text.problem(kind, english, params if isinstance(params, dict) else None),
        )
    return exit_code


def unexpected_error(error: Exception) -> str:
    """What to say when a bug of ours stopped a command, rather than a traceback."""
    return translate(
        "CommandLine",
        "Pausetimer ran into an unexpected error and did not finish: %1. Please report it.",
    ).replace("%1", repr(error))


def say(stream: TextIO, text: str) -> None:
    stream.write(text + "\n")
    stream.flush()


@contextmanager
def quiet_qt() -> Iterator[None]:
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
