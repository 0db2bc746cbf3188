"""One notification per pause on org.freedesktop.Notifications: replaced, then withdrawn.

Why not only QtDBus: PySide6 (6.11 and 6.12, measured) cannot put a D-Bus ``uint32`` into a method
call. A Python int goes out as ``int32`` (``QDBusArgument << int`` picks ``uint16``), and the
servers check the signature strictly: dunst answers Notify with "Type of message (sisssasa{sv}i)
does not match expected type (susssasa{sv}i)". Notify and CloseNotification (the two calls that
carry an id) therefore go through ``gdbus call`` in a QProcess: the arguments are passed as argv
(no shell) and written as GVariant text literals, so quotes and apostrophes arrive intact.
QtDBus is used for what only needs reading: the NotificationClosed signal and the bus's list of
names.

Action buttons need the server's ActionInvoked signal, and dunst (measured, 1.9) sends it only to
the connection that called Notify: a gdbus process that has already exited. So where jeepney can
open a connection of our own (:mod:`pausetimer.services.own_bus`), Notify goes through that one,
with the buttons where the server lists the "actions" capability; gdbus stays the path without it,
and then there are no buttons (ones that do nothing would be worse than none). CloseNotification
needs no answer and stays with gdbus. (QDBusInterface's typed call would marshal a ``uint``, but it
refuses Notify: dunst's introspection leaves ``a{sv}`` without a Qt type name.)

Everything is asynchronous and bounded: a call that has not answered within the bound counts as
failed and its process is killed, so a hung server never blocks the UI thread.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection

from pausetimer.services.notify_calls import (
    FORWARDERS,
    INTERFACE,
    PATH,
    SERVICE,
    Outcome,
    Request,
    Urgency,
    close_argv,
    gvariant_string,
    notify_arguments,
    notify_argv,
)

if TYPE_CHECKING:
    from pausetimer.services.own_bus import OwnBus

__all__ = ["FreedesktopNotifications", "Outcome", "Request", "Urgency", "gvariant_string"]

_Done = Callable[[QProcess, "Outcome"], None]


class FreedesktopNotifications(QObject):
    """``show`` replaces the previous notification (one per pause); ``withdraw`` closes it.

    ``finished(Outcome)`` answers each ``show``.
    """

    # An Outcome, which has no Qt type: it passes as a Python object, so that the receiver gets
    # the member itself (it compares with `is`), not a string or number to map back.
    finished = Signal(object)
    actionInvoked = Signal(str)  # the key of the button chosen on our notification

    def __init__(
        self,
        gdbus: str,
        bound_ms: int,
        parent: QObject | None = None,
        own_bus: OwnBus | None = None,
    ) -> None:
        super().__init__(parent)
        self._own = own_bus
        self._own_serial = 0  # the Notify on its way through the own connection
        self._capabilities: frozenset[str] | None = None  # None: not known yet
        self._own_bound = QTimer(self)
        self._own_bound.setSingleShot(True)
        self._own_bound.timeout.connect(self._own_timed_out)
        if own_bus is not None:
            own_bus.replied.connect(self._own_replied)
            own_bus.actionInvoked.connect(self._on_action)
            own_bus.closed.connect(lambda notification_id: self._on_closed(notification_id, 0))
            self._own_serial = own_bus.call("GetCapabilities")  # known before the due nudge
            self._own_bound.start(bound_ms)
        self._gdbus = gdbus
        self._bound_ms = bound_ms
        self._bus = QDBusConnection.sessionBus()
        self._current_id = 0  # the server's id of our notification, 0: none shown
        self._sending: object | None = None  # the gdbus QProcess, or True for the own bus
        self._queued: Request | None = None  # the newest request while one is on its way
        self._withdraw_when_sent = False
        # Servers that broadcast it tell us when the user dismissed ours: the next one is new.
        # The slot goes as a SLOT()-style string ("1" = slot), which the stubs do not list.
        self._bus.connect(  # type: ignore[call-overload]
            SERVICE, PATH, INTERFACE, "NotificationClosed", self, "1_on_closed(uint,uint)"
        )

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
        from pausetimer.services.own_bus import OwnBus

        own = OwnBus.open()
        sender = cls(gdbus, bound_ms, parent, own)
        if own is not None:
            own.setParent(sender)
        return sender

    def forwarding_likely(self) -> bool:
        """KDE Connect or GSConnect runs: notifications may show on a phone's lock screen too.
        (A question to the bus daemon itself, which answers at once even when a server hangs.)"""
        interface = self._bus.interface()
        for name in FORWARDERS:
            reply = interface.isServiceRegistered(name)
            if reply.isValid() and reply.value():
                return True
        return False

    # -- showing -----------------------------------------------------------------------------

    def show(self, request: Request) -> None:
        self._withdraw_when_sent = False
        if self._sending is not None or (self._own is not None and self._capabilities is None):
            self._queued = request  # sent with the id of the one on its way, when it answers
            return
        self._send(request)

    def _send(self, request: Request) -> None:
        if self._own is not None:
            actions = request.actions if "actions" in (self._capabilities or ()) else ()
            self._own_serial = self._own.notify(
                notify_arguments(request, self._current_id, actions)
            )
            self._sending = True
            self._own_bound.start(self._bound_ms)
            return
        argv = notify_argv(request, self._current_id, max(1, self._bound_ms // 1000))
        self._sending = self._run(argv, self._on_sent)

    def _on_sent(self, process: QProcess, outcome: Outcome) -> None:
        notification_id = 0
        if outcome is Outcome.SHOWN:
            # gdbus prints the reply as a GVariant tuple: "(uint32 7,)"
            text = bytes(process.readAllStandardOutput().data()).decode(errors="replace")
            digits = "".join(ch for ch in text.split("uint32", 1)[-1] if ch.isdigit())
            notification_id = int(digits) if digits else 0
        self._sent(outcome, notification_id)

    def _own_replied(self, serial: int, answer: object) -> None:
        if serial != self._own_serial:
            return
        self._own_bound.stop()
        if self._capabilities is None:
            self._capabilities = frozenset(answer) if isinstance(answer, list) else frozenset()
            self._send_queued()
            return
        if isinstance(answer, int):
            self._sent(Outcome.SHOWN, answer)
        else:
            self._sent(Outcome.FAILED, 0)

    def _own_timed_out(self) -> None:
        assert self._own is not None
        self._own.forget(self._own_serial)
        if self._capabilities is None:  # a hung server: its Notify will time out in turn
            self._capabilities = frozenset()
            self._send_queued()
            return
        self._sent(Outcome.TIMED_OUT, 0)

    def _on_action(self, notification_id: int, key: str) -> None:
        if notification_id == self._current_id and notification_id != 0:
            self.actionInvoked.emit(key)

    def _send_queued(self) -> None:
        request, self._queued = self._queued, None
        if request is not None:
            self.show(request)

    def _sent(self, outcome: Outcome, notification_id: int) -> None:
        self._sending = None
        if outcome is Outcome.SHOWN:
            self._current_id = notification_id
        if self._withdraw_when_sent:
            self._withdraw_when_sent = False
            self.withdraw()
        self.finished.emit(outcome)
        self._send_queued()

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
            if process.state() == QProcess.ProcessState.NotRunning:
                process.deleteLater()
            else:  # killed, not yet reaped: deleting a running QProcess blocks and warns
                process.finished.connect(process.deleteLater)

        def on_finished(code: int, status: QProcess.ExitStatus) -> None:
            normal = status == QProcess.ExitStatus.NormalExit and code == 0
            finish(Outcome.SHOWN if normal else Outcome.FAILED)

        def on_timeout() -> None:
            process.kill()  # before it is let go: Qt warns about a deleted, running process
            finish(Outcome.TIMED_OUT)

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

    @Slot("uint", "uint")
    def _on_closed(self, notification_id: int, _reason: int) -> None:
        if notification_id == self._current_id:
            self._current_id = 0  # dismissed or expired: the next one is a new notification
