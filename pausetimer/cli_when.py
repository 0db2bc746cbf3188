"""The return time on the command line, the same for ``start`` and ``wait``: ``--for`` or
``--until`` (one of them, required), ``--long``, ``--no-app`` and ``--json``, with the same help
texts, so a translation made for one reads the same in the other."""

from __future__ import annotations

from pausetimer.cli_i18n import translate

TYPE_CHECKING = False  # no typing module on the quick path of `status` (see pausetimer.cli)
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable


def add_when_options(
    command: argparse.ArgumentParser,
    as_json: str,
    own_options: Callable[[argparse.ArgumentParser], None] | None = None,
) -> None:
    """Add the return time and its companions to ``command``. ``own_options`` adds the
    command's own options right after the return time, where ``--help`` has always listed them
    (``start``'s ``--note``, ``--announced`` and ``--calm``)."""
    when = command.add_mutually_exclusive_group(required=True)
    when.add_argument("--for", dest="for_", metavar="DURATION", help="20m, 1h, 1h30m")
    when.add_argument("--until", metavar="TIME", help="19:00, 2026-11-21T19:00+01:00")
    if own_options is not None:
        own_options(command)
    command.add_argument(
        "--long",
        action="store_true",
        help=translate("CommandLine", "allow a return over 24 hours away"),
    )
    command.add_argument(
        "--no-app",
        action="store_true",
        help=translate(
            "CommandLine",
            "do not start the tray app when none runs (then no reminder comes until it runs)",
        ),
    )
    command.add_argument("--json", action="store_true", help=as_json)
