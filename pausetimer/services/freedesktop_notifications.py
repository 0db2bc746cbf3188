"""One notification per pause on org.freedesktop.Notifications: replaced, withdrawn, with buttons.

Why not only QtDBus: PySide6 (6.11 and 6.12, measured) cannot put a D-Bus ``uint32`` into a method
call. A Python int goes out as ``int32`` (``QDBusArgument << int`` picks ``uint16``), and the
servers check the signature strictly: dunst answers Notify with "Type of message (sisssasa{sv}i)
does not match expected type (susssasa{sv}i)". Notify and CloseNotification (the two calls that
carry an id) therefore go through ``gdbus call`` in a QProcess: the arguments are passed as argv
(no shell) and written as GVariant text literals, so quotes and apostrophes arrive intact. What
only needs reading runs on QtDBus: the server's capabilities, and the ActionInvoked and
NotificationClosed signals (the ids arrive as Python ints, which is all we need).

Everything is asynchronous and bounded: a call that has not answered within the bound counts as
failed and its process is killed, so a hung server never blocks the UI thread.
"""

from __future__ import annotations

import enum
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QProcess, QTimer, Signal, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCall,
    QDBusPendingCallWatcher,
)

from pausetimer import APP_NAME, DESKTOP_ID

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = SERVICE
# Programs that copy this desktop's notifications to a phone, by their bus names.
FORWARDERS = ("org.kde.kdeconnect", "org.gnome.Shell.Extensions.GSConnect")


class Urgency(enum.IntEnum):
    LOW = 0
    NORMAL = 1
    CRITICAL = 2


class Outcome(enum.Enum):
    SHOWN = "shown"
    FAILED = "failed"  # the server (or gdbus, or the bus) said no: another channel may work
    TIMED_OUT = "timed_out"  # no answer within the bound: the server hangs, skip what uses it


@dataclass(frozen=True)
class Request:
    """One notification. ``actions``: (key, label) pairs, shown only if the server offers them."""

    summary: str
    body: str
    urgency: Urgency = Urgency.NORMAL
    expire_ms: int = 0  # 0: stays until withdrawn or dismissed
    actions: tuple[tuple[str, str], ...] = ()


def gvariant_string(text: str) -> str:
    """A GVariant text literal that parses back to exactly ``text``."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def notify_argv(
    request: Request, replaces_id: int, with_actions: bool, timeout_s: int
) -> list[str]:
    actions: list[str] = []
    if with_actions:
        for key, label in request.actions:
            actions += [gvariant_string(key), gvariant_string(label)]
    hints = (
        f'{{"urgency": <byte {int(request.urgency)}>, '
        f'"desktop-entry": <{gvariant_string(DESKTOP_ID)}>}}'
    )
    return [
        *_call_prefix(timeout_s),
        f"{INTERFACE}.Notify",
        gvariant_string(APP_NAME),
        f"uint32 {replaces_id}",
        gvariant_string(DESKTOP_ID),  # the app icon, by its installed theme name
        gvariant_string(request.summary),
        gvariant_string(request.body),
        f"@as [{', '.join(actions)}]",
        f"@a{{sv}} {hints}",
        f"int32 {request.expire_ms}",
    ]


def close_argv(notification_id: int, timeout_s: int) -> list[str]:
    return [*_call_prefix(timeout_s), f"{INTERFACE}.CloseNotification", f"uint32 {notification_id}"]


def _call_prefix(timeout_s: int) -> list[str]:
    head = ["call", "--session", "--timeout", str(timeout_s), "--dest", SERVICE]
    return [*head, "--object-path", PATH, "--method"]


_Done = Callable[[QProcess, "Outcome"], None]


class FreedesktopNotifications(QObject):
    """``show`` replaces the previous notification (one per pause); ``withdraw`` closes it.

    ``finished(Outcome)`` answers each ``show``; ``actionInvoked(key)`` reports a button pressed
    on the notification currently shown.
    """

    finished = Signal(object)  # Outcome
    actionInvoked = Signal(str)

    def __init__(self, gdbus: str, bound_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gdbus = gdbus
        self._bound_ms = bound_ms
        self._bus = QDBusConnection.sessionBus()
        self._capabilities: set[str] | None = None
        self._current_id = 0  # the server's id of our notification, 0: none shown
        self._sending: QProcess | None = None
        self._queued: Request | None = None  # the newest request while one is on its way
        self._withdraw_when_sent = False
        self._pending_watcher: QDBusPendingCallWatcher | None = None
        for name, slot in (
            ("ActionInvoked", "_on_action(uint,QString)"),
            ("NotificationClosed", "_on_closed(uint,uint)"),
        ):
            # The slot goes as a SLOT()-style string ("1" = slot), which the stubs do not list.
            self._bus.connect(SERVICE, PATH, INTERFACE, name, self, f"1{slot}")  # type: ignore[call-overload]
            # Some servers (dunst) send these signals only to the connection that called Notify,
            # which is the short-lived gdbus process, not us. Session buses that allow it
            # (dbus-daemon's default session policy) let us see them anyway; elsewhere the
            # signals servers broadcast (GNOME Shell, Plasma, mako, xfce4-notifyd) still come.
            rule = f"type='signal',interface='{INTERFACE}',member='{name}',eavesdrop='true'"
            add_match = QDBusMessage.createMethodCall(
                "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "AddMatch"
            )
            add_match.setArguments([rule])
            self._bus.send(add_match)  # no reply awaited: refused means broadcast signals only

    @classmethod
    def for_session(
        cls, bound_ms: int, parent: QObject | None = None
    ) -> FreedesktopNotifications | None:
        """None where this path cannot work: not Linux/BSD, no session bus, or no ``gdbus``."""
        if sys.platform in ("win32", "darwin"):
            return None
        gdbus = shutil.which("gdbus")
        if gdbus is None or not QDBusConnection.sessionBus().isConnected():
            return None
        return cls(gdbus, bound_ms, parent)

    def forwarding_likely(self) -> bool:
        """KDE Connect or GSConnect runs: notifications may show on a phone's lock screen too.
        (A question to the bus daemon itself, which answers at once even when a server hangs.)"""
        interface = self._bus.interface()
        for name in FORWARDERS:
            reply = interface.isServiceRegistered(name)
            if reply.isValid() and reply.value():
                return True
        return False

    @property
    def current_id(self) -> int:
        return self._current_id

    # -- showing -----------------------------------------------------------------------------

    def show(self, request: Request) -> None:
        self._withdraw_when_sent = False
        if self._sending is not None or self._pending_watcher is not None:
            self._queued = request  # sent with the id of the one on its way, when it answers
            return
        if self._capabilities is None:
            self._queued = request
            self._ask_capabilities()
            return
        self._send(request)

    def _ask_capabilities(self) -> None:
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "GetCapabilities")
        call: QDBusPendingCall = self._bus.asyncCall(message, self._bound_ms)
        self._pending_watcher = QDBusPendingCallWatcher(call, self)
        self._pending_watcher.finished.connect(self._on_capabilities)

    def _on_capabilities(self, watcher: QDBusPendingCallWatcher) -> None:
        self._pending_watcher = None
        reply = watcher.reply()
        watcher.deleteLater()
        request, self._queued = self._queued, None
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            timed_out = reply.errorName() == "org.freedesktop.DBus.Error.NoReply"
            self.finished.emit(Outcome.TIMED_OUT if timed_out else Outcome.FAILED)
            return
        arguments = reply.arguments()
        self._capabilities = {str(c) for c in arguments[0]} if arguments else set()
        if request is not None:
            self._send(request)

    def _send(self, request: Request) -> None:
        argv = notify_argv(
            request,
            self._current_id,
            "actions" in (self._capabilities or set()),
            max(1, self._bound_ms // 1000),
        )
        self._sending = self._run(argv, self._on_sent)

    def _on_sent(self, process: QProcess, outcome: Outcome) -> None:
        self._sending = None
        if outcome is Outcome.SHOWN:
            # gdbus prints the reply as a GVariant tuple: "(uint32 7,)"
            text = bytes(process.readAllStandardOutput().data()).decode(errors="replace")
            digits = "".join(ch for ch in text.split("uint32", 1)[-1] if ch.isdigit())
            self._current_id = int(digits) if digits else 0
        if self._withdraw_when_sent:
            self._withdraw_when_sent = False
            self.withdraw()
        self.finished.emit(outcome)
        request, self._queued = self._queued, None
        if request is not None:
            self.show(request)

    # -- withdrawing -------------------------------------------------------------------------

    def withdraw(self) -> None:
        """Close our notification (the pause was extended or ended). Never waits for an answer."""
        self._queued = None
        if self._sending is not None:
            self._withdraw_when_sent = True  # its id is not known yet
            return
        if self._current_id == 0:
            return
        argv = close_argv(self._current_id, max(1, self._bound_ms // 1000))
        self._current_id = 0
        self._run(argv, lambda _process, _outcome: None)

    # -- running gdbus -----------------------------------------------------------------------

    def _run(self, argv: list[str], done: _Done) -> QProcess:
        process = QProcess(self)
        bound = QTimer(process)
        bound.setSingleShot(True)
        answered = False

        def finish(outcome: Outcome) -> None:
            nonlocal answered
            if answered:
                return
            answered = True
            bound.stop()
            done(process, outcome)
            process.deleteLater()

        def on_finished(code: int, status: QProcess.ExitStatus) -> None:
            normal = status == QProcess.ExitStatus.NormalExit and code == 0
            finish(Outcome.SHOWN if normal else Outcome.FAILED)

        def on_timeout() -> None:
            finish(Outcome.TIMED_OUT)
            process.kill()

        process.finished.connect(on_finished)
        process.errorOccurred.connect(
            lambda error: (
                finish(Outcome.FAILED) if error == QProcess.ProcessError.FailedToStart else None
            )
        )
        bound.timeout.connect(on_timeout)
        bound.start(self._bound_ms)
        process.start(self._gdbus, argv)
        return process

    # -- signals from the server -------------------------------------------------------------

    @Slot("uint", str)
    def _on_action(self, notification_id: int, key: str) -> None:
        if notification_id and notification_id == self._current_id:
            self.actionInvoked.emit(key)

    @Slot("uint", "uint")
    def _on_closed(self, notification_id: int, _reason: int) -> None:
        if notification_id == self._current_id:
            self._current_id = 0  # dismissed or expired: the next one is a new notification
