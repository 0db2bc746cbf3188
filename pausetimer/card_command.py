"""``pausetimer card --pdf FILE``: the card for the partner (see :mod:`pausetimer.card`) as a PDF,
for the running pause, without opening a window.

Like ``calendar``: 2 for a path that cannot be written (checked before anything else), 1 when no
pause runs or it is the partner's (the card speaks for the one who pauses), 0 when the file was
written. The card speaks the command line's language (the
locale's), and the partner's name comes from the settings, as in the app. Qt is loaded only when
a card is really made, on its offscreen platform: no window opens, no display is needed.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pausetimer.cli_i18n import translate
from pausetimer.core.clock import Clock

EXIT_OK, EXIT_REFUSED, EXIT_BAD_INPUT = 0, 1, 2


def register(commands: Any) -> None:
    """Add the subcommand to the command line's parser (``commands``: its subparsers)."""
    parser = commands.add_parser(
        "card",
        help=translate("CommandLine", "the card for your partner, for the running pause, as PDF"),
    )
    parser.add_argument("--pdf", metavar="FILE.pdf", type=Path, help="PDF")
    parser.add_argument(
        "--where",
        metavar="TEXT",
        default="",
        help=translate("CommandLine", "an optional line: where you will be"),
    )


def run(
    args: argparse.Namespace, clock: Clock, status: Callable[[], dict[str, Any]]
) -> tuple[int, str]:
    """(exit code, message) for ``pausetimer card``; ``status`` asks for the running pause."""
    from pausetimer import phone

    if args.pdf is None:
        return EXIT_BAD_INPUT, translate("CommandLine", "Say where to write the card: --pdf FILE.")
    problem = phone.check_target(args.pdf)
    if problem is not None:
        return EXIT_BAD_INPUT, _path_problem(args.pdf)
    response = status()
    result = response.get("result") or {}
    if response.get("exit_code") != 0:
        error = response.get("error") or {}
        return EXIT_REFUSED, str(error.get("message", "The pause could not be read."))
    if result.get("state") not in ("running", "due") or not result.get("return_at"):
        return EXIT_REFUSED, translate(
            "CommandLine", "No pause is running, so there is no return time to put on a card."
        )
    if result.get("side") == "waiting":  # the card speaks for the one who takes the pause
        return EXIT_REFUSED, translate(
            "CommandLine",
            "The card is for the one who takes the pause; while you wait for your partner "
            "there is none to make.",
        )
    try:
        _write(args.pdf, result["return_at"], args.where, clock)
    except OSError as error:
        return EXIT_BAD_INPUT, translate("CommandLine", "Could not write the file: %1.").replace(
            "%1", str(error.strerror or error)
        )
    return EXIT_OK, translate(
        "CommandLine", "Written: %1. Nothing was sent anywhere; print it or show it."
    ).replace("%1", str(args.pdf))


def _path_problem(path: Path) -> str:
    if path.is_dir():
        return translate("CommandLine", "%1 is a folder; give a file name.").replace(
            "%1", str(path)
        )
    return translate("CommandLine", "The folder %1 does not exist.").replace("%1", str(path.parent))


def _write(path: Path, return_at_iso: str, where: str, clock: Clock) -> None:
    from datetime import datetime

    from PySide6.QtGui import QGuiApplication

    from pausetimer import card, paths
    from pausetimer.services.i18n import Translations
    from pausetimer.settings import load_settings
    from pausetimer.ui import texts

    app = QGuiApplication.instance() or QGuiApplication(["pausetimer", "-platform", "offscreen"])
    translations = Translations(app)
    translations.apply("")  # the locale's language, as the command line's own sentences
    try:
        return_at = datetime.fromisoformat(return_at_iso)
        name = load_settings(paths.settings_path()).settings.partner_name
        content = card.card_content(return_at, texts.when(return_at, clock), name, where)
        card.write_pdf(path, content)
    finally:
        translations.remove()
