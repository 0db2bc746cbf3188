"""Which layer a window opens in, next to the always-on-top reminder.

Its own small module: the tray imports it while the app starts, and the dialogs' building blocks
(:mod:`pausetimer.ui.widgets`) would bring their widget classes along, memory a tray that shows
no window does not need.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from pausetimer.ui.wayland import on_wayland


def stack_with_on_top(window: QWidget) -> None:
    """Call before showing ``window``. While one of our always-on-top windows (the reminder) is
    showing, ``window`` joins it in the top layer; the window opened last then lies in front,
    instead of opening behind the reminder while holding the keyboard. Otherwise ``window`` is an
    ordinary window again."""
    if on_wayland():
        return  # no on-top layer there; changing the flag would only re-create the window
    from PySide6.QtCore import Qt  # not at import: see benchmarks/README.md

    on_top = Qt.WindowType.WindowStaysOnTopHint
    wanted = any(
        other is not window and other.isVisible() and bool(other.windowFlags() & on_top)
        for other in QApplication.topLevelWidgets()
    )
    if bool(window.windowFlags() & on_top) == wanted:
        return
    visible = window.isVisible()
    window.setWindowFlag(on_top, wanted)  # hides a shown window: show it again
    if visible:
        window.show()
