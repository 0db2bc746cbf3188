"""The main window's words for whose pause it is: the partner's wait has its own title, detail
and "My partner is back" (ui.waiting_texts), and the way into a wait is offered while idle."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from pausetimer.core.clock import Clock
from pausetimer.core.pause import Side
from pausetimer.ui import waiting_texts
from pausetimer.ui.pause_view import PauseView, ViewState
from pausetimer.ui.waiting_menu import menu_title

if TYPE_CHECKING:
    from pausetimer.ui.main_window import MainWindow


def apply_side(window: MainWindow, view: PauseView, detail: str, clock: Clock) -> str:
    """Update the window for ``view``; returns the detail line to show."""
    active = view.state is not ViewState.IDLE
    window.waiting_menu.rebuild(enabled=not active)
    window.waiting_button.setText(menu_title())
    window.waiting_button.setVisible(not active)
    waiting = view.pause is not None and view.pause.side is Side.WAITING
    # The card speaks for the one who pauses: during the partner's pause there is none to make.
    window.card_button.setVisible(active and not waiting)
    back = QCoreApplication.translate("MainWindow", "I'm &back")
    window.back_button.setText(waiting_texts.back_label() if waiting else back)
    if not waiting:
        return detail
    title, detail = waiting_texts.main_window_texts(view, clock)
    window.state_title.setText(title)
    return detail
