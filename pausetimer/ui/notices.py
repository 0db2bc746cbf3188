"""Calm, non-blocking messages about the app itself: after a crash, and when something went wrong
while it runs. Neither waits for an answer; the app goes on behind them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from pausetimer import APP_NAME
from pausetimer.core.clock import Clock
from pausetimer.core.pause import Pause, PauseState
from pausetimer.ui import texts

if TYPE_CHECKING:  # made when a notice shows: PySide creates a class on its first use
    from PySide6.QtWidgets import QMessageBox

CRASH_NOTICE_NAME = "crashNotice"
ERROR_NOTICE_NAME = "errorNotice"
# An error that repeats (a slot failing on every timer tick) is told once per this many seconds.
ERROR_NOTICE_INTERVAL_S = 600.0


def crash_notice(pause: Pause | None, clock: Clock, log_folder: Path) -> QMessageBox:
    """The message after a run that ended unexpectedly; shown by the caller, never modal."""
    if pause is None or not pause.is_active:
        safe = QCoreApplication.translate("Notices", "Your pauses are safe.")
    elif pause.state(clock.now()) is PauseState.RUNNING:
        safe = QCoreApplication.translate(
            "Notices", "Your pause is safe: it still runs, and the reminder comes %1."
        ).replace("%1", texts.when(pause.return_at, clock))
    else:
        safe = QCoreApplication.translate(
            "Notices", "Your pause is safe: it still runs, and it is time to go back."
        )
    return _box(
        QCoreApplication.translate("Notices", "Pausetimer closed unexpectedly last time."),
        safe
        + "\n\n"
        + QCoreApplication.translate(
            "Notices", "If you want to report it, the details are in this folder:\n%1"
        ).replace("%1", str(log_folder)),
        CRASH_NOTICE_NAME,
    )


class ErrorNotices(QObject):
    """Tells the user, briefly, that something went wrong inside the app; callable from any
    thread. At most one message is open, and a new one comes at most every
    :data:`ERROR_NOTICE_INTERVAL_S` seconds, so an error that repeats cannot flood the screen."""

    _reported = Signal()  # crosses from a worker thread to the main thread

    def __init__(
        self,
        log_folder: Path,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._log_folder = log_folder
        self._monotonic = monotonic
        self._last_shown: float | None = None
        self.box: QMessageBox | None = None
        # Queued by Qt when emitted from another thread; from the main thread (an exception in
        # a slot, maybe halfway through painting) the timer still defers the window to later.
        self._reported.connect(lambda: QTimer.singleShot(0, self._show))

    def report(self) -> None:
        """From any thread: the message comes on the main thread, when the rules allow."""
        self._reported.emit()

    def _show(self) -> None:
        now = self._monotonic()
        if self.box is not None and self.box.isVisible():
            return
        if self._last_shown is not None and now - self._last_shown < ERROR_NOTICE_INTERVAL_S:
            return
        self._last_shown = now
        self.box = _box(
            QCoreApplication.translate("Notices", "Something went wrong inside Pausetimer."),
            QCoreApplication.translate(
                "Notices",
                "It keeps running, and your pauses are safe. If it happens again, the details are "
                "in this folder:\n%1",
            ).replace("%1", str(self._log_folder)),
            ERROR_NOTICE_NAME,
        )
        self.box.show()


def _box(text: str, details: str, name: str) -> QMessageBox:
    # Imported here: Python's view of the Qt namespace costs a tray app's start-up a visible share
    # (measured: benchmarks/README.md), and ErrorNotices is made at every start; so does each Qt
    # class PySide creates on its first use.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text, QMessageBox.StandardButton.Ok)
    box.setObjectName(name)
    box.setInformativeText(details)
    box.setModal(False)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy the folder
    return box
