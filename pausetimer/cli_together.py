"""``pausetimer together``: plan a moment together (``--at``, ``--note``, ``--ics``), list the
upcoming ones, or delete one. Like every command it runs through the running app when one
answers, else on the database itself; bad input exits 2 and changes nothing."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pausetimer import cli_text
from pausetimer.cli_dispatch import dispatch
from pausetimer.cli_i18n import translate
from pausetimer.cli_output import EXIT_BAD_INPUT, EXIT_OK, EXIT_REFUSED, say
from pausetimer.core.clock import Clock

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from pausetimer.cli_parser import _Commands


def add_parser(commands: _Commands) -> None:
    together = commands.add_parser(
        "together",
        help=translate("CommandLine", "plan a moment together with your partner, with a reminder"),
    )
    what = together.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--at",
        metavar="TIME",
        help=translate("CommandLine", "when, like 2026-12-03T20:00 or 20:00 (local time)"),
    )
    what.add_argument(
        "--list", action="store_true", help=translate("CommandLine", "the moments still ahead")
    )
    what.add_argument(
        "--delete", metavar="ID", type=int, help=translate("CommandLine", "delete one moment")
    )
    what.add_argument(
        "--delete-all",
        action="store_true",
        help=translate("CommandLine", "delete every moment, past and ahead (needs --yes)"),
    )
    together.add_argument(
        "--past",
        action="store_true",
        help=translate("CommandLine", "with --list: the moments that have passed too"),
    )
    together.add_argument(
        "--yes", action="store_true", help=translate("CommandLine", "confirm --delete-all")
    )
    together.add_argument(
        "--note", default="", help=translate("CommandLine", "a few words, like 'walk together'")
    )
    together.add_argument(
        "--ics", metavar="FILE.ics", type=Path, help=translate("CommandLine", "calendar file")
    )
    together.add_argument("--json", action="store_true", help="JSON")


def run(args: argparse.Namespace, clock: Clock) -> int:
    from pausetimer.core.durations import parse_return_time
    from pausetimer.core.errors import InputError

    request: dict[str, Any] = {"cmd": "together"}
    if args.past and not args.list:
        return _refuse(EXIT_BAD_INPUT, "together_past_alone", "--past goes with --list.")
    if args.list:
        request.update(action="list", past=args.past)
    elif args.delete is not None:
        request.update(action="delete", id=args.delete)
    elif args.delete_all:
        if not args.yes:
            return _refuse(EXIT_BAD_INPUT, "together_confirm", "Add --yes to confirm.")
        request["action"] = "delete_all"
    else:
        try:
            at = parse_return_time(args.at, clock)
        except InputError as error:
            return _refuse(EXIT_BAD_INPUT, error.kind, error.message, error.params)
        request.update(action="plan", at=at.isoformat(), note=args.note)
        if args.ics is not None:
            from pausetimer.phone import check_target

            problem = check_target(args.ics)
            if problem is not None:
                return _refuse(EXIT_BAD_INPUT, "file_unusable", problem, {"text": str(args.ics)})
    response = dispatch(request, clock)
    if response.get("exit_code") != EXIT_OK:
        refusal = response.get("error") or {}
        code = response.get("exit_code")
        return _refuse(
            code if code == EXIT_BAD_INPUT else EXIT_REFUSED,
            str(refusal.get("kind")),
            str(refusal.get("message", "The command failed.")),
        )
    result: Any = response.get("result")
    if args.json:
        say(sys.stdout, json.dumps(result, indent=2, ensure_ascii=False))
    else:
        say(sys.stdout, _describe(result, clock))
    if request.get("action") == "plan" and args.ics is not None:
        return _write_ics(args.ics, result, clock)
    return EXIT_OK


def _describe(result: Any, clock: Clock) -> str:
    if isinstance(result, list):
        if not result:
            return translate("CommandLine", "No moments together planned.")
        lines = []
        for item in result:
            day = cli_text.when(item["at"], clock, always_date=True)
            lines.append(f"{item['id']}  {day}  {item['note']}".rstrip())
        return "\n".join(lines)
    if "deleted" in result:
        count = int(result["deleted"])
        return translate("CommandLine", "Deleted %n moment(s).", None, count)
    return translate(
        "CommandLine", "Planned: a moment together on %1. A reminder comes at that time."
    ).replace("%1", cli_text.when(result["at"], clock, always_date=True))


def _write_ics(path: Path, moment: dict[str, Any], clock: Clock) -> int:
    from datetime import datetime

    from pausetimer import phone

    created = datetime.fromisoformat(moment["created_at"])
    data = phone.ics(
        datetime.fromisoformat(moment["at"]),
        translate("PhoneDialog", "Time together"),
        started_at=created,
        now=clock.now(),
        uid=f"{moment['id']}-{int(created.timestamp())}-together@pausetimer",
    )
    try:
        phone.write(path, data)
    except OSError as error:
        return _refuse(EXIT_REFUSED, "file_unusable", str(error.strerror or error), {})
    say(sys.stdout, translate("CommandLine", "Calendar file written: %1").replace("%1", str(path)))
    return EXIT_OK


def _refuse(code: int, kind: str, english: str, params: dict[str, Any] | None = None) -> int:
    say(sys.stderr, _problem(kind, english, params))
    return code


def _problem(kind: str, english: str, params: dict[str, Any] | None) -> str:
    """Our own refusals in the user's language; the rest as every command says them."""
    own = {
        "together_not_future": translate(
            "CommandLine", "That moment has already passed; choose a time in the future."
        ),
        "together_too_far": translate(
            "CommandLine", "Plan a moment within the coming year; choose an earlier day."
        ),
        "together_note_too_long": translate(
            "CommandLine", "A few words are enough: at most 200 characters."
        ),
        "no_such_moment": translate(
            "CommandLine", "There is no such moment; see pausetimer together --list."
        ),
        "together_past_alone": translate("CommandLine", "--past goes with --list."),
        "together_confirm": translate(
            "CommandLine",
            "--delete-all deletes every moment together, for good; add --yes to confirm.",
        ),
        "file_unusable": translate("CommandLine", "Cannot write the file: %1").replace(
            "%1", english
        ),
    }
    return own.get(kind) or cli_text.problem(kind, english, params)
