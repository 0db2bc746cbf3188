"""Which guidance tabs fit whose pause. During a wait, the page for the one who waits comes first
and body scan, reflection and early signals (written for the one who steps away) step aside;
after a wait its page stays, so the letter can still be finished or printed."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QTabWidget, QWidget

from pausetimer.core.pause import Pause, Side

_PAUSING_ONLY = ("body_scan", "reflect", "signals")


class WindowSide:
    def __init__(self, tabs: QTabWidget, pages: Mapping[str, QWidget]) -> None:
        self._tabs = tabs
        self._pages = pages
        self.waiting_now: bool | None = None  # None: not applied yet

    def apply(self, pause: Pause | None) -> None:
        """``pause``: the running pause, else the latest one (None: there never was one)."""
        waiting_now = pause is not None and pause.is_active and pause.side is Side.WAITING
        after_wait = pause is not None and not pause.is_active and pause.side is Side.WAITING
        self._visible("waiting", waiting_now or after_wait)
        for section in _PAUSING_ONLY:
            self._visible(section, not waiting_now)
        if waiting_now and self.waiting_now is not True:
            self._tabs.setCurrentWidget(self._pages["waiting"])  # a wait just began
        elif not self._tabs.isTabVisible(self._tabs.currentIndex()):
            self._tabs.setCurrentWidget(self._pages["breathe"])
        self.waiting_now = waiting_now

    def show_section(self, section: str) -> None:
        self._visible(section, True)  # asked for by name: e.g. "reflect" from a link
        self._tabs.setCurrentWidget(self._pages[section])

    def _visible(self, section: str, visible: bool) -> None:
        self._tabs.setTabVisible(self._tabs.indexOf(self._pages[section]), visible)
