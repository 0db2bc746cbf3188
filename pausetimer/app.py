"""The composition root: builds the running app from its parts (the process and Qt's event loop
around it: :mod:`pausetimer.gui`; the visible part: :mod:`pausetimer.shell`).

Order matters: first make sure this is the only instance (else hand over and leave), then open the
data (telling the user, without blocking, when a damaged file was set aside), then build the
shared :class:`AppContext` and the windows, then answer other processes (before the tray icon
shows, so whoever sees it can reach the app), so no request comes before its answerer exists.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from pausetimer import APP_NAME, paths, storage_texts
from pausetimer.answers import Response, answer
from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind
from pausetimer.core.clock import Clock, SystemClock
from pausetimer.data_folder import DataFolderError, check_data_folder
from pausetimer.diagnostics import PreviousRun, RunRecord
from pausetimer.service import PauseService
from pausetimer.services.i18n import Translations
from pausetimer.services.single_instance import InstanceGuard, InstanceServer, claim_or_forward
from pausetimer.services.wake_signal import WakeSignal
from pausetimer.settings import LoadedSettings, load_settings
from pausetimer.shell import Shell, UiFactory, build_ui
from pausetimer.store import SchemaTooNewError, StorageUnavailableError, Store, open_store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from pausetimer.services.status_feed import StatusFeed
    from pausetimer.ui.quit_question import QuitQuestion

_log = logging.getLogger(__name__)


class PausetimerApp(QObject):
    """The running app's parts and their wiring; :func:`pausetimer.gui.run_gui` drives it."""

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
        if (code := self._claim_instance()) is not None:
            return code
        previous = self._open_run_record()
        _log.info("Pausetimer started (pid %d, Python %s)", os.getpid(), sys.version.split()[0])
        if (code := self._open_store()) is not None:
            return code
        assert self.store is not None
        loaded = self._load_settings()
        service = PauseService(self.store, self.clock)
        self.ctx = AppContext.build(service, loaded.settings, paths.settings_path())
        # Before any window exists, so every text is built in the right language; connected
        # first, so a language switch is in force before other parts react to the change.
        self.translations.apply(loaded.settings.language)
        self.ctx.events.changed.connect(self._apply_language)
        self.shell = self.ui_factory(self.ctx)
        # Before the icon shows (requests are answered once the event loop runs, all wired).
        self._listen()
        self._wire(self.shell)
        if self.run_record is not None and previous is not None and not previous.ended_cleanly:
            from pausetimer.ui.notices import crash_notice

            self._show(crash_notice(service.current(), self.clock, self.run_record.folder))
        return None

    def _claim_instance(self) -> int | None:
        """Become the only instance, or hand the request over to the one that runs. Returns an
        exit code when this process should not run."""
        # Before the lock is ours: from then on, commands that cannot connect send SIGUSR1.
        self.wake.install()
        try:
            check_data_folder()
            forwarded = claim_or_forward({"cmd": "show"}, self.guard)
        except DataFolderError as problem:
            from pausetimer.ui import startup_failures

            return self._cannot_start(problem.message, startup_failures.data_folder_text(problem))
        if forwarded is None:
            return None
        if forwarded.get("exit_code") == 0:
            return 0
        error = forwarded.get("error") or {}
        from pausetimer.ui import startup_failures

        english = str(error.get("message", "Another Pausetimer is running."))
        return self._cannot_start(english, startup_failures.unreachable_text())

    def _open_store(self) -> int | None:
        """Open the data; returns an exit code when it cannot be used."""
        title = self.tr("Pausetimer cannot open its data")
        try:
            self.store = open_store(paths.database_path(), now=self.clock.now())
        except SchemaTooNewError as error:
            self.show_fatal(title, error.message)
            return 1
        except StorageUnavailableError as error:  # a full disk, a foreign file: nothing moved
            _log.error("Cannot open the database: %s", error.kind)
            sys.stderr.write(error.message + "\n")
            self.show_fatal(title, storage_texts.unavailable(error))
            return 1
        if self.store.recovery is not None:
            self.notify(storage_texts.recovered(self.store.recovery))
        return None

    def _load_settings(self) -> LoadedSettings:
        """The settings; the defaults (and a word to the user) when the file cannot be read."""
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
                    "not be moved aside either:\n%1"
                ).replace("%1", str(paths.settings_path()))
            )
        return loaded

    def _listen(self) -> None:
        """Answer other processes (the command line, a second start) from now on."""
        self.server = InstanceServer(self.handle_request, parent=self, follow=self._follow)
        self.wake.received.connect(self.server.ensure_listening)
        if not self.server.listen():
            sys.stderr.write(
                f"Pausetimer runs, but commands cannot reach it: {self.server.error_text()}\n"
            )
            self.notify(
                self.tr(
                    "Pausetimer runs, but the pausetimer command cannot reach it, so commands "
                    "will change nothing until Pausetimer is started again:\n%1"
                ).replace("%1", self.server.error_text())
            )

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
        """A request from another process (see :mod:`pausetimer.answers`), on the main thread."""
        return answer(self.ctx, self.shell, request)

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
        """Leave the event loop; ``run_gui`` then shuts down. ``exit`` rather than ``quit``: Qt's
        quit first closes every visible window, and any window may refuse (the reminder window
        only hides) or react: closing the tray-less main window asks to quit again.
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
