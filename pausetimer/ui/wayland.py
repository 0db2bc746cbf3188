"""What Wayland does not let an app do, and what the app does instead.

A Wayland compositor decides stacking and focus alone: a window cannot keep itself above others
(Qt ignores ``WindowStaysOnTopHint`` there) nor raise itself. The reminder therefore asks the
compositor for attention (an urgency hint: a highlighted window or workspace) on top of the
desktop notification, and windows opened while it shows need no stacking tricks, since the
compositor places the newest in front anyway.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget


def on_wayland() -> bool:
    return QGuiApplication.platformName().startswith("wayland")


def ask_for_attention(window: QWidget) -> None:
    """Where a window cannot hold itself on top, have the compositor point the user at it."""
    if on_wayland():
        QApplication.alert(window)
