"""The main window, built the first time it is needed.

With a tray, most people never open the main window in a session; building it anyway made every
start slower and kept its widgets, fonts and a minute timer in memory all day. The holder stands in
for it: it forwards the window's signals, remembers what the window must know before it exists
(whether a tray is present), and builds it on the first :meth:`present`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from pausetimer.context import AppContext

if TYPE_CHECKING:
    from pausetimer.ui.main_window import MainWindow


class MainWindowHolder(QObject):
    guidanceRequested = Signal()
    historyRequested = Signal()
    settingsRequested = Signal()
    quitRequested = Signal()
    created = Signal(QWidget)  # the MainWindow, once, when it was just built

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._window: MainWindow | None = None
        self._tray_present: bool | None = None  # None: let the window ask Qt itself

    @property
    def window(self) -> MainWindow | None:
        """The window if it was built, else None."""
        return self._window

    def present(self) -> None:
        self.ensure().present()

    def refresh(self) -> None:
        if self._window is not None:
            self._window.refresh()

    def set_tray_present(self, present: bool) -> None:
        self._tray_present = present
        if self._window is not None:
            self._window.set_tray_present(present)

    def ensure(self) -> MainWindow:
        if self._window is None:
            from pausetimer.ui.main_window import MainWindow

            window = MainWindow(self._ctx)
            if self._tray_present is not None:
                window.set_tray_present(self._tray_present)
            for source, target in (
                (window.guidanceRequested, self.guidanceRequested),
                (window.historyRequested, self.historyRequested),
                (window.settingsRequested, self.settingsRequested),
                (window.quitRequested, self.quitRequested),
            ):
                source.connect(target)
            self._window = window
            self.created.emit(window)
        return self._window
