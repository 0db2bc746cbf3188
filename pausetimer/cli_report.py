"""``pausetimer report --pdf FILE [--since DATE] [--until DATE] [--notes]``: the summary for a
therapist (see :mod:`pausetimer.ui.history.summary_pdf`) without opening a window.

It only reads, so it opens the database itself even while the app runs (SQLite lets a reader
in beside the app). Qt draws the PDF on its "offscreen" platform: no desktop needed.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from pausetimer import cli_i18n, cli_text, paths
from pausetimer.cli_i18n import translate
from pausetimer.cli_output import EXIT_BAD_INPUT, EXIT_OK, EXIT_REFUSED
from pausetimer.core.clock import Clock


def add_report_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser(
        "report",
        help=translate("CommandLine", "a summary of your pauses as a PDF, to share if you like"),
    )
    report.add_argument(
        "--pdf",
        metavar="FILE",
        type=Path,
        required=True,
        help=translate("CommandLine", "where to save the PDF"),
    )
    report.add_argument("--since", metavar="DATE", help="2026-11-01")
    report.add_argument("--until", metavar="DATE", help="2026-11-30")
    report.add_argument(
        "--notes",
        action="store_true",
        help=translate("CommandLine", "include your notes and reflections (left out otherwise)"),
    )


def report_command(args: argparse.Namespace, clock: Clock) -> int:
    from pausetimer.core.durations import parse_day
    from pausetimer.core.errors import InputError

    try:
        since = parse_day(args.since, clock, end=False) if args.since else None
        until = parse_day(args.until, clock, end=True) if args.until else None
        if since is not None and until is not None and until <= since:
            raise InputError("period_empty", "--until must lie after --since.")
    except InputError as error:
        _say(cli_text.problem(error.kind, error.message, error.params))
        return EXIT_BAD_INPUT
    return _write(args.pdf, since, until, args.notes, clock)


def _write(
    path: Path, since: datetime | None, until: datetime | None, notes: bool, clock: Clock
) -> int:
    from PySide6.QtGui import QGuiApplication

    from pausetimer import storage_texts
    from pausetimer.core.signals import load_signals
    from pausetimer.service import PauseService
    from pausetimer.services.i18n import Translations
    from pausetimer.store import SchemaTooNewError, StorageUnavailableError, open_store
    from pausetimer.ui.history.summary_pdf import SummaryPeriod, write_summary

    try:
        store = open_store(paths.database_path(), now=clock.now())
    except SchemaTooNewError as error:
        _say(cli_text.problem(error.kind, error.message))
        return EXIT_REFUSED
    except StorageUnavailableError as error:
        _say(storage_texts.unavailable(error))
        return EXIT_REFUSED
    if QGuiApplication.instance() is None:  # a Qt that is already there has its language
        app = QGuiApplication(["pausetimer", "-platform", "offscreen"])
        Translations(app).apply(cli_i18n.system_language())
    try:
        period = SummaryPeriod(since, until, notes)
        card = load_signals(cli_i18n.system_language(), paths.guidance_dir())
        count = write_summary(PauseService(store, clock), path, period, card)
    except OSError as error:
        _say(
            translate("CommandLine", "The PDF could not be written: %1").replace(
                "%1", error.strerror or str(error)
            )
        )
        return EXIT_REFUSED
    finally:
        store.close()
    text = translate("CommandLine", "Summary of %n pause(s) saved to %1.", None, count)
    sys.stdout.write(text.replace("%1", str(path)) + "\n")
    return EXIT_OK


def _say(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()
