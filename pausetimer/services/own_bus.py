"""Notify over a session-bus connection of our own, so that the server's answers come back to us.

Action buttons need it: dunst (measured, 1.9) sends ActionInvoked only to the connection that
called Notify, and PySide6 cannot send Notify itself (its ``uint32`` replaces_id goes out as
``int32``; see :mod:`pausetimer.services.freedesktop_notifications`). jeepney, a small pure-Python
D-Bus library without dependencies, writes the message with the exact signature; its socket is
watched by a QSocketNotifier, so nothing blocks or runs in another thread. Only connecting (a
local socket, authentication and ``Hello``) is synchronous, bounded by jeepney's one-second
authentication timeout, and done once, when the first notification goes out.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

if TYPE_CHECKING:
    from jeepney.io.blocking import DBusConnection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"

_log = logging.getLogger(__name__)


class OwnBus(QObject):
    """``notify`` returns a serial; ``replied(serial, id or None)`` answers it. The server's
    ``ActionInvoked`` and ``NotificationClosed`` come as signals."""

    replied = Signal(int, object)  # serial of the call, the notification's id (None: an error)
    actionInvoked = Signal(int, str)  # notification id, action key
    closed = Signal(int)  # notification id

    def __init__(self, connection: DBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._connection = connection
        self._notifier = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        self._pending: set[int] = set()

    @classmethod
    def open(cls, parent: QObject | None = None) -> OwnBus | None:
        """None where jeepney is missing or the session bus cannot be reached."""
        try:
            from jeepney import MatchRule, message_bus
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:
            return None
        try:
            connection = open_dbus_connection(bus="SESSION")
            for member in ("ActionInvoked", "NotificationClosed"):  # servers that broadcast
                rule = MatchRule(type="signal", interface=SERVICE, member=member, path=PATH)
                connection.send(message_bus.AddMatch(rule))
        except (OSError, ValueError, KeyError, RuntimeError) as error:
            _log.info("No own session-bus connection for notifications: %r", error)
            return None
        return cls(connection, parent)

    def notify(self, arguments: tuple[Any, ...]) -> int:
        """Send Notify with ``(app_name, replaces_id, icon, summary, body, actions, hints,
        expire_timeout)``; hints are ``{name: (signature, value)}``."""
        return self.call("Notify", "susssasa{sv}i", arguments)

    def call(
        self, method: str, signature: str | None = None, arguments: tuple[Any, ...] = ()
    ) -> int:
        """Call a method of the notification server; ``replied`` brings its first value."""
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        message = new_method_call(address, method, signature, arguments)
        serial = int(next(self._connection.outgoing_serial))  # the connection's own numbering
        self._connection.send(message, serial=serial)
        self._pending.add(serial)
        return serial

    def forget(self, serial: int) -> None:
        """The caller stopped waiting (its bound passed): a late answer is dropped."""
        self._pending.discard(serial)

    def close(self) -> None:
        self._notifier.setEnabled(False)
        self._connection.close()

    def _read(self) -> None:
        from jeepney.low_level import HeaderFields, MessageType

        while True:
            try:
                message = self._connection.receive(timeout=0)
            except TimeoutError:
                return
            except (OSError, ValueError) as error:  # the bus went away
                _log.warning("The own session-bus connection broke: %r", error)
                self._notifier.setEnabled(False)
                return
            header = message.header
            fields = header.fields
            if header.message_type is MessageType.method_return:
                first = message.body[0] if message.body else None  # AddMatch answers nothing
                self._answer(fields.get(HeaderFields.reply_serial), first)
            elif header.message_type is MessageType.error:
                self._answer(fields.get(HeaderFields.reply_serial), None)
            elif header.message_type is MessageType.signal:
                self._signal(fields.get(HeaderFields.member), message.body)

    def _answer(self, serial: int | None, notification_id: int | None) -> None:
        if serial in self._pending:
            self._pending.discard(serial)
            self.replied.emit(serial, notification_id)

    def _signal(self, member: str | None, body: tuple[Any, ...]) -> None:
        if member == "ActionInvoked" and len(body) == 2:
            self.actionInvoked.emit(int(body[0]), str(body[1]))
        elif member == "NotificationClosed" and body:
            self.closed.emit(int(body[0]))
