"""The app's secondary windows: guidance, history, settings, the reminder and the first-run
welcome.

Each is built on first use (start-up stays cheap) and then kept, so what the user left in it (the
breathing pattern, a filter, the body-scan step) is still there when it opens again. After a
language switch, guidance and history are rebuilt (closed ones on their next opening, open ones at
once); the other windows retranslate themselves on Qt's LanguageChange event.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication

from pausetimer import paths
from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind, Source
from pausetimer.core.pause import Pause, Side
from pausetimer.services.i18n import resolve_language
from pausetimer.ui.stacking import stack_with_on_top

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QWindow
    from PySide6.QtWidgets import QWidget

    from pausetimer.ui.guidance import GuidanceWindow
    from pausetimer.ui.history import HistoryWindow
    from pausetimer.ui.reminder_window import ReminderWindow
    from pausetimer.ui.settings_dialog import SettingsDialog
    from pausetimer.ui.waiting_reminder import WaitingReminderWindow
    from pausetimer.ui.welcome_dialog import WelcomeDialog


class Windows(QObject):
    # "I need more time" in the reminder: the pause with its new return time.
    reminderExtended = Signal(Pause)
    # The first-run welcome was closed (either way).
    welcomeClosed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        set_autostart: Callable[[bool], None] | None = None,
        autostart_enabled: Callable[[], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._set_autostart = set_autostart
        self._autostart_enabled = autostart_enabled
        self._guidance: GuidanceWindow | None = None
        self._history: HistoryWindow | None = None
        self._settings: SettingsDialog | None = None
        self._welcome: WelcomeDialog | None = None
        self._reminder: ReminderWindow | None = None
        self._waiting_reminder: WaitingReminderWindow | None = None
        self._language = ctx.settings.get().language
        ctx.events.changed.connect(self._changed)
        # F1 in any window of the app opens the safety card with the help lines: one key from
        # everywhere, without a button in every dialog. The filter is installed once a window
        # of the app first has the keyboard (no key reaches the app before): an application-wide
        # filter sees every event, and its first call makes PySide build Python's view of Qt's
        # event and key enums, some 35 ms the tray's start-up would otherwise spend.
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            if app.focusWindow() is not None:
                self._install_f1_filter(app)
            else:
                app.focusWindowChanged.connect(self._listen_for_f1)

    def _listen_for_f1(self, window: QWindow | None) -> None:
        app = QCoreApplication.instance()
        if window is None or not isinstance(app, QGuiApplication):
            return
        app.focusWindowChanged.disconnect(self._listen_for_f1)
        self._install_f1_filter(app)

    def _install_f1_filter(self, app: QGuiApplication) -> None:
        # Not at import: the tray imports this module at start-up (see benchmarks/README.md).
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QWidget

        self._f1 = (QEvent.Type.KeyPress, QKeyEvent, Qt.Key.Key_F1, QWidget)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key_press, key_event, f1, widget = self._f1
        if (
            event.type() == key_press
            and isinstance(event, key_event)
            and event.key() == f1
            and isinstance(watched, widget)
        ):
            self.help_lines()
            return True
        return False

    def help_lines(self) -> GuidanceWindow:
        """The safety card with the help lines for the user's country."""
        return self.guidance("safety")

    def guidance(self, section: str | None = None) -> GuidanceWindow:
        if self._guidance is None:
            # Imported on first use: guidance and history bring Qt's multimedia, speech and chart
            # modules, which a tray app that is mostly idle should not load at start-up.
            from pausetimer.ui.guidance import GuidanceWindow

            self._guidance = GuidanceWindow(self._ctx)
        stack_with_on_top(self._guidance)
        self._guidance.present(section)
        return self._guidance

    def history(self) -> HistoryWindow:
        if self._history is None:
            from pausetimer.ui.history import HistoryWindow

            self._history = HistoryWindow(self._ctx)
        stack_with_on_top(self._history)
        self._history.present()
        return self._history

    def settings(self) -> SettingsDialog:
        if self._settings is None:
            # The login entry itself is the truth (the command line may have changed it).
            if self._autostart_enabled is not None:
                enabled = self._autostart_enabled()
                if enabled != self._ctx.settings.get().start_at_login:
                    self._ctx.settings.update(start_at_login=enabled, source=Source.SYSTEM)
            from pausetimer.ui.settings_dialog import SettingsDialog

            self._settings = SettingsDialog(
                self._ctx, self._breathing_patterns, set_autostart=self._set_autostart
            )
        stack_with_on_top(self._settings)
        self._settings.show()
        self._settings.raise_()
        self._settings.activateWindow()
        return self._settings

    def reminder(self) -> ReminderWindow:
        """The reminder window, built when a pause first comes due (most days none does)."""
        if self._reminder is None:
            from pausetimer.ui.reminder_window import ReminderWindow

            self._reminder = ReminderWindow(self._ctx)
            self._reminder.extended.connect(self.reminderExtended)
            self._reminder.breatheRequested.connect(self._breathe)
        return self._reminder

    def show_reminder(self, long_warning: bool, focus: bool = False) -> None:
        """The return time came: show the nudge, on top, without taking the keyboard; or with it
        (``focus``) when it waited for the user to come back to the desk. The waiting variant
        when it is the partner who comes back."""
        pause = self._ctx.service.current()
        waiting = pause is not None and pause.side is Side.WAITING
        window = self.waiting_reminder() if waiting else self.reminder()
        window.show_reminder(long_warning=long_warning)
        if focus:
            window.activateWindow()

    def reminder_action(self, key: str) -> None:
        """A button on the due notification: exactly what the same button in the window does."""
        from pausetimer.services.reminders import EXTENSION_MINUTES, GOING, MORE_TIME

        window = self.reminder()
        if key == GOING:
            window.going_button.click()
        elif key == MORE_TIME:
            window.extension_buttons[EXTENSION_MINUTES].click()

    def waiting_reminder(self) -> WaitingReminderWindow:
        if self._waiting_reminder is None:
            from pausetimer.ui.waiting_reminder import WaitingReminderWindow

            self._waiting_reminder = WaitingReminderWindow(self._ctx)
            self._waiting_reminder.breatheRequested.connect(self._breathe)
            self._waiting_reminder.helpRequested.connect(self._help)
        return self._waiting_reminder

    def _help(self) -> None:
        self.guidance("safety")

    def _breathe(self) -> None:
        """ "Breathe first": the short pattern, running at once, in front of the reminder."""
        self.guidance("breathe").breathe_now()

    def welcome_if_first_run(self, tray_present: bool = True) -> WelcomeDialog | None:
        """The welcome, once: until the user has read it (closed it either way). Emits
        ``welcomeClosed`` when it is closed, so the tray can point at itself."""
        if self._ctx.settings.get().welcome_done:
            return None
        from pausetimer.ui.welcome_dialog import WelcomeDialog

        self._welcome = WelcomeDialog(self._ctx, tray_present=tray_present)
        self._welcome.finished.connect(self._welcome_finished)
        self._welcome.signalsRequested.connect(self._early_signals)
        self._welcome.show()
        self._welcome.raise_()
        self._welcome.activateWindow()
        return self._welcome

    def _early_signals(self) -> None:
        self.guidance("signals")

    def _welcome_finished(self, _result: int) -> None:
        self.welcomeClosed.emit()

    def _breathing_patterns(self) -> list[tuple[str, str]]:
        from pausetimer.core.guidance import GuidanceContentError, load_guidance

        language = resolve_language(self._ctx.settings.get().language)
        try:
            guidance = load_guidance(language, paths.guidance_dir())
        except GuidanceContentError:
            return []  # the settings still work; the guidance window reports the bad file
        return [(pattern.key, pattern.name) for pattern in guidance.breathing.patterns]

    def _changed(self, change: Change) -> None:
        if ChangeKind.ACTIVE_PAUSE in change:
            self._maybe_return_page(change)
        if ChangeKind.SETTINGS not in change:
            return
        language = self._ctx.settings.get().language
        if language == self._language:
            return
        self._language = language
        # Their texts come from the guidance content and the data as much as from Qt's
        # translations, so both windows are rebuilt in the new language: a closed one on its
        # next opening, an open one now, in the same place and (guidance) on the same tab.
        if self._guidance is not None:
            guidance, self._guidance = self._guidance, None
            if guidance.isVisible():
                section, geometry = guidance.current_section(), guidance.geometry()
                self._drop(guidance)  # closing saves what was typed in the reflection
                self.guidance(section).setGeometry(geometry)
            else:
                self._drop(guidance)
        if self._history is not None:
            history, self._history = self._history, None
            if history.isVisible():
                geometry = history.geometry()
                self._drop(history)
                self.history().setGeometry(geometry)
            else:
                self._drop(history)

    def _maybe_return_page(self, change: Change) -> None:
        """ "I'm back" from the tray or the main window gets the same return page as "I'm going
        now" in the reminder (which shows it itself); the command line's `end` stays silent."""
        if change.active is not None or change.source is not Source.WINDOW:
            return
        ended = self._ctx.service.get_pause(change.pause_id) if change.pause_id else None
        if ended is None or ended.side is not Side.PAUSING:
            return
        reminder = self.reminder()
        stack_with_on_top(reminder)
        reminder.show_return(ended)
        reminder.raise_()
        reminder.activateWindow()

    @staticmethod
    def _drop(window: QWidget) -> None:
        window.close()
        window.deleteLater()
