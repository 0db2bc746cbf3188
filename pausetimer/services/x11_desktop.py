"""What only the X server can say: the idle time (MIT-SCREEN-SAVER) and whether the focused window
is full screen (EWMH ``_NET_WM_STATE_FULLSCREEN`` of ``_NET_ACTIVE_WINDOW``).

Through ctypes on libX11 and libXss, the client libraries every X11 desktop has (Debian: libx11-6,
libxss1): no extra Python package, no compiled module, and a plain C API that two calls reach.
Qt's xcb plugin does not expose the extension, and python-xlib does not speak it. Our own display
connection is opened once, on first use, and only on an X11 session; every call returns None when
X cannot answer, so the caller moves on to the next source.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from datetime import timedelta

_ANY_PROPERTY_TYPE = 0
_SUCCESS = 0
_SCREEN_SAVER_ON = 1


class _ScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("event_mask", ctypes.c_ulong),
    ]


def load_library(name: str) -> ctypes.CDLL | None:
    found = ctypes.util.find_library(name)
    for candidate in (found, f"lib{name}.so.1", f"lib{name}.so.6"):
        if not candidate:
            continue
        try:
            return ctypes.CDLL(candidate)
        except OSError:
            continue
    return None


class X11Desktop:
    """One connection to the X server of this session (``DISPLAY``)."""

    def __init__(self, xlib: ctypes.CDLL, xss: ctypes.CDLL | None, display: int) -> None:
        self._xlib = xlib
        self._xss = xss
        self._display = ctypes.c_void_p(display)
        self._root = xlib.XDefaultRootWindow(self._display)
        self._info = xss.XScreenSaverAllocInfo() if xss is not None else None
        self._atoms: dict[str, int] = {}

    @classmethod
    def open(cls, display_name: str | None = None) -> X11Desktop | None:
        """This session's ``DISPLAY``, or the one named."""
        display_name = display_name or os.environ.get("DISPLAY")
        if not display_name:
            return None
        xlib = load_library("X11")
        if xlib is None:
            return None
        _declare(xlib)
        display = xlib.XOpenDisplay(display_name.encode())
        if not display:
            return None
        xss = load_library("Xss")
        if xss is not None:
            xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_ScreenSaverInfo)
            xss.XScreenSaverQueryInfo.argtypes = [
                ctypes.c_void_p,
                ctypes.c_ulong,
                ctypes.POINTER(_ScreenSaverInfo),
            ]
            event, error = ctypes.c_int(), ctypes.c_int()
            query = xss.XScreenSaverQueryExtension
            query.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
            if not query(display, ctypes.byref(event), ctypes.byref(error)):
                xss = None  # a server without the extension (some nested or remote ones)
        return cls(xlib, xss, display)

    def idle(self) -> tuple[timedelta, bool] | None:
        """The time since the last input, and whether the screen saver is on."""
        if self._xss is None or not self._info:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        info = self._info.contents
        return timedelta(milliseconds=info.idle), info.state == _SCREEN_SAVER_ON

    def active_window_fullscreen(self) -> bool | None:
        """None: no EWMH window manager says which window is active."""
        active = self._property(self._root, "_NET_ACTIVE_WINDOW")
        if not active or not active[0]:
            return None
        states = self._property(active[0], "_NET_WM_STATE") or []
        return self._atom("_NET_WM_STATE_FULLSCREEN") in states

    def _atom(self, name: str) -> int:
        if name not in self._atoms:
            self._atoms[name] = self._xlib.XInternAtom(self._display, name.encode(), False)
        return self._atoms[name]

    def _property(self, window: int, name: str) -> list[int] | None:
        """A 32-bit list property (Xlib hands those out as C longs)."""
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.POINTER(ctypes.c_ulong)()
        status = self._xlib.XGetWindowProperty(
            self._display, window, self._atom(name), 0, 64, False, _ANY_PROPERTY_TYPE,
            ctypes.byref(actual_type), ctypes.byref(actual_format), ctypes.byref(count),
            ctypes.byref(after), ctypes.byref(data),
        )  # fmt: skip
        if status != _SUCCESS or not data:
            return None
        try:
            if actual_format.value != 32:
                return None
            return [data[i] for i in range(count.value)]
        finally:
            self._xlib.XFree(data)


def _declare(xlib: ctypes.CDLL) -> None:
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XDefaultRootWindow.restype = ctypes.c_ulong
    xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    xlib.XFree.argtypes = [ctypes.c_void_p]
    xlib.XGetWindowProperty.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
        ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
        ctypes.c_void_p, ctypes.c_void_p,
    ]  # fmt: skip
