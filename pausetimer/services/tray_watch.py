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

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher
from PySide6.QtWidgets import QSystemTrayIcon

SNI_WATCHER = "org.kde.StatusNotifierWatcher"

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
# After the StatusNotifierWatcher appears, its host registers a moment later: look again soon.
SNI_SETTLE_MS: tuple[int, ...] = (200, 500, 1_000, 2_000)


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

    def stop(self) -> None:
        self._watching = False
        self._timer.stop()
        self._schedule = []
        if self._service_watcher is not None:
            self._service_watcher.serviceRegistered.disconnect(self._on_sni_watcher)
            self._service_watcher.deleteLater()
            self._service_watcher = None

    def _watch_bus(self) -> None:
        bus = self._bus if self._bus is not None else QDBusConnection.sessionBus()
        if not bus.isConnected():
            return  # no session bus: only XEmbed is possible, and the polling covers it
        self._service_watcher = QDBusServiceWatcher(
            SNI_WATCHER, bus, QDBusServiceWatcher.WatchModeFlag.WatchForRegistration, self
        )
        self._service_watcher.serviceRegistered.connect(self._on_sni_watcher)

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
