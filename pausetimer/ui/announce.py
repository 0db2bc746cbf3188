"""Telling assistive technology about a change the user did not cause by a key press."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> None:
    """Put ``text`` in ``widget``'s accessible description (a screen reader can read it again
    whenever it likes) and, with a screen reader listening, announce it at once."""
    widget.setAccessibleDescription(text)
    if not text or not QAccessible.isActive():
        return
    # Qt 6.8 brought announcements; before, the description above is all there is.
    from PySide6 import QtGui

    event_type = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if event_type is not None:
        QAccessible.updateAccessibility(event_type(widget, text))
