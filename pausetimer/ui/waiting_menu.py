""" "My partner is taking a pause": the tray's way into the waiting side, in at most three clicks
(menu, this submenu, a return time), and the main window's (a button with this menu). The same
return choices as for one's own pause; once the wait starts, the guidance window opens on the
page for the one who waits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from pausetimer import APP_NAME
from pausetimer.context import AppContext
from pausetimer.core.errors import PausetimerError
from pausetimer.core.pause import Pause, ReturnSpec, Side
from pausetimer.ui import texts
from pausetimer.ui.actions import PauseActions


def menu_title() -> str:
    return QCoreApplication.translate("WaitingMenu", "&My partner is taking a pause")


class WaitingMenu(QObject):
    """The return choices as a menu (a submenu of the tray's, or a button's menu in the main
    window); ``started`` carries the new waiting pause."""

    started = Signal(Pause)

    def __init__(self, ctx: AppContext, actions: PauseActions, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actions = actions
        self._parent = parent
        self.show_messages = True
        self.menu = QMenu(menu_title(), parent)
        self.choices: list[QAction] = []

    def rebuild(self, *, enabled: bool) -> None:
        """Fresh choices (the "tonight" label follows the clock), enabled while idle."""
        self.menu.setTitle(menu_title())
        self.menu.clear()
        for action in self.choices:
            action.deleteLater()
        self.choices = []
        for choice in self._actions.quick_choices():
            action = QAction(choice.label, self)
            action.setData(choice.spec)
            action.triggered.connect(self._chosen)
            action.setEnabled(enabled)
            self.menu.addAction(action)
            self.choices.append(action)
        self.menu.setEnabled(enabled)

    def start(self, spec: ReturnSpec) -> Pause | None:
        try:
            pause, _cautions = self._ctx.service.start(spec, side=Side.WAITING)
        except PausetimerError as problem:
            if self.show_messages:
                from PySide6.QtWidgets import QMessageBox  # made when needed, not at start

                QMessageBox.information(self._parent, APP_NAME, texts.error(problem))
            return None
        self.started.emit(pause)
        return pause

    def _chosen(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and isinstance(action.data(), ReturnSpec):
            self.start(action.data())
