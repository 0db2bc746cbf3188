"""The desktop's own word that an absence may be over, so a held nudge can sleep until then.

Asking the desktop once a second costs a wake-up and a few context switches each time, for as
long as a meeting or a lock lasts. Where the desktop announces the change, the held nudge waits for
that instead: the X server's input alarm (:mod:`pausetimer.services.x11_input_alarm`), GNOME's
Mutter user-active watch or logind's ``PropertiesChanged`` (``IdleHint``) when away; the screen
saver's ``ActiveChanged`` or logind's ``PropertiesChanged`` (``LockedHint``) when locked; the
notification server's ``PropertiesChanged`` (dunst's ``paused``, KDE's ``Inhibited``) when it
pauses its banners. Only the source that answered the last look is listened to: a signal from a
service this desktop does not run would never come. An announcement only wakes the caller, which
looks again and lets the gate decide; a full-screen window or GNOME's banners setting announce
nothing, so those are looked at instead.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SLOT, QObject, QSocketNotifier, QTimer, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from pausetimer.core.presence import Absence, Presence
from pausetimer.services.presence_sources import bounded_call
from pausetimer.services.x11_input_alarm import InputAlarm

_PROPERTIES = "org.freedesktop.DBus.Properties"
_MUTTER = "org.gnome.Mutter.IdleMonitor"
_MUTTER_PATH = "/org/gnome/Mutter/IdleMonitor/Core"
_NOTIFICATIONS = "org.freedesktop.Notifications"

# (bus: "session" or "system", service, path ("" for any), interface, member): a signal to hear.
Subscription = tuple[str, str, str, str, str]

# The lock's end, by the idle source that reported the lock.
_LOCK_SIGNALS: dict[str, Subscription] = {
    "screensaver": (
        "session", "org.freedesktop.ScreenSaver", "", "org.freedesktop.ScreenSaver",
        "ActiveChanged",
    ),
    "mutter": ("session", "org.gnome.ScreenSaver", "", "org.gnome.ScreenSaver", "ActiveChanged"),
    # logind sends it on the session's real path, not on ".../session/auto" that we ask.
    "logind": ("system", "org.freedesktop.login1", "", _PROPERTIES, "PropertiesChanged"),
}  # fmt: skip
_DND_SIGNAL: Subscription = (
    "session", _NOTIFICATIONS, "/org/freedesktop/Notifications", _PROPERTIES, "PropertiesChanged"
)  # fmt: skip
_WATCH_FIRED: Subscription = ("session", _MUTTER, _MUTTER_PATH, _MUTTER, "WatchFired")
# Of the PropertiesChanged signals, only these interfaces' say anything about presence (the
# system bus carries every user's and seat's changes too).
_PRESENCE_INTERFACES = frozenset(
    {"org.freedesktop.login1.Session", "org.dunstproject.cmd0", _NOTIFICATIONS}
)
# Qt's own form of a slot's name. The type stubs ask for bytes; the binding takes only this str.
_SLOT: Any = SLOT("announced(QDBusMessage)")


class ReturnAnnouncements(QObject):
    """Listens for one absence's end at a time; :meth:`stop` before the next."""

    def __init__(
        self,
        session: QDBusConnection,
        system: QDBusConnection,
        input_alarm: Callable[[], InputAlarm | None],
    ) -> None:
        super().__init__()
        self._buses = {"session": session, "system": system}
        self._input_alarm = input_alarm
        self._came: Callable[[], None] | None = None
        self._heard: list[Subscription] = []
        self._mutter_watch: int | None = None  # the user-active watch, until it fires
        self._input: QSocketNotifier | None = None  # the input alarm's socket, while armed

    def listen(
        self,
        absence: Absence,
        sample: Presence,
        heard_from: tuple[str | None, str | None],
        came: Callable[[], None],
    ) -> bool:
        """Call ``came`` (soon after, from the event loop) when ``absence`` may have ended;
        whether anything will. ``heard_from``: the idle and do-not-disturb sources that answered
        the look that gave ``sample``."""
        self.stop()
        self._came = came
        idle_from, dnd_from = heard_from
        if absence is Absence.MEETING:
            if sample.fullscreen or dnd_from != "notification server":
                return False  # a full-screen window or GNOME's banners: nothing announces them
            return self._hear(_DND_SIGNAL)
        if idle_from == "x11":  # locked by the X screen saver too: only input ends it
            return self._arm_input_alarm()
        if absence is Absence.AWAY and idle_from == "mutter":
            return self._watch_mutter()
        if absence is Absence.AWAY and idle_from != "logind":  # its IdleHint turns false: said
            return False  # KDE's idle time has no signal for the first input
        subscription = _LOCK_SIGNALS.get(idle_from or "")
        return subscription is not None and self._hear(subscription)

    def stop(self) -> None:
        self._came = None
        for bus, service, path, interface, member in self._heard:
            self._buses[bus].disconnect(service, path, interface, member, self, _SLOT)
        self._heard = []
        if self._mutter_watch is not None:
            watch, self._mutter_watch = self._mutter_watch, None
            # A hung Mutter: the watch fires once, to nobody listening.
            with contextlib.suppress(TimeoutError):
                bounded_call(self._buses["session"], _MUTTER, _MUTTER_PATH, _MUTTER,
                             "RemoveWatch", watch)  # fmt: skip
        if self._input is not None and self._input.isEnabled():
            self._input.setEnabled(False)
            alarm = self._input_alarm()
            if alarm is not None:
                alarm.disarm()

    def _hear(self, subscription: Subscription) -> bool:
        bus, service, path, interface, member = subscription
        if not self._buses[bus].connect(service, path, interface, member, self, _SLOT):
            return False
        self._heard.append(subscription)
        return True

    def _watch_mutter(self) -> bool:
        """GNOME (also on Wayland) fires a user-active watch at the first input."""
        if not self._hear(_WATCH_FIRED):
            return False
        try:
            answer = bounded_call(self._buses["session"], _MUTTER, _MUTTER_PATH, _MUTTER,
                                  "AddUserActiveWatch")  # fmt: skip
        except TimeoutError:
            answer = None
        if not answer:
            self.stop()
            return False
        self._mutter_watch = int(answer[0])
        return True

    def _arm_input_alarm(self) -> bool:
        alarm = self._input_alarm()
        if alarm is None:
            return False
        alarm.arm()
        if self._input is None:
            self._input = QSocketNotifier(alarm.fileno(), QSocketNotifier.Type.Read, self)
            self._input.activated.connect(self._input_came)
        self._input.setEnabled(True)
        return True

    def _input_came(self) -> None:
        alarm = self._input_alarm()
        if alarm is not None:
            alarm.returned()  # read what came, so the socket is quiet again
        self._wake()

    @Slot(QDBusMessage)
    def announced(self, message: QDBusMessage) -> None:
        if message.member() == "PropertiesChanged":
            arguments = message.arguments()
            if not arguments or arguments[0] not in _PRESENCE_INTERFACES:
                return
        elif message.member() == "WatchFired":
            if not message.arguments() or message.arguments()[0] != self._mutter_watch:
                return
            self._mutter_watch = None  # a user-active watch fires once and is gone
        self._wake()

    def _wake(self) -> None:
        if self._came is not None:
            # From the event loop, not from inside this delivery: the caller stops and starts
            # listening again, which changes the subscriptions being delivered.
            QTimer.singleShot(0, self._came)
