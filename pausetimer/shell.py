"""The visible part of the app: the tray, the main window, the secondary windows and the
reminders, built and connected to one another by :func:`build_ui`. What connects them to the rest
of the app (the instance server, quitting) is in :class:`pausetimer.app.PausetimerApp`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QTimer, SignalInstance

from pausetimer.context import AppContext
from pausetimer.services.import_caches import release_import_caches

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

    from pausetimer.services.autostart import Autostart
    from pausetimer.ui.actions import PauseActions
    from pausetimer.ui.tray import Tray
    from pausetimer.ui.window_holder import MainWindowHolder
    from pausetimer.ui.windows import Windows


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
    them to one another."""
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
    _connect_window_requests(tray, window, windows)
    window.set_tray_present(tray.available())
    _follow_the_tray(tray, window)
    stop_reminders = _start_reminders(ctx, tray, window, windows)
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
        stop=stop_reminders,
        open_window=open_window,
        first_run=lambda: windows.welcome_if_first_run(tray.available()),
    )


def _connect_window_requests(tray: Tray, window: MainWindowHolder, windows: Windows) -> None:
    """The tray's and the main window's menus open the secondary windows."""
    for source in (tray, window):
        source.guidanceRequested.connect(lambda: windows.guidance())
        source.historyRequested.connect(windows.history)
        source.settingsRequested.connect(windows.settings)
    tray.helpRequested.connect(windows.help_lines)

    def guidance_after_sentence(actions: PauseActions) -> None:
        # After the partner sentence of a new pause, the guidance helps to calm down.
        actions.sentenceClosed.connect(
            lambda _pause, extended: None if extended else windows.guidance()
        )

    guidance_after_sentence(tray.pause_actions)
    window.created.connect(lambda built: guidance_after_sentence(built.pause_actions))


def _start_reminders(
    ctx: AppContext, tray: Tray, window: MainWindowHolder, windows: Windows
) -> Callable[[], None]:
    """Start the reminders, connected to the windows; returns what stops them."""
    from pausetimer.services.nudge_watch import hold_nudges
    from pausetimer.services.reminders import Reminders

    def tray_icon() -> QSystemTrayIcon | None:
        return tray.tray_icon if tray.available() else None

    reminders = Reminders(ctx, tray_icon_provider=tray_icon, parent=tray)
    hold_nudges(ctx, reminders, windows.show_reminder)  # held while the user is away
    reminders.actionChosen.connect(windows.reminder_action)
    windows.reminderExtended.connect(
        lambda pause: tray.pause_actions.show_partner_sentence(pause, [], extended=True)
    )
    # The due icon and texts at once when the return time comes, not at the next minute tick.
    reminders.fired.connect(lambda _reminders: tray.refresh())
    reminders.fired.connect(lambda _reminders: window.refresh())
    reminders.start()
    from pausetimer.services.together_reminders import TogetherReminders

    # Its own notifier: a moment's reminder and a pause's nudge never replace or withdraw
    # each other.
    together = TogetherReminders(ctx, tray_icon_provider=tray_icon, parent=tray)
    together.start()

    def stop() -> None:
        reminders.stop()
        together.stop()

    return stop


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


def _login() -> Autostart:
    """The start-at-login adapter, looked up when the settings need it (not at start-up)."""
    from pausetimer.services import autostart

    return autostart.for_platform()
