"""`pausetimer wait`: the partner's side of a pause, on their own computer.

"My partner is taking a pause": the one who waits records the agreed return, and the app keeps
them company until then (ideas, breathing, a letter) and nudges gently at the agreed time. It
takes the same ``--for``/``--until`` as ``start``. Qt-free, like the rest of the command line's
words (``status`` uses :func:`waiting_line` and loads no Qt).
"""

from __future__ import annotations

from pausetimer.cli_i18n import translate
from pausetimer.cli_when import add_when_options

# `status` reads waiting_line and loads only what it needs (see pausetimer.cli): no argparse,
# not even the typing module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable
    from datetime import timedelta
    from typing import Any

    from pausetimer.core.clock import Clock


def add_parser(commands: Any, as_json: str) -> None:
    """Register ``wait`` on the command line's subparsers."""
    wait = commands.add_parser(
        "wait",
        help=translate("CommandLine", "your partner is taking a pause: note when they come back"),
    )
    add_when_options(wait, as_json)


def build_request(
    args: argparse.Namespace, clock: Clock, duration: Callable[[str], timedelta]
) -> dict[str, Any]:
    """The ``wait`` request, parsing the return the way ``start`` does; raises InputError."""
    from pausetimer.core.durations import parse_return_time

    request: dict[str, Any] = {"cmd": "wait", "long": args.long}
    if args.for_ is not None:
        request["for_seconds"] = int(duration(args.for_).total_seconds())
    else:
        request["until"] = parse_return_time(args.until, clock).isoformat()
    return request


def waiting_line(state: str, back: str, remaining: str, command: str) -> str:
    """The status line of a waiting-side pause (``back``: the agreed time; ``remaining``: how
    long until, or since, it)."""
    if state == "running":
        if command == "wait":
            line = translate(
                "CommandLine",
                "Noted: your partner agreed to be back at %1. Do something good for yourself "
                "meanwhile.",
            )
        else:
            line = translate("CommandLine", "Your partner is taking a pause: back at %1 (in %2).")
        return line.replace("%1", back).replace("%2", remaining)
    return (
        translate(
            "CommandLine",
            "Your partner agreed to be back at %1 (%2 ago). Give them a few minutes; then you may "
            "gently invite them.",
        )
        .replace("%1", back)
        .replace("%2", remaining)
    )
