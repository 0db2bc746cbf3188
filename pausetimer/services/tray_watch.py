"""Wait for the system tray when the app starts before the desktop's tray does (at login).

Two ways a tray host can arrive, watched as cheaply as each allows:

- a StatusNotifierItem host (KDE, GNOME with the AppIndicator extension, most Wayland panels)
  registers ``org.kde.StatusNotifierWatcher`` on the session bus: a D-Bus service watcher hears it
  with no polling at all;
- an XEmbed tray (older X11 panels) has no bus name, so a few checks with a growing interval look
  for it, and then stop: no wake-ups for the rest of the session.

Once a tray is found the watcher stops everything and emits ``trayAvailable`` once.

Measured on Qt 6.12 (xcb): Qt decides per ``QSystemTrayIcon``, when it is made, whether it uses a
StatusNotifierItem host (its watcher is on the bus) or XEmbed, while ``isSystemTrayAvailable`` asks
afresh each time. So an icon made before an SNI panel came stays invisible there even after
``trayAvailable``: the app makes its icon again then (``Tray.renew_icon``), which registers it with
the late host, in the same process and without closing any window. (On Wayland, Qt's own code always
uses SNI and registers an icon when the host comes; not measured here.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

if TYPE_CHECKING:  # QtDBus is loaded when a watch needs the bus, not while the app starts
    from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher

SNI_WATCHER = "org.kde.StatusNotifierWatcher"
SNI_WATCHER_PATH = "/StatusNotifierWatcher"
# The watcher announces each host (the panel part that shows the icons) as it registers.
SNI_HOST_REGISTERED = "StatusNotifierHostRegistered"

# Milliseconds between XEmbed checks: quick at first (a panel usually comes within seconds of the
# app at login), then slower, then none. About five minutes in all.
DEFAULT_BACKOFF_MS: tuple[int, ...] = (
    500,
    1_000,
    2_000,
    4_000,
    8_000,
    15_000,
    30_000,
    60_000,
    60_000,
    60_000,
    60_000,
)
# After the StatusNotifierWatcher appears, its host registers a moment later: look again soon,
# and for a while, since on a busy machine at login the host can take many seconds (a test
# under load saw more than the first 3.7 s go by). Seven checks in about 30 s, then none.
SNI_SETTLE_MS: tuple[int, ...] = (200, 500, 1_000, 2_000, 4_000, 8_000, 15_000)


class TrayWatcher(QObject):
    """Call :meth:`start` when there is no tray; ``trayAvailable`` fires once a tray is there."""

    trayAvailable = Signal()
    statusNotifierHostAppeared = Signal()
    # Polling ended without a tray; the D-Bus watch stays (it costs nothing while idle).
    pollingStopped = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        probe: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        backoff_ms: Sequence[int] = DEFAULT_BACKOFF_MS,
        settle_ms: Sequence[int] = SNI_SETTLE_MS,
        bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self._probe = probe
        self._backoff = tuple(backoff_ms)
        self._settle = tuple(settle_ms)
        self._bus = bus
        self._schedule: list[int] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._service_watcher: QDBusServiceWatcher | None = None
        self._found = False
        self._watching = False

    def is_watching(self) -> bool:
        """True while any watch (timer or D-Bus) is active."""
        return self._watching

    def is_polling(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Start watching; if a tray is already there, ``trayAvailable`` fires from the event loop
        (so connections made right after ``start`` still see it)."""
        if self._watching or self._found:
            return
        self._watching = True
        self._watch_bus()
        self._schedule = [0, *self._backoff]
        self._next()

    def restart(self) -> None:
        """Watch again for a tray that went away (after ``trayAvailable`` had fired)."""
        self.stop()
        self._found = False
        self.start()

    def stop(self) -> None:
        self._watching = False
        self._timer.stop()
        self._schedule = []
        if self._service_watcher is not None:
            self._service_watcher.serviceRegistered.disconnect(self._on_sni_watcher)
            self._service_watcher.deleteLater()
            self._service_watcher = None
            self._host_signal(connect=False)

    def _watch_bus(self) -> None:
        from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher

        bus = self._bus if self._bus is not None else QDBusConnection.sessionBus()
        if not bus.isConnected():
            return  # no session bus: only XEmbed is possible, and the polling covers it
        self._service_watcher = QDBusServiceWatcher(
            SNI_WATCHER, bus, QDBusServiceWatcher.WatchModeFlag.WatchForRegistration, self
        )
        self._service_watcher.serviceRegistered.connect(self._on_sni_watcher)
        self._host_signal(connect=True)

    def _host_signal(self, *, connect: bool) -> None:
        """Hear the watcher announce a host: then the tray is there, without waiting for the
        next look of the settle schedule (which stays, for watchers that announce nothing)."""
        from PySide6.QtDBus import QDBusConnection

        bus = self._bus if self._bus is not None else QDBusConnection.sessionBus()
        where = (SNI_WATCHER, SNI_WATCHER_PATH, SNI_WATCHER, SNI_HOST_REGISTERED)
        # The slot goes as a SLOT()-style string ("1" = slot), which the stubs do not list.
        if connect:
            bus.connect(*where, self, "1_on_sni_host()")  # type: ignore[call-overload]
        else:
            bus.disconnect(*where, self, "1_on_sni_host()")  # type: ignore[call-overload]

    @Slot()
    def _on_sni_host(self) -> None:
        if self._watching:
            self._timer.stop()
            self._schedule = [0, *self._schedule]
            self._next()

    def _on_sni_watcher(self, _service: str) -> None:
        self.statusNotifierHostAppeared.emit()
        # Look again a few times soon, before whatever remains of the slow schedule.
        remaining = self._schedule if self._timer.isActive() else []
        self._timer.stop()
        self._schedule = [*self._settle, *remaining]
        self._next()

    def _next(self) -> None:
        if not self._schedule:
            self.pollingStopped.emit()
            return
        self._timer.start(self._schedule.pop(0))

    def _check(self) -> None:
        if not self._watching:
            return
        if self._probe():
            self._found = True
            self.stop()
            self.trayAvailable.emit()
            return
        self._next()


# Qt's XEmbed tray icon is a small top-level widget of this class, embedded into the tray window;
# Qt names the widget's window after it.
XEMBED_ICON_CLASS = "QSystemTrayIconSys"
XEMBED_ICON_WINDOW = XEMBED_ICON_CLASS + "Window"


def xembed_icon_windows() -> list[QObject]:
    """The windows Qt embeds into an XEmbed tray for the app's icons (none on an SNI tray).

    Asked of the windows, not ``QApplication.topLevelWidgets()``: PySide has no Python class for
    Qt's private icon widget, and looking for the closest one creates every widget class
    QtWidgets has (measured on PySide 6.11: 71 classes, about 0.8 MB resident, at each start).
    The widget's window goes with the widget, so its ``destroyed`` is the same cue.
    """
    return [
        window
        for window in QGuiApplication.allWindows()
        if window.objectName() == XEMBED_ICON_WINDOW
    ]


class TrayLossWatcher(QObject):
    """Notices the tray going away while the icon shows in it (the panel crashed or was
    restarted): without a tray and with no window open, the app would be invisible.

    No polling here either. Measured on Qt 6.11 (xcb, trayer): when an XEmbed tray dies, Qt deletes
    the widget it had embedded there (and makes a new one when a tray comes back), so its
    ``destroyed`` signal is the cue. A StatusNotifierItem host leaving shows as its watcher leaving
    the session bus. Either way the tray is then asked whether it is really gone (another host may
    have taken over), and ``trayLost`` fires once; call :meth:`watch` again when a tray is back.
    """

    trayLost = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        probe: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        icon_windows: Callable[[], list[QObject]] = xembed_icon_windows,
        bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self._probe = probe
        self._icon_windows = icon_windows
        self._bus = bus
        self._service_watcher: QDBusServiceWatcher | None = None
        self._watched: list[QObject] = []
        self._armed = False

    def is_watching(self) -> bool:
        return self._armed

    def watch(self) -> None:
        """Start watching the tray the icon shows in now (call after the icon is shown)."""
        self.stop()
        self._armed = True
        for window in self._icon_windows():
            window.destroyed.connect(self._gone)
            self._watched.append(window)
        if self._watched:
            return  # an XEmbed tray: its end deletes these windows; the bus has nothing to say
        from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher

        bus = self._bus if self._bus is not None else QDBusConnection.sessionBus()
        if bus.isConnected():
            self._service_watcher = QDBusServiceWatcher(
                SNI_WATCHER, bus, QDBusServiceWatcher.WatchModeFlag.WatchForUnregistration, self
            )
            self._service_watcher.serviceUnregistered.connect(self._gone)

    def stop(self) -> None:
        self._armed = False
        for window in self._watched:
            if shiboken6.isValid(window):  # a deleted one took its connections with it
                window.destroyed.disconnect(self._gone)
        self._watched = []
        if self._service_watcher is not None:
            self._service_watcher.serviceUnregistered.disconnect(self._gone)
            self._service_watcher.deleteLater()
            self._service_watcher = None

    def _gone(self, *_args: object) -> None:
        # From the event loop: the destroyed widget is still being taken down in this call.
        if self._armed:
            QTimer.singleShot(0, self._check)

    def _check(self) -> None:
        if not self._armed or self._probe():
            return
        self.stop()
        self.trayLost.emit()
