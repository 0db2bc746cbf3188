"""The ``pausetimer`` command's arguments: one small function per subcommand, so each reads on
its own. Help texts go through the app's translations (:mod:`pausetimer.cli_i18n`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pausetimer import __version__, card_command
from pausetimer.cli_calm import add_calm_option
from pausetimer.cli_i18n import translate
from pausetimer.cli_report import add_report_parser
from pausetimer.cli_together import add_parser as _add_together
from pausetimer.cli_wait import add_parser as add_wait
from pausetimer.cli_when import add_when_options

SHOWABLE = ("window", "history", "guidance", "settings")

# Not from typing: `status` builds this parser, and the typing module costs it a noticeable slice.
TYPE_CHECKING = False
if TYPE_CHECKING:
    # What argparse hands each function below to add its subcommand to.
    _Commands = argparse._SubParsersAction[argparse.ArgumentParser]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pausetimer",
        description=translate(
            "CommandLine",
            "Agreed pauses with a concrete return time. Without a command, start the tray app "
            "(or show the one already running).",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"pausetimer {__version__}",
        help=translate("CommandLine", "show program's version number and exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    as_json = translate("CommandLine", "print the new status as JSON")
    _add_start(commands, as_json)
    add_wait(commands, as_json)
    _add_extend(commands, as_json)
    _add_end(commands)
    _add_status(commands)
    _add_history(commands)
    _add_calendar(commands)
    add_report_parser(commands)
    _add_together(commands)
    card_command.register(commands)
    _add_show_and_autostart(commands)
    return parser


def _add_start(commands: _Commands, as_json: str) -> None:
    start = commands.add_parser("start", help=translate("CommandLine", "start an agreed pause"))
    add_when_options(start, as_json, own_options=_add_start_options)


def _add_start_options(start: argparse.ArgumentParser) -> None:
    start.add_argument(
        "--note", default="", help=translate("CommandLine", "a few words for yourself")
    )
    start.add_argument(
        "--announced", action="store_true", help=translate("CommandLine", "you told your partner")
    )
    add_calm_option(start)


def _add_extend(commands: _Commands, as_json: str) -> None:
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


def _add_end(commands: _Commands) -> None:
    end = commands.add_parser("end", help=translate("CommandLine", "end the pause: you are back"))
    end.add_argument(
        "--note", default="", help=translate("CommandLine", "a few words about the pause")
    )
    end.add_argument(
        "--json",
        action="store_true",
        help=translate("CommandLine", "print the ended pause as JSON"),
    )
    add_calm_option(end)


def _add_status(commands: _Commands) -> None:
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


def _add_history(commands: _Commands) -> None:
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
        help=translate(
            "CommandLine",
            "delete every ended pause and the moments together that have passed (needs --yes)",
        ),
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


def _add_calendar(commands: _Commands) -> None:
    phone = commands.add_parser(
        "calendar",
        help=translate(
            "CommandLine", "the running pause's return time for your phone: QR code or .ics"
        ),
    )
    phone.add_argument("--qr", metavar="FILE.png", type=Path, help="QR")
    phone.add_argument("--ics", metavar="FILE.ics", type=Path, help="iCalendar")


def _add_show_and_autostart(commands: _Commands) -> None:
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
