"""The tray app as a process: the QApplication, and :func:`run_gui`, which starts the app, runs
Qt's event loop until it quits and shuts it down (the command line's way in)."""

from __future__ import annotations

import logging
import os
import signal
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from pausetimer import APP_ID, APP_NAME, DESKTOP_ID, paths
from pausetimer.app import PausetimerApp
from pausetimer.diagnostics import RunRecord, install_error_hooks

_log = logging.getLogger(__name__)


def application(argv: list[str]) -> QApplication:
    """The QApplication, set up as a tray app (closing the last window does not quit)."""
    existing = QCoreApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(argv)
    reused = qapp is existing
    qapp.setApplicationName(APP_ID)
    qapp.setApplicationDisplayName(APP_NAME)
    qapp.setDesktopFileName(DESKTOP_ID)  # matches the desktop entry and its icon
    qapp.setQuitOnLastWindowClosed(False)
    # A new QApplication has no icon yet; asking (``windowIcon()``) costs a few ms of start-up.
    if not reused or qapp.windowIcon().isNull():
        _app_icon_with_the_first_window(qapp)
    return qapp


def _app_icon_with_the_first_window(qapp: QApplication) -> None:
    """Give every window the app icon, from the moment the first one gets focus.

    Not at start-up: on an XEmbed tray, an application icon is also converted for the tray's
    hidden window, which starts two image worker threads (and their memory) for nothing. Windows
    that set their own icon have it from the start; others get it once shown.
    """

    def on_focus(window: object) -> None:
        if window is None:
            return
        qapp.focusWindowChanged.disconnect(on_focus)
        from pausetimer.ui.icons import app_icon

        qapp.setWindowIcon(app_icon())

    qapp.focusWindowChanged.connect(on_focus)


def run_gui(argv: list[str], *, show: str | None = None) -> int:
    """Run the tray app until it quits; returns the process exit code. ``show``: a window to
    open at once (see :attr:`Shell.open_window`)."""
    os.umask(paths.PRIVATE_UMASK)
    # Ctrl+C while starting ends the app at once (the instance lock is safe against that); once
    # the event loop runs, StopSignals turns it into a clean quit.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    try:
        qapp = application(argv)
        app = PausetimerApp(qapp, run_record=RunRecord(paths.log_dir(create=False)))
        code = app.start()
    except Exception:
        _log.exception("Pausetimer could not start")
        _report_crash()
        return 1
    if code is not None:
        app.shutdown()
        return code
    from pausetimer.services.stop_signals import StopSignals
    from pausetimer.ui.notices import ErrorNotices

    stops = StopSignals(parent=app)
    stops.received.connect(lambda number: app.quit(f"signal {signal.Signals(number).name}"))
    errors = ErrorNotices(paths.log_dir(create=False), parent=app)
    restore_hooks = install_error_hooks(errors.report)
    if show is not None:
        app.handle_request({"cmd": "show", "window": show})
    try:
        return app.run()
    finally:
        restore_hooks()
        stops.close()
        app.shutdown()


def _report_crash() -> None:
    sys.stderr.write(
        "Pausetimer could not start because of an unexpected error. Your pauses are safe in the "
        "database. Details for a bug report:\n"
    )
    traceback.print_exc(file=sys.stderr)
