"""The X server tells us of the user's return: a SYNC alarm on its IDLETIME counter.

While the user is away, looking once a second costs a timer and an X request each time. Instead
the server is asked to send one event when the idle time falls below half a second, which only
input does; the app then sleeps until that event arrives on the connection's socket. Through
ctypes on libX11 and libXext (Debian: libx11-6, libxext6), like
:mod:`pausetimer.services.x11_desktop`, on a connection of its own.
"""

from __future__ import annotations

import ctypes
import os

from pausetimer.services.x11_desktop import load_library

_ABSOLUTE = 0
_NEGATIVE_COMPARISON = 3  # fires while the counter is below the value: idle below half a second
_ALL_ATTRIBUTES = 0b111111  # counter, value type, value, test type, delta, events
_ALARM_NOTIFY = 1  # added to the extension's event base
_RETURN_MS = 500


class _Value(ctypes.Structure):
    _fields_ = [("hi", ctypes.c_int), ("lo", ctypes.c_uint)]


class _SystemCounter(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("counter", ctypes.c_ulong), ("resolution", _Value)]


class _Trigger(ctypes.Structure):
    _fields_ = [
        ("counter", ctypes.c_ulong),
        ("value_type", ctypes.c_int),
        ("wait_value", _Value),
        ("test_type", ctypes.c_int),
    ]


class _AlarmAttributes(ctypes.Structure):
    _fields_ = [
        ("trigger", _Trigger),
        ("delta", _Value),
        ("events", ctypes.c_int),
        ("state", ctypes.c_int),
    ]


class InputAlarm:
    """``arm()`` asks for the event; ``fileno()`` becomes readable when it (or anything) comes;
    ``returned()`` reads what came and says whether the alarm was among it."""

    def __init__(self, xlib: ctypes.CDLL, xext: ctypes.CDLL, display: int, event_base: int):
        self._xlib = xlib
        self._xext = xext
        self._display = ctypes.c_void_p(display)
        self._alarm_event = event_base + _ALARM_NOTIFY
        self._counter = self._idle_counter()
        self._alarm = 0
        self._event = (ctypes.c_long * 24)()  # an XEvent: a union of 24 longs

    @classmethod
    def open(cls, display_name: str | None = None) -> InputAlarm | None:
        """None where there is no X server, no SYNC extension or no IDLETIME counter."""
        display_name = display_name or os.environ.get("DISPLAY")
        xlib, xext = load_library("X11"), load_library("Xext")
        if not display_name or xlib is None or xext is None:
            return None
        _declare(xlib, xext)
        display = xlib.XOpenDisplay(display_name.encode())
        if not display:
            return None
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        major, minor = ctypes.c_int(), ctypes.c_int()
        if not (
            xext.XSyncQueryExtension(display, ctypes.byref(event_base), ctypes.byref(error_base))
            and xext.XSyncInitialize(display, ctypes.byref(major), ctypes.byref(minor))
        ):
            xlib.XCloseDisplay(display)
            return None
        alarm = cls(xlib, xext, display, event_base.value)
        if not alarm._counter:
            alarm.close()
            return None
        return alarm

    def fileno(self) -> int:
        return int(self._xlib.XConnectionNumber(self._display))

    def arm(self) -> None:
        self.disarm()
        attributes = _AlarmAttributes()
        attributes.trigger.counter = self._counter
        attributes.trigger.value_type = _ABSOLUTE
        attributes.trigger.wait_value = _Value(0, _RETURN_MS)
        attributes.trigger.test_type = _NEGATIVE_COMPARISON
        attributes.events = 1
        self._alarm = self._xext.XSyncCreateAlarm(
            self._display, _ALL_ATTRIBUTES, ctypes.byref(attributes)
        )
        self._xlib.XFlush(self._display)

    def disarm(self) -> None:
        if self._alarm:
            self._xext.XSyncDestroyAlarm(self._display, self._alarm)
            self._xlib.XFlush(self._display)
            self._alarm = 0

    def returned(self) -> bool:
        came = False
        while self._xlib.XPending(self._display):
            self._xlib.XNextEvent(self._display, self._event)
            came = came or ctypes.cast(self._event, ctypes.POINTER(ctypes.c_int))[0] == (
                self._alarm_event
            )
        return came

    def close(self) -> None:
        self.disarm()
        self._xlib.XCloseDisplay(self._display)

    def _idle_counter(self) -> int:
        count = ctypes.c_int()
        counters = self._xext.XSyncListSystemCounters(self._display, ctypes.byref(count))
        if not counters:
            return 0
        try:
            for index in range(count.value):
                if counters[index].name == b"IDLETIME":
                    return int(counters[index].counter)
            return 0
        finally:
            self._xext.XSyncFreeSystemCounterList(counters)


def _declare(xlib: ctypes.CDLL, xext: ctypes.CDLL) -> None:
    pointer = ctypes.c_void_p
    xlib.XOpenDisplay.restype = pointer
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    for name in ("XConnectionNumber", "XPending", "XFlush", "XCloseDisplay"):
        getattr(xlib, name).argtypes = [pointer]
    xlib.XNextEvent.argtypes = [pointer, pointer]
    xext.XSyncQueryExtension.argtypes = [pointer, pointer, pointer]
    xext.XSyncInitialize.argtypes = [pointer, pointer, pointer]
    xext.XSyncListSystemCounters.restype = ctypes.POINTER(_SystemCounter)
    xext.XSyncListSystemCounters.argtypes = [pointer, pointer]
    xext.XSyncFreeSystemCounterList.argtypes = [ctypes.POINTER(_SystemCounter)]
    xext.XSyncCreateAlarm.restype = ctypes.c_ulong
    xext.XSyncCreateAlarm.argtypes = [pointer, ctypes.c_ulong, ctypes.POINTER(_AlarmAttributes)]
    xext.XSyncDestroyAlarm.argtypes = [pointer, ctypes.c_ulong]
