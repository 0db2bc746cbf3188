"""The command line's ``--calm N`` on ``start`` and ``end``: how flooded the user is, 0 to 10.

The number is read as text and checked here (see :mod:`pausetimer.core.calm`), so a value outside
0-10 is refused with the app's own translated sentence and exit code 2, before anything changes.
"""

from __future__ import annotations

import argparse

from pausetimer.cli_i18n import translate

TYPE_CHECKING = False  # no typing module on the quick path of `status` (see pausetimer.cli)
if TYPE_CHECKING:
    from typing import Any


def add_calm_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--calm",
        metavar="N",
        help=translate(
            "CommandLine",
            "how flooded you are right now, from 0 (calm) to 10 (flooded); stored with the pause",
        ),
    )


def with_calm(request: dict[str, Any], args: argparse.Namespace) -> dict[str, Any]:
    """The request with the checked rating; raises InputError for anything but 0-10."""
    text = getattr(args, "calm", None)
    if text is not None:
        from pausetimer.core.calm import parse_calm

        request["calm"] = parse_calm(text)
    return request
