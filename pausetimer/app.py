"""The composition root: builds the running app from its parts and starts Qt's event loop.

Order matters: first make sure this is the only instance (else hand over and leave), then open the
data (telling the user, without blocking, when a damaged file was set aside), then build the
shared :class:`AppContext`, the visible part (tray and main window), and only then answer other
processes, so a request never arrives before there is something to answer it with.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

from pausetimer import APP_ID, APP_NAME, DESKTOP_ID, paths, storage_texts
from pausetimer.commands import Response, execute, failure
from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind
from pausetimer.core.clock import Clock, SystemClock
from pausetimer.data_folder import DataFolderError, check_data_folder
from pausetimer.diagnostics import PreviousRun, RunRecord, install_error_hooks
from pausetimer.service import PauseService
from pausetimer.services.i18n import Translations
from pausetimer.services.import_caches import release_import_caches
from pausetimer.services.single_instance import InstanceGuard, InstanceServer, claim_or_forward
from pausetimer.services.wake_signal import WakeSignal
from pausetimer.settings import load_settings
from pausetimer.store import SchemaTooNewError, StorageUnavailableError, Store, open_store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from pausetimer.services.autostart import Autostart
    from pausetimer.services.status_feed import StatusFeed
    from pausetimer.ui.actions import PauseActions
    from pausetimer.ui.quit_question import QuitQuestion
    from pausetimer.ui.tray import Tray
    from pausetimer.ui.window_holder import MainWindowHolder

_log = logging.getLogger(__name__)


class TrayLike(Protocol):
    """What the app needs from ``pausetimer.ui.tray.Tray``."""

    @property
    def showWindowRequested(self) -> SignalInstance: ...
    @property
    def quitRequested(self) -> SignalInstance: ...
    def available(self) -> bool: ...
    def show(self) -> None: ...


class WindowLike(Protocol):
    """What the app needs from the main window (``pausetimer.ui.window_holder``)."""

    @property
    def quitRequested(self) -> SignalInstance: ...
    def present(self) -> None: ...


@dataclass
class Shell:
    """The visible part of the app, and the services that live as long as it does."""

    tray: TrayLike
    window: WindowLike
    stop: Callable[[], None] | None = None  # called on shutdown (e.g. stops the reminders)
    # Opens "history", "guidance" or "settings" (`pausetimer show NAME`, the launcher's actions).
    open_window: Callable[[str], None] | None = None
    first_run: Callable[[], object] | None = None  # the welcome, once the app is visible


UiFactory = Callable[[AppContext], Shell]


def build_ui(ctx: AppContext) -> Shell:
    """Build the tray, the main window, the secondary windows and the reminders, and connect
    them to one another. What connects them to the rest of the app is in :class:`PausetimerApp`.
    """
    from pausetimer.services.reminders import Reminders
    from pausetimer.ui.tray import Tray
    from pausetimer.ui.window_holder import MainWindowHolder
    from pausetimer.ui.windows import Windows

    release_import_caches()  # before the widgets, so they reuse that memory
    window = MainWindowHolder(ctx)
    tray = Tray(ctx)
    windows = Windows(
        ctx,
        set_autostart=lambda on: _login().enable() if on else _login().disable(),
        autostart_enabled=lambda: _login().is_enabled(),
        parent=tray,
    )
    for source in (tray, window):
        source.guidanceRequested.connect(lambda: windows.guidance())
        source.historyRequested.connect(windows.history)
        source.settingsRequested.connect(windows.settings)

    def guidance_after_sentence(actions: PauseActions) -> None:
        # After the partner sentence of a new pause, the guidance helps to calm down.
        actions.sentenceClosed.connect(
            lambda _pause, extended: None if extended else windows.guidance()
        )

    guidance_after_sentence(tray.pause_actions)
    window.created.connect(lambda built: guidance_after_sentence(built.pause_actions))
    window.set_tray_present(tray.available())
    _follow_the_tray(tray, window)

    reminders = Reminders(
        ctx, tray_icon_provider=lambda: tray.tray_icon if tray.available() else None, parent=tray
    )
    reminders.due.connect(windows.show_reminder)
    windows.reminderExtended.connect(
        lambda pause: tray.pause_actions.show_partner_sentence(pause, [], extended=True)
    )
    # The due icon and texts at once when the return time comes, not at the next minute tick.
    reminders.fired.connect(lambda _reminders: tray.refresh())
    reminders.fired.connect(lambda _reminders: window.refresh())
    reminders.start()
    openers: dict[str, Callable[[], object]] = {
        "history": windows.history,
        "guidance": windows.guidance,
        "settings": windows.settings,
    }

    def open_window(name: str) -> None:
        openers.get(name, window.present)()

    windows.welcomeClosed.connect(tray.point_at_itself)
    # Shown after the main window (see PausetimerApp._wire), so without a tray it is on top.
    return Shell(
        tray=tray,
        window=window,
        stop=reminders.stop,
        open_window=open_window,
        first_run=lambda: windows.welcome_if_first_run(tray.available()),
    )


def _follow_the_tray(tray: Tray, window: MainWindowHolder) -> None:
    """Wait for a tray that is not there yet (at login the panel may come after us), and notice
    one that goes away (a crashed panel): then the main window keeps the app visible."""
    from pausetimer.services.tray_watch import TrayLossWatcher, TrayWatcher

    arrival = TrayWatcher(parent=tray)
    loss = TrayLossWatcher(parent=tray)

    def arrived() -> None:
        # A new icon: one made without a tray would not show in a StatusNotifierItem host.
        tray.renew_icon()
        tray.show()
        window.set_tray_present(True)
        loss.watch()

    def lost() -> None:
        window.set_tray_present(False)
        window.present()
        arrival.restart()

    arrival.trayAvailable.connect(arrived)
    loss.trayLost.connect(lost)
    if tray.available():
        # Shown by PausetimerApp._wire right after this; watched from the event loop on.
        QTimer.singleShot(0, loss.watch)
    else:
        arrival.start()


class PausetimerApp(QObject):
    """The running app's parts and their wiring; :func:`run_gui` drives it."""

    def __init__(
        self,
        qapp: QApplication,
        *,
        clock: Clock | None = None,
        ui_factory: UiFactory = build_ui,
        run_record: RunRecord | None = None,
    ) -> None:
        super().__init__()
        self.qapp = qapp
        # The log, crash file and running marker; None in tests that do not look at them.
        self.run_record = run_record
        self.stop_reason = "quit"
        self._looping = False  # inside run(): this app's own event loop
        self._quit_question: QuitQuestion | None = None
        self.clock: Clock = clock or SystemClock()
        self.ui_factory = ui_factory
        self.guard = InstanceGuard()
        self.store: Store | None = None
        self.ctx: AppContext | None = None
        self.shell: Shell | None = None
        self.server: InstanceServer | None = None
        self.feed: StatusFeed | None = None
        self.notices: list[QMessageBox] = []  # non-blocking messages shown at start-up
        self.translations = Translations(qapp)
        self.wake = WakeSignal(self)

    def start(self) -> int | None:
        """Set everything up. Returns an exit code when the app should not run (another instance
        was told to show itself, or the data cannot be used), None when it runs."""
        # Before the lock is ours: from then on, commands that cannot connect send SIGUSR1.
        self.wake.install()
        try:
            check_data_folder()
            forwarded = claim_or_forward({"cmd": "show"}, self.guard)
        except DataFolderError as problem:
            from pausetimer.ui import startup_failures

            return self._cannot_start(problem.message, startup_failures.data_folder_text(problem))
        if forwarded is not None:
            if forwarded.get("exit_code") == 0:
                return 0
            error = forwarded.get("error") or {}
            from pausetimer.ui import startup_failures

            english = str(error.get("message", "Another Pausetimer is running."))
            return self._cannot_start(english, startup_failures.unreachable_text())
        previous = self._open_run_record()
        _log.info("Pausetimer started (pid %d, Python %s)", os.getpid(), sys.version.split()[0])
        try:
            self.store = open_store(paths.database_path(), now=self.clock.now())
        except SchemaTooNewError as error:
            self.show_fatal(self.tr("Pausetimer cannot open its data"), error.message)
            return 1
        except StorageUnavailableError as error:  # a full disk, a foreign file: nothing moved
            _log.error("Cannot open the database: %s", error.kind)
            sys.stderr.write(error.message + "\n")
            self.show_fatal(
                self.tr("Pausetimer cannot open its data"), storage_texts.unavailable(error)
            )
            return 1
        if self.store.recovery is not None:
            self.notify(storage_texts.recovered(self.store.recovery))
        loaded = load_settings(paths.settings_path(), now=self.clock.now())
        if loaded.moved_aside is not None:
            self.notify(
                self.tr(
                    "Your settings could not be read, so the defaults are used. "
                    "The old file was kept as:\n%1"
                ).replace("%1", str(loaded.moved_aside))
            )
        elif loaded.unreadable:
            self.notify(
                self.tr(
                    "Your settings could not be read, so the defaults are used. The file could "
                    "not be moved aside either:\n{path}"
                ).format(path=paths.settings_path())
            )
        service = PauseService(self.store, self.clock)
        self.ctx = AppContext.build(service, loaded.settings, paths.settings_path())
        # Before any window exists, so every text is built in the right language; connected
        # first, so a language switch is in force before other parts react to the change.
        self.translations.apply(loaded.settings.language)
        self.ctx.events.changed.connect(self._apply_language)
        self.shell = self.ui_factory(self.ctx)
        self._wire(self.shell)
        if self.run_record is not None and previous is not None and not previous.ended_cleanly:
            from pausetimer.ui.notices import crash_notice

            self._show(crash_notice(service.current(), self.clock, self.run_record.folder))
        self.server = InstanceServer(self.handle_request, parent=self, follow=self._follow)
        self.wake.received.connect(self.server.ensure_listening)
        if not self.server.listen():
            sys.stderr.write(
                f"Pausetimer runs, but commands cannot reach it: {self.server.error_text()}\n"
            )
            self.notify(
                self.tr(
                    "Pausetimer runs, but the pausetimer command cannot reach it, so commands "
                    "will change nothing until Pausetimer is started again:\n{reason}"
                ).format(reason=self.server.error_text())
            )
        return None

    def _apply_language(self, change: Change) -> None:
        if ChangeKind.SETTINGS in change and self.ctx is not None:
            self.translations.apply(self.ctx.settings.get().language)

    def _wire(self, shell: Shell) -> None:
        shell.tray.showWindowRequested.connect(shell.window.present)
        shell.tray.quitRequested.connect(self.request_quit)
        shell.window.quitRequested.connect(self.request_quit)
        if shell.tray.available():
            shell.tray.show()
        else:  # a desktop without a tray: the window keeps the app usable
            shell.window.present()
        if shell.first_run is not None:
            shell.first_run()

    def handle_request(self, request: dict[str, Any]) -> Response:
        """A request from another process (see :mod:`pausetimer.commands`), on the main thread.

        Changes go through the shared service, whose listeners feed ``ctx.events``: the tray
        shows a pause started from the command line at once."""
        if self.ctx is None or self.shell is None:
            return failure(1, "not_ready", "Pausetimer is still starting; try again.")
        if request.get("cmd") == "inspect":  # read-only, for the real-desktop tests
            return {"exit_code": 0, "result": _describe_visible_ui(), "warnings": [], "error": None}
        if request.get("cmd") == "show":
            name = request.get("window", "window")
            if name != "window" and self.shell.open_window is not None:
                self.shell.open_window(str(name))
            else:
                self.shell.window.present()
            return {"exit_code": 0, "result": None, "warnings": [], "error": None}
        if request.get("cmd") == "follow":  # only a transport that keeps connections can
            return failure(1, "follow_unsupported", "Following the status is not possible here.")
        return execute(self.ctx.service, request)

    def request_quit(self) -> None:
        """Quit from the tray or the tray-less window; while a pause runs, ask first."""
        if self.ctx is None:
            self.quit("quit")
            return
        if self._quit_question is None:
            from pausetimer.ui.quit_question import QuitQuestion

            self._quit_question = QuitQuestion(self.ctx, parent=self)
            self._quit_question.quitConfirmed.connect(lambda: self.quit("quit"))
            self._quit_question.kept.connect(self._kept_running)
        self._quit_question.ask()

    def _kept_running(self) -> None:
        # Closing the tray-less window asked the question and hid it; it is the only way back in.
        if self.shell is not None and not self.shell.tray.available():
            self.shell.window.present()

    def run(self) -> int:
        """Run the event loop until :meth:`quit`; returns the exit code."""
        self._looping = True
        try:
            return self.qapp.exec()
        finally:
            self._looping = False

    def quit(self, reason: str) -> None:
        """Leave the event loop; :func:`run_gui` then shuts down. ``exit`` rather than ``quit``:
        Qt's quit first closes every visible window, and any window may refuse (the reminder
        window only hides) or react: closing the tray-less main window asks to quit again.
        Outside :meth:`run` (tests drive the app from their own loops) Qt is only asked to quit,
        as before: ``exit`` would leave the whole process's Qt quitting."""
        _log.info("Quitting (%s)", reason)
        self.stop_reason = reason
        if self._looping:
            self.qapp.exit(0)
        else:
            self.qapp.quit()

    def _follow(self, sink: Callable[[bytes], None]) -> Callable[[], None]:
        """A `status --follow` connected: the feed is built for the first one (most days none
        comes, and start-up stays lighter without it)."""
        if self.feed is None:
            from pausetimer.services.status_feed import StatusFeed

            assert self.ctx is not None  # the server listens only once the context is built
            self.feed = StatusFeed(self.ctx, parent=self)
        return self.feed.attach(sink)

    def notify(self, text: str) -> None:
        """Tell the user something without stopping the app."""
        # Imported here, like every ``Qt`` enum: Python's view of the Qt namespace is built on
        # first use and slows a tray app's start-up (see benchmarks/README.md).
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok)
        box.setModal(False)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy the path
        self._show(box)

    def _show(self, box: QMessageBox) -> None:
        _log.warning("Told the user: %s", box.text())
        box.show()
        self.notices.append(box)

    def _open_run_record(self) -> PreviousRun | None:
        """Start the log and the crash file; without them (a full disk, a state folder that
        cannot be made) the app still runs, and says why on stderr."""
        if self.run_record is None:
            return None
        try:
            return self.run_record.open()
        except OSError as error:
            sys.stderr.write(f"Pausetimer runs without its log: {error}\n")
            self.run_record = None
            return None

    def _cannot_start(self, english: str, translated: str) -> int:
        """Say why the app cannot run: on stderr, and in a window (started from a menu or at
        login, nobody reads stderr). Returns the exit code."""
        from pausetimer.ui import startup_failures

        _log.error("Cannot start: %s", english)
        sys.stderr.write(english + "\n")
        self.show_fatal(startup_failures.title(), translated)
        return 1

    def show_fatal(self, title: str, text: str) -> None:
        """Tell the user why the app cannot run; waits until they have read it."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, title, text)

    def shutdown(self) -> None:
        if self.shell is not None and self.shell.stop is not None:
            self.shell.stop()
        if self.server is not None:
            self.server.close()
        if self.ctx is not None:
            self.ctx.settings.flush()
        if self.store is not None:
            self.store.close()
        self.guard.release()
        self.wake.uninstall()
        if self.run_record is not None:
            self.run_record.close(self.stop_reason)


def application(argv: list[str]) -> QApplication:
    """The QApplication, set up as a tray app (closing the last window does not quit)."""
    existing = QCoreApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(argv)
    qapp.setApplicationName(APP_ID)
    qapp.setApplicationDisplayName(APP_NAME)
    qapp.setDesktopFileName(DESKTOP_ID)  # matches the desktop entry and its icon
    qapp.setQuitOnLastWindowClosed(False)
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

    if qapp.windowIcon().isNull():
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


def _describe_visible_ui() -> dict[str, Any]:
    # Imported when asked: only tests and scripts ask, and the import costs start-up memory.
    from pausetimer.services.introspection import describe_visible_ui

    return describe_visible_ui()


def _login() -> Autostart:
    """The start-at-login adapter, looked up when the settings need it (not at start-up)."""
    from pausetimer.services import autostart

    return autostart.for_platform()
