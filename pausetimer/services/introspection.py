"""A read-only description of what the app shows right now, for the real-desktop tests.

The tests drive the real app with real clicks but cannot read text from X windows; the app's
local-socket handler answers ``{"cmd": "inspect"}`` with ``describe_visible_ui()``: the visible
top-level windows and every open menu with its actions' texts and on-screen rectangles, so a test
can find "Take a pause" in the real menu (in any language) and click it there. Each window lists
its visible buttons the same way. Rectangles are in the screen's own pixels, as the X server and
xdotool count them: at 200 % (``QT_SCALE_FACTOR=2``) Qt's logical pixels are half of those.
``process`` has the figures a long run (``benchmarks/soak.py``) watches from inside: the reference
counts of ``None`` and ``True`` (a leaking Qt binding drains them until CPython aborts) and the
number of Python threads. Nothing here changes the UI, and
nothing leaves the machine (the socket is local and private to the user).
"""

from __future__ import annotations

import sys
import threading
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QMessageBox, QWidget


def describe_visible_ui() -> dict[str, Any]:
    """``{"windows": [...], "menus": [...], "process": {...}}`` for the visible top-level widgets
    of this app, and the process figures described above."""
    windows: list[dict[str, Any]] = []
    menus: list[dict[str, Any]] = []
    for widget in QApplication.topLevelWidgets():
        try:
            if not widget.isVisible():
                continue
        except RuntimeError:  # PySide6 6.8 can list a widget whose C++ side is being deleted
            continue
        if isinstance(widget, QMenu):
            menus.append(_describe_menu(widget))
        else:
            windows.append(_describe_window(widget))
    return {"windows": windows, "menus": menus, "process": describe_process()}


def describe_process() -> dict[str, int]:
    return {
        "none_refcount": sys.getrefcount(None),
        "true_refcount": sys.getrefcount(True),
        "python_threads": threading.active_count(),
    }


def plain_text(text: str) -> str:
    """An action's text as the user reads it: mnemonic markers removed ("&&" stays "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _describe_window(widget: QWidget) -> dict[str, Any]:
    # A message box's words, so a test can read a notice or question the app shows.
    text = (
        f"{widget.text()}\n{widget.informativeText()}".strip()
        if isinstance(widget, QMessageBox)
        else None
    )
    return {
        "title": widget.windowTitle(),
        "text": text,
        "class": type(widget).__name__,
        "object_name": widget.objectName(),
        "active": widget.isActiveWindow(),
        "geometry": _rect(widget.frameGeometry(), widget),
        "buttons": [
            {
                "text": plain_text(button.text()),
                "enabled": button.isEnabled(),
                "geometry": _global_rect(button),
            }
            for button in widget.findChildren(QAbstractButton)
            if button.isVisible()
        ],
    }


def _describe_menu(menu: QMenu) -> dict[str, Any]:
    actions = []
    for action in menu.actions():
        if not action.isVisible():
            continue
        local = menu.actionGeometry(action)
        top_left = menu.mapToGlobal(local.topLeft())
        actions.append(
            {
                "text": plain_text(action.text()),
                "separator": action.isSeparator(),
                "enabled": action.isEnabled(),
                "checked": action.isChecked() if action.isCheckable() else None,
                "submenu": action.menu() is not None,
                "geometry": _scaled(
                    [top_left.x(), top_left.y(), local.width(), local.height()], menu
                ),
            }
        )
    return {
        "title": plain_text(menu.title()),
        "object_name": menu.objectName(),
        "geometry": _rect(menu.geometry(), menu),
        "actions": actions,
    }


def _global_rect(widget: QWidget) -> list[int]:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return _scaled([top_left.x(), top_left.y(), widget.width(), widget.height()], widget)


def _rect(rect: QRect, widget: QWidget) -> list[int]:
    return _scaled([rect.x(), rect.y(), rect.width(), rect.height()], widget)


def _scaled(rect: list[int], widget: QWidget) -> list[int]:
    """Logical pixels to the screen's pixels (one screen at the origin, as on the test desktop)."""
    ratio = widget.devicePixelRatioF()
    return [round(value * ratio) for value in rect]
