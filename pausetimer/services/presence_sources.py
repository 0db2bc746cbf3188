"""Where the desktop tells whether the user is there: small adapters, asked in a fixed order.

Idle time and lock, first that answers wins: org.freedesktop.ScreenSaver (KDE, Xfce, others),
GNOME's Mutter IdleMonitor (with org.gnome.ScreenSaver for the lock), logind's IdleHint and
LockedHint for this session, and on X11 the MIT-SCREEN-SAVER extension. "In a meeting": the
focused window is full screen (X11, EWMH), or the notification server pauses its banners (dunst's
``paused``, KDE's ``Inhibited``, GNOME's ``show-banners`` off).

The calls are synchronous with a short bound and made only while a nudge waits: when it comes
due, when the desktop announces that the absence may be over (see
:mod:`pausetimer.services.presence_events`), and otherwise at the pace
:meth:`pausetimer.core.presence.NudgeGate.next_look` sets. A source that does not answer within
the bound is skipped for a while, so a hung service costs at most one bound now and then, never a
frozen tray.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

from pausetimer.core.presence import Absence, Presence
from pausetimer.services.x11_desktop import X11Desktop
from pausetimer.services.x11_input_alarm import InputAlarm

if TYPE_CHECKING:
    from pausetimer.services.presence_events import ReturnAnnouncements

CALL_BOUND_MS = 250
SKIP_AFTER_TIMEOUT_S = 60.0
# A source this desktop does not have (no such service, not GNOME) is not asked again for a while:
# while a nudge waits, each look then costs the one source that answers, not every question.
SKIP_ABSENT_S = 30.0

IdleReading = tuple[timedelta, bool]  # time since the last input, screen locked
IdleSource = Callable[[], IdleReading | None]  # None: this source cannot say


def bounded_call(
    bus: QDBusConnection, service: str, path: str, interface: str, method: str, *args: Any
) -> list[Any] | None:
    if not bus.isConnected():
        return None
    message = QDBusMessage.createMethodCall(service, path, interface, method)
    if args:
        message.setArguments(list(args))
    reply = bus.call(message, QDBus.CallMode.Block, CALL_BOUND_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        if reply.errorName() == "org.freedesktop.DBus.Error.NoReply":
            raise TimeoutError(service)
        return None
    return list(reply.arguments())


def _property(bus: QDBusConnection, service: str, path: str, interface: str, name: str) -> Any:
    answer = bounded_call(
        bus, service, path, "org.freedesktop.DBus.Properties", "Get", interface, name
    )
    if not answer:
        return None
    value = answer[0]
    return value.variant() if hasattr(value, "variant") else value


def freedesktop_screensaver(bus: QDBusConnection) -> IdleReading | None:
    service = "org.freedesktop.ScreenSaver"
    idle = bounded_call(bus, service, "/org/freedesktop/ScreenSaver", service, "GetSessionIdleTime")
    if not idle:
        return None
    active = bounded_call(bus, service, "/org/freedesktop/ScreenSaver", service, "GetActive")
    return timedelta(seconds=int(idle[0])), bool(active and active[0])


def mutter_idle_monitor(bus: QDBusConnection) -> IdleReading | None:
    service = "org.gnome.Mutter.IdleMonitor"
    idle = bounded_call(bus, service, "/org/gnome/Mutter/IdleMonitor/Core", service, "GetIdletime")
    if not idle:
        return None
    gnome = "org.gnome.ScreenSaver"
    locked = bounded_call(bus, gnome, "/org/gnome/ScreenSaver", gnome, "GetActive")
    return timedelta(milliseconds=int(idle[0])), bool(locked and locked[0])


def logind_session(bus: QDBusConnection) -> IdleReading | None:
    service, path = "org.freedesktop.login1", "/org/freedesktop/login1/session/auto"
    interface = "org.freedesktop.login1.Session"
    idle_hint = _property(bus, service, path, interface, "IdleHint")
    if idle_hint is None:
        return None
    locked = bool(_property(bus, service, path, interface, "LockedHint"))
    if not idle_hint:
        return timedelta(0), locked
    since_us = int(_property(bus, service, path, interface, "IdleSinceHint") or 0)
    if not since_us:  # idle by the desktop's own measure, since it does not say when
        return timedelta(days=1), locked
    return timedelta(seconds=max(0.0, time.time() - since_us / 1_000_000)), locked


class _X11:
    """Opens the X connections on first use only."""

    def __init__(self, display: str | None) -> None:
        self._display = display
        self._desktop: X11Desktop | None = None
        self._tried = False
        self._alarm: InputAlarm | None = None
        self._alarm_tried = False

    def input_alarm(self) -> InputAlarm | None:
        if not self._alarm_tried:
            self._alarm_tried = True
            if os.environ.get("XDG_SESSION_TYPE", "x11") != "wayland":
                self._alarm = InputAlarm.open(self._display)
        return self._alarm

    def desktop(self) -> X11Desktop | None:
        if not self._tried:
            self._tried = True
            if os.environ.get("XDG_SESSION_TYPE", "x11") != "wayland":
                self._desktop = X11Desktop.open(self._display)
        return self._desktop


def notifications_paused(bus: QDBusConnection) -> bool | None:
    """The notification server's do-not-disturb, where it says so (dunst, KDE)."""
    service, path = "org.freedesktop.Notifications", "/org/freedesktop/Notifications"
    paused = _property(bus, service, path, "org.dunstproject.cmd0", "paused")
    if paused is None:
        paused = _property(bus, service, path, service, "Inhibited")
    return None if paused is None else bool(paused)


def gnome_banners_off() -> bool | None:
    if "GNOME" not in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
        return None
    gsettings = shutil.which("gsettings")
    if gsettings is None:
        return None
    try:
        result = subprocess.run(  # a fixed argv, no shell
            [gsettings, "get", "org.gnome.desktop.notifications", "show-banners"],
            capture_output=True,
            text=True,
            timeout=CALL_BOUND_MS / 1000,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise TimeoutError("gsettings") from error
    return result.stdout.strip() == "false" if result.returncode == 0 else None


class PresenceSources:
    """Asks the sources in order and puts their answers into one :class:`Presence`."""

    def __init__(
        self,
        session: QDBusConnection | None = None,
        system: QDBusConnection | None = None,
        display: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """The session's own buses and X display unless given (the tests bring private ones)."""
        session = session if session is not None else QDBusConnection.sessionBus()
        system = system if system is not None else QDBusConnection.systemBus()
        self._session, self._system = session, system
        self._x11 = _X11(display)
        self._clock = clock
        self._announcements: ReturnAnnouncements | None = None  # built when a nudge is held
        # Which source answered the last look (their names below): what can announce a return.
        self.idle_from: str | None = None
        self.dnd_from: str | None = None
        self._skip_until: dict[str, float] = {}
        self.idle_sources: list[tuple[str, IdleSource]] = [
            ("screensaver", lambda: freedesktop_screensaver(session)),
            ("mutter", lambda: mutter_idle_monitor(session)),
            ("logind", lambda: logind_session(system)),
            ("x11", self._x11_idle),
        ]
        self.dnd_sources: list[tuple[str, Callable[[], bool | None]]] = [
            ("notification server", lambda: notifications_paused(session)),
            ("gnome banners", gnome_banners_off),
        ]

    def sample(self, away_after: timedelta | None = None) -> Presence:
        """One look. With ``away_after``, a user already away or locked is not asked about
        meetings too: the answer would not change, and a look while away stays one question."""
        self.idle_from, reading = self._first(self.idle_sources)
        self.dnd_from = None
        if reading is not None and away_after is not None:
            idle, locked = reading
            if locked or idle >= away_after:
                return Presence(idle=idle, locked=locked)
        _, fullscreen = self._first([("x11 full screen", self._x11_fullscreen)])
        self.dnd_from, dnd = self._first(self.dnd_sources)
        idle, locked = reading if reading is not None else (None, False)
        return Presence(
            idle=idle, locked=locked, fullscreen=bool(fullscreen), do_not_disturb=bool(dnd)
        )

    def _first(self, sources: list[tuple[str, Callable[[], Any]]]) -> tuple[str | None, Any]:
        """The first answer, and the name of the source that gave it."""
        now = self._clock()
        for name, source in sources:
            if self._skip_until.get(name, 0.0) > now:
                continue
            try:
                answer = source()
            except TimeoutError:
                self._skip_until[name] = now + SKIP_AFTER_TIMEOUT_S
                continue
            if answer is not None:
                return name, answer
            self._skip_until[name] = now + SKIP_ABSENT_S
        return None, None

    def announce_return(self, absence: Absence, sample: Presence, came: Callable[[], None]) -> bool:
        """Have ``came`` called when the desktop says ``absence`` (of the last ``sample``) may be
        over; whether anything here will say so (if not, the caller keeps looking)."""
        if self._announcements is None:
            from pausetimer.services.presence_events import ReturnAnnouncements

            self._announcements = ReturnAnnouncements(
                self._session, self._system, self._x11.input_alarm
            )
        heard_from = (self.idle_from, self.dnd_from)
        return self._announcements.listen(absence, sample, heard_from, came)

    def stop_announcing(self) -> None:
        if self._announcements is not None:
            self._announcements.stop()

    def _x11_idle(self) -> IdleReading | None:
        desktop = self._x11.desktop()
        return desktop.idle() if desktop is not None else None

    def _x11_fullscreen(self) -> bool | None:
        desktop = self._x11.desktop()
        return desktop.active_window_fullscreen() if desktop is not None else None
