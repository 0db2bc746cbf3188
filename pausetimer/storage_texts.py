"""What the user is told about the pause database: why it cannot be used right now, and what
was done to a damaged one. One place for these sentences, used by the app's windows and by the
command line, each through its own reader of the same translations (see :func:`translate`).
"""

from __future__ import annotations

import sys

from pausetimer.core.errors import PausetimerError
from pausetimer.store import UNAVAILABLE_KINDS, Recovery


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translation inside the app; elsewhere the command line's reader of the same
    catalogue (:mod:`pausetimer.cli_i18n`), since its quick paths load no Qt."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None and qtcore.QCoreApplication.instance() is not None:
        return str(qtcore.QCoreApplication.translate(context, text, disambiguation, n))
    from pausetimer.cli_i18n import translate as from_catalogue

    return from_catalogue(context, text, disambiguation, n)


def is_storage_problem(problem: PausetimerError) -> bool:
    return problem.kind in UNAVAILABLE_KINDS


def unavailable(problem: PausetimerError) -> str:
    """Why the database cannot be used now, with the file and what to do; nothing changed."""
    texts = {
        "disk_full": translate(
            "Storage",
            "The disk that holds your pause data is full. Nothing was changed. Free some space,"
            " then try again.\n\nFile: %1",
        ),
        "read_only": translate(
            "Storage",
            "Your pause data cannot be written: the file or its disk is read-only. Nothing was"
            " changed. Make it writable again, then try again.\n\nFile: %1",
        ),
        "permission": translate(
            "Storage",
            "Pausetimer is not allowed to use your pause data. Nothing was changed. Check the"
            " file's permissions, then try again.\n\nFile: %1",
        ),
        "cannot_open": translate(
            "Storage",
            "Your pause data cannot be opened. Nothing was changed. Check that its folder exists"
            " and belongs to you, then try again.\n\nFile: %1",
        ),
        "database_locked": translate(
            "Storage",
            "Your pause data is busy in another program. Nothing was changed. Try again in a"
            " moment.\n\nFile: %1",
        ),
        "io_error": translate(
            "Storage",
            "Reading or writing your pause data failed; the disk may be full or failing."
            " Nothing was changed. Check the disk, then try again.\n\nFile: %1",
        ),
        "not_owner": translate(
            "Storage",
            "Your pause data belongs to another user account, so Pausetimer leaves it alone."
            " Nothing was changed. Give the file back to your own account, then try"
            " again.\n\nFile: %1",
        ),
    }
    text = texts.get(problem.kind)
    if text is None:
        return problem.message
    return text.replace("%1", str(problem.params.get("path", "")))


def recovered(recovery: Recovery) -> str:
    """What was done to a damaged database or log, and where the old bytes are kept."""
    parts: list[str] = []
    count = recovery.salvaged
    if recovery.moved_to is not None:
        if count:
            parts.append(
                translate(
                    "Storage",
                    "Your pause history was damaged. %n pause(s) could be read and were copied"
                    " into a fresh history; anything else may be missing. The damaged file was"
                    " kept as:\n%1",
                    "",
                    count,
                ).replace("%1", str(recovery.moved_to))
            )
        else:
            parts.append(
                translate(
                    "Storage",
                    "Your pause history was damaged and nothing in it could be read, so"
                    " Pausetimer started a fresh one. The damaged file was kept as:\n%1",
                ).replace("%1", str(recovery.moved_to))
            )
    if recovery.wal_kept is not None:
        parts.append(
            translate(
                "Storage",
                "The record of your latest changes was damaged, so changes made shortly before"
                " Pausetimer or the computer last stopped may be missing (for example a pause"
                " you ended may show as running again). A copy of that record was kept as:\n%1",
            ).replace("%1", str(recovery.wal_kept))
        )
    return _plural("\n\n".join(parts), count)


def _plural(translated: str, n: int) -> str:
    """With no translation loaded (English source, the command line) Qt leaves "(s)" in a
    plural; resolve it with the English rule."""
    return translated.replace("(s)", "" if n == 1 else "s")
