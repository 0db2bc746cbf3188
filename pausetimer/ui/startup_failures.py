"""The translated words for a start-up that cannot go on, shown in a window by the app.

Started from a menu or at login there is no terminal, so a reason printed only on stderr is a
reason nobody reads; these sentences go into a message box (and, in English, to stderr).
The context is spelled out in each call, not in a helper: lupdate finds only literal calls.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from pausetimer import data_folder
from pausetimer.data_folder import DataFolderError


def title() -> str:
    return QCoreApplication.translate("StartupFailures", "Pausetimer cannot start")


def data_folder_text(error: DataFolderError) -> str:
    """What went wrong with the data folder and what to do, with the path to look at."""
    if error.kind == data_folder.NOT_YOURS:
        text = QCoreApplication.translate(
            "StartupFailures",
            "Pausetimer's data folder belongs to another user, so Pausetimer does not use it:"
            "\n%1\n\nLog in as that user, or ask whoever set up this computer to give the "
            "folder back to you.",
        )
    elif error.kind == data_folder.DANGLING_LINK:
        text = QCoreApplication.translate(
            "StartupFailures",
            "Where Pausetimer keeps your pauses there is a link to something that does not "
            "exist:\n%1 → %2\n\nRemove the link, or restore what it points to, and "
            "start Pausetimer again.",
        )
    elif error.kind == data_folder.CANNOT_WRITE:
        text = QCoreApplication.translate(
            "StartupFailures",
            "Pausetimer cannot write in its data folder:\n%1\n(%2)\n\nFree some disk "
            "space or check the folder's permissions, then start Pausetimer again. Nothing was "
            "changed.",
        )
    else:
        text = QCoreApplication.translate(
            "StartupFailures",
            "Pausetimer cannot create its data folder:\n%1\n(%2)\n\nCheck that the "
            "place exists and that you may write there, then start Pausetimer again.",
        )
    # One pass, like Qt's QString.arg: a path that holds "%2" stays as it is.
    values = {"%1": str(error.path), "%2": str(error.reason)}
    return re.sub("%[12]", lambda mark: values[mark.group()], text)


def unreachable_text() -> str:
    return QCoreApplication.translate(
        "StartupFailures",
        "Pausetimer is already running but does not answer. Nothing was changed.\n\nQuit it "
        "from its tray icon (or end it in the system monitor), then start Pausetimer again.",
    )
