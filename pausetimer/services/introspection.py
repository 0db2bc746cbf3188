"""A read-only description of what the app shows right now, for the real-desktop tests.

The tests drive the real app with real clicks but cannot read text from X windows; the app's
local-socket handler answers ``{"cmd": "inspect"}`` with ``describe_visible_ui()``: the visible
top-level windows and every open menu with its actions' texts and on-screen rectangles, so a test
can find "Take a pause" in the real menu (in any language) and click it there. Nothing here changes
the UI, and nothing leaves the machine (the socket is local and private to the user).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget


def describe_visible_ui() -> dict[str, Any]:
    """``{"windows": [...], "menus": [...]}`` for the visible top-level widgets of this app."""
    windows: list[dict[str, Any]] = []
    menus: list[dict[str, Any]] = []
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible():
            continue
        if isinstance(widget, QMenu):
            menus.append(_describe_menu(widget))
        else:
            windows.append(_describe_window(widget))
    return {"windows": windows, "menus": menus}


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
        "geometry": _rect(widget.frameGeometry()),
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
                "geometry": [top_left.x(), top_left.y(), local.width(), local.height()],
            }
        )
    return {
        "title": plain_text(menu.title()),
        "object_name": menu.objectName(),
        "geometry": _rect(menu.geometry()),
        "actions": actions,
    }


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]
