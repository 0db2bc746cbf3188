"""The desktop's reduced-motion preference, read without blocking the window that asks.

KDE keeps it in a small settings file (read at once). GNOME keeps it in its settings database:
asked first through the settings portal (which sandboxed apps can reach too) and, where no portal
answers, through ``gsettings``; both run as child processes with a time bound, so a hung bus
cannot hold the UI thread. Qt 6.10 and later also report the preference themselves; the guidance
window combines all of them with the app's own setting (``core.motion.reduced_motion``).
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal

from pausetimer import paths
from pausetimer.core.motion import gnome_animations_off, kde_animations_off

BOUND_MS = 3000  # an answer later than this is not waited for
PORTAL_ARGV = (
    "gdbus", "call", "--session", "--timeout", "2",
    "--dest", "org.freedesktop.portal.Desktop",
    "--object-path", "/org/freedesktop/portal/desktop",
    "--method", "org.freedesktop.portal.Settings.ReadOne",
    "org.gnome.desktop.interface", "enable-animations",
)  # fmt: skip
GSETTINGS_ARGV = ("gsettings", "get", "org.gnome.desktop.interface", "enable-animations")


class DesktopMotion(QObject):
    """``kde`` and ``gnome``: True when that desktop asks for no animations, None when unknown.

    ``changed`` is emitted when an answer arrives after :meth:`probe` returned.
    """

    changed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        kdeglobals: Path | None = None,
        gnome_queries: Sequence[Sequence[str]] = (PORTAL_ARGV, GSETTINGS_ARGV),
    ) -> None:
        super().__init__(parent)
        self._kdeglobals = kdeglobals if kdeglobals is not None else paths.kde_globals()
        self._queries = [list(argv) for argv in gnome_queries]
        self.kde: bool | None = None
        self.gnome: bool | None = None
        self._running: list[QProcess] = []
        # A plain function, not a method: it runs while this object is being destroyed.
        self.destroyed.connect(partial(_stop_all, self._running))

    def probe(self) -> None:
        """Read KDE's file now and start asking GNOME's settings in the background."""
        try:
            self.kde = kde_animations_off(self._kdeglobals.read_text(errors="replace"))
        except OSError:
            self.kde = None  # no KDE settings: nothing asked
        self._ask_next()

    def _ask_next(self) -> None:
        while self._queries:
            argv = self._queries.pop(0)
            program = shutil.which(argv[0])
            if program is not None:
                self._run(program, argv[1:])
                return

    def _run(self, program: str, arguments: list[str]) -> None:
        # The application owns the process: a window closed before the answer came would
        # otherwise delete it while it runs (Qt then blocks and warns).
        process = QProcess(QCoreApplication.instance())
        self._running.append(process)
        bound = QTimer(process)
        bound.setSingleShot(True)

        def finished(code: int, status: QProcess.ExitStatus) -> None:
            if not shiboken6.isValid(process):
                return  # the app is quitting and took the process with it
            bound.stop()
            process.deleteLater()
            if not shiboken6.isValid(self):
                return  # the window that asked is gone
            self._running.remove(process)
            normal = status == QProcess.ExitStatus.NormalExit and code == 0
            reply = bytes(process.readAllStandardOutput().data()).decode(errors="replace")
            said = gnome_animations_off(reply) if normal else None
            if said is None:
                self._ask_next()  # no portal, or no GNOME schema: try the next way
            elif said != self.gnome:
                self.gnome = said
                self.changed.emit()

        def timed_out() -> None:
            process.kill()  # finished follows, with a crash status: the next way is tried

        def failed(error: QProcess.ProcessError) -> None:
            if error == QProcess.ProcessError.FailedToStart:
                bound.stop()
                process.deleteLater()
                if shiboken6.isValid(self):
                    self._running.remove(process)
                    self._ask_next()

        process.finished.connect(finished)
        process.errorOccurred.connect(failed)
        bound.timeout.connect(timed_out)
        bound.start(BOUND_MS)
        process.start(program, arguments)


def _stop_all(processes: list[QProcess], _gone: object = None) -> None:
    """The window that asked closes: its questions are no longer needed (and a process still
    running when the app quits makes Qt block and warn)."""
    for process in processes:
        if shiboken6.isValid(process) and process.state() != QProcess.ProcessState.NotRunning:
            process.blockSignals(True)
            process.kill()
            process.waitForFinished(1000)
            process.deleteLater()
    processes.clear()
