"""Desktop notifications with an ordered fallback, never blocking the UI.

0. On Linux with a session bus: org.freedesktop.Notifications directly
   (:mod:`pausetimer.services.freedesktop_notifications`), so that one pause has one notification,
   replaced by the next nudge and withdrawn when the pause is extended or ended. A server that does
   not answer within the bound counts as hung: straight to the tray (plyer would hang on it too).
   A server that says no, or no server at all: plyer, as below.
1. plyer (the desktop's notification service), called in a worker thread. A call that has not
   finished within a hard bound counts as failed; its thread is abandoned (a daemon thread, so it
   never keeps the app from quitting). A hung notification daemon can block a call for over a
   minute; the UI thread never waits for it.
2. The tray icon's own balloon message, when a tray icon is shown.
3. Nothing more: the reminder window is the last fallback and is shown by the caller in every case.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import threading
import time
import weakref
from collections.abc import Callable
from itertools import count

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from pausetimer import APP_NAME
from pausetimer.services.freedesktop_notifications import (
    FreedesktopNotifications,
    Outcome,
    Request,
    Urgency,
)

NotifyBackend = Callable[[str, str], None]
TrayIconProvider = Callable[[], QSystemTrayIcon | None]

_log = logging.getLogger(__name__)

DEFAULT_BOUND_MS = 3000


class Channel(enum.Enum):
    DESKTOP = "desktop"  # the desktop's notification service, through plyer
    TRAY = "tray"  # the tray icon's balloon message
    NONE = "none"  # nothing could show it; the reminder window still does


def plyer_notify(title: str, message: str) -> None:
    """The default backend. Imported late: plyer picks its platform implementation on first use."""
    from plyer import notification

    if os.path.isdir("/app"):  # plyer's test for Flatpak: it pastes the text into GVariant quotes
        title, message = portal_quoted(title), portal_quoted(message)
    notification.notify(title=title, message=message, app_name=APP_NAME, timeout=0)


def portal_quoted(text: str) -> str:
    """Text that survives plyer's Flatpak path, which builds ``'<text>'`` GVariant literals for
    gdbus from plain strings: an apostrophe would end the literal and the call would fail."""
    return text.replace("\\", "\\\\").replace("'", "\\'")


def desktop_notifier(tray_icon_provider: TrayIconProvider | None, parent: QObject) -> Notifier:
    """A notifier with a notification of its own on the desktop: what it shows, it replaces and
    withdraws, and no other notifier's replacing or withdrawing touches it. The pause's nudges and
    the moments together each have one, so neither takes the other's away."""
    return Notifier(
        tray_icon_provider,
        freedesktop=FreedesktopNotifications.for_session(DEFAULT_BOUND_MS, parent),
        parent=parent,
    )


class _Relay(QObject):
    """Carries a worker's answer to the main thread, where it finds its notifier if that still
    exists."""

    # A weak reference to the Notifier (a Python object, so it passes as object: the notifier
    # itself may be gone by the time the answer arrives), the call's number, and success.
    finished = Signal(object, int, bool)

    def deliver(self, reference: weakref.ref[Notifier], number: int, succeeded: bool) -> None:
        notifier = reference()
        if notifier is not None and shiboken6.isValid(notifier):
            notifier._on_finished(number, succeeded)


_RELAY: list[_Relay] = []


def _relay() -> _Relay:
    if not _RELAY:
        relay = _Relay()
        relay.finished.connect(relay.deliver, Qt.ConnectionType.QueuedConnection)
        _RELAY.append(relay)
    return _RELAY[0]


class Notifier(QObject):
    """``notify`` returns at once; ``delivered(channel)`` says later which channel showed it."""

    delivered = Signal(Channel)
    actionInvoked = Signal(str)  # a button on the notification was chosen: its key

    def __init__(
        self,
        tray_icon_provider: TrayIconProvider | None = None,
        *,
        backend: NotifyBackend = plyer_notify,
        bound_ms: int = DEFAULT_BOUND_MS,
        freedesktop: FreedesktopNotifications | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._freedesktop = freedesktop
        self._last: tuple[str, str] = ("", "")  # for the fallback when the server says no
        if freedesktop is not None:
            freedesktop.finished.connect(self._on_freedesktop)
            freedesktop.actionInvoked.connect(self.actionInvoked)
        self._tray_icon_provider = tray_icon_provider or (lambda: None)
        self._backend = backend
        self._bound_ms = bound_ms
        self._numbers = count(1)
        # Calls still waiting for an answer: number -> (title, message, monotonic deadline).
        self._waiting: dict[int, tuple[str, str, float]] = {}
        self._bound = QTimer(self)
        self._bound.setSingleShot(True)
        self._bound.timeout.connect(self._expire)
        # A worker that hangs stays here; while one hangs we do not start another (a hung daemon
        # would otherwise collect one stuck thread per reminder).
        self._busy_workers: set[int] = set()
        self._lock = threading.Lock()
        _relay()  # made on this (the main) thread, so its queued calls arrive here

    def notify(
        self,
        title: str,
        message: str,
        *,
        urgency: Urgency = Urgency.NORMAL,
        expire_ms: int = 0,
        actions: tuple[tuple[str, str], ...] = (),
    ) -> None:
        """Show ``title``/``message``; replaces this notifier's previous one where possible.
        ``actions`` (key, label) become buttons where the desktop's server offers them."""
        if self._freedesktop is not None:
            self._last = (title, message)
            request = Request(title, message, urgency=urgency, expire_ms=expire_ms, actions=actions)
            self._freedesktop.show(request)
            return
        self._through_plyer(title, message)

    def forwarding_likely(self) -> bool:
        """Whether a phone may be showing these notifications (KDE Connect, GSConnect)."""
        return self._freedesktop is not None and self._freedesktop.forwarding_likely()

    def withdraw(self) -> None:
        """Take the notification away (the pause it was about changed); a no-op without one."""
        if self._freedesktop is not None:
            self._freedesktop.withdraw()

    def _on_freedesktop(self, outcome: Outcome) -> None:
        if outcome is Outcome.SHOWN:
            self.delivered.emit(Channel.DESKTOP)
        elif outcome is Outcome.TIMED_OUT:
            self._fall_back(*self._last)
        else:
            self._through_plyer(*self._last)

    def _through_plyer(self, title: str, message: str) -> None:
        with self._lock:
            desktop_hung = bool(self._busy_workers)
        if desktop_hung:
            self._fall_back(title, message)
            return
        number = next(self._numbers)
        self._waiting[number] = (title, message, time.monotonic() + self._bound_ms / 1000)
        with self._lock:
            self._busy_workers.add(number)
        # The worker holds no reference to this notifier: if it held the last one, the QObject
        # would be destroyed on the worker's thread while the main thread uses it (seen as
        # corrupted signal connections with PySide6 6.8 when an abandoned call ended late).
        worker = threading.Thread(
            target=_work,
            args=(
                weakref.ref(self),
                self._backend,
                self._lock,
                self._busy_workers,
                number,
                title,
                message,
            ),
            name="notify",
            daemon=True,
        )
        self._arm_bound()
        worker.start()

    def _on_finished(self, number: int, succeeded: bool) -> None:
        waiting = self._waiting.pop(number, None)
        if waiting is None:  # answered after the bound: already handed to the fallback
            return
        self._arm_bound()
        title, message, _deadline = waiting
        if succeeded:
            _log.info("Notification shown by the desktop")
            self.delivered.emit(Channel.DESKTOP)
        else:
            self._fall_back(title, message)

    def _arm_bound(self) -> None:
        """Wake up at the earliest deadline of the calls still waiting (one timer for all)."""
        if not self._waiting:
            self._bound.stop()
            return
        earliest = min(deadline for _title, _message, deadline in self._waiting.values())
        self._bound.start(max(0, int((earliest - time.monotonic()) * 1000) + 1))

    def _expire(self) -> None:
        now = time.monotonic()
        for number, (_title, _message, deadline) in list(self._waiting.items()):
            if deadline <= now:
                _log.warning("The desktop notification did not answer within %d ms", self._bound_ms)
                self._on_finished(number, False)
        self._arm_bound()

    def _fall_back(self, title: str, message: str) -> None:
        icon = self._tray_icon_provider()
        if icon is not None and icon.isVisible():
            icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 0)
            _log.info("Notification shown as a tray message")
            self.delivered.emit(Channel.TRAY)
        else:
            _log.warning("No channel could show the notification; the reminder window will")
            self.delivered.emit(Channel.NONE)


def _work(
    reference: weakref.ref[Notifier],
    backend: NotifyBackend,
    lock: threading.Lock,
    busy_workers: set[int],
    number: int,
    title: str,
    message: str,
) -> None:
    """One call of the backend, on a worker thread; its answer goes back through the relay."""
    try:
        backend(title, message)
        succeeded = True
    except Exception as error:  # any failure of the service means: use the next channel
        _log.warning("The desktop notification failed: %r", error)
        succeeded = False
    with lock:
        busy_workers.discard(number)
    # Not through a signal of the notifier: a call that hung past the bound may answer after
    # the notifier is gone, and emitting on a deleted QObject from another thread can crash
    # (seen with PySide6 6.8). The relay lives as long as the process.
    with contextlib.suppress(RuntimeError):  # the app quit while this call hung
        _relay().finished.emit(reference, number, succeeded)
