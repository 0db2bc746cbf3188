"""The system tray icon and its menu: the main way into Pausetimer.

Menu, tooltip and icon refresh at once on every pause change, and while a pause is active from one
single-shot timer set to the next instant the shown minutes change. When idle no timer runs at all,
so the app does not wake up.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from pausetimer import APP_NAME
from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind
from pausetimer.core.pause import Pause, ReturnSpec, Side
from pausetimer.services.timers import set_precise
from pausetimer.ui import texts, waiting_texts
from pausetimer.ui.actions import PauseActions
from pausetimer.ui.icons import icon_key, state_icon
from pausetimer.ui.pause_view import PauseView, ViewState, until_next_minute_change, view_of
from pausetimer.ui.waiting_menu import WaitingMenu


class _TrayMenu(QMenu):
    """The tray's menu, which tells when the language changed (the tray icon itself is not a
    widget and hears nothing).

    ``changeEvent``, not an event filter: a filter receives every event of the menu in Python, and
    PySide creates every event class Qt has to wrap the first one it has no class for yet
    (measured on PySide 6.11: about 60 classes, which with the dialog classes no longer made at
    start came to about 0.9 MB resident)."""

    languageChanged = Signal()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.languageChanged.emit()


class Tray(QObject):
    showWindowRequested = Signal()
    guidanceRequested = Signal()
    helpRequested = Signal()  # the safety card with the help lines
    historyRequested = Signal()
    settingsRequested = Signal()
    quitRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.pause_actions = PauseActions(ctx)
        self._icon = QSystemTrayIcon(self)
        self._icon.activated.connect(self._activated)
        self._icon_key: object = None
        self.view: PauseView = view_of(None, ctx.clock.now())

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Precise: a coarse timer may fire up to 5 % late, showing a stale minute for seconds.
        set_precise(self._timer)
        self._timer.timeout.connect(self.refresh)

        self.menu = _TrayMenu()
        self.menu.setAccessibleName(self.tr("Pausetimer menu"))
        self.info_action = self.menu.addAction("")
        self.info_action.setEnabled(False)
        self.start_menu = self.menu.addMenu(self.tr("Take a &pause"))
        self.quick_actions: list[QAction] = []
        self.custom_action = QAction(self.tr("&Custom…"), self)
        self.custom_action.triggered.connect(self.pause_actions.open_custom)
        self.back_action = self.menu.addAction(self.tr("I'm &back"))
        self.waiting_menu = WaitingMenu(ctx, self.pause_actions, self.menu)
        self.menu.insertMenu(self.back_action, self.waiting_menu.menu)
        self.waiting_menu.started.connect(self.guidanceRequested)
        self.back_action.triggered.connect(self.pause_actions.end)
        self.extend_action = self.menu.addAction(self.tr("&Extend…"))
        self.extend_action.triggered.connect(self.pause_actions.open_extend)
        self.menu.addSeparator()
        self.guidance_action = self._signal_action(self.tr("&Guidance…"), self.guidanceRequested)
        self.help_action = self._signal_action(self.tr("Help &lines…"), self.helpRequested)
        self.history_action = self._signal_action(self.tr("&History…"), self.historyRequested)
        self.settings_action = self._signal_action(self.tr("&Settings…"), self.settingsRequested)
        self.menu.addSeparator()
        self.open_action = self._signal_action(
            self.tr("&Open Pausetimer"), self.showWindowRequested
        )
        self.quit_action = self._signal_action(self.tr("&Quit"), self.quitRequested)
        self._icon.setContextMenu(self.menu)
        # The "tonight" label depends on the time; rebuild it whenever the menu opens.
        self.menu.aboutToShow.connect(self.refresh)

        self.menu.languageChanged.connect(self._retranslate)

        ctx.events.changed.connect(self._changed)
        self.refresh()

    def _retranslate(self) -> None:
        self.menu.setAccessibleName(self.tr("Pausetimer menu"))
        self.start_menu.setTitle(self.tr("Take a &pause"))
        self.custom_action.setText(self.tr("&Custom…"))
        self.back_action.setText(self.tr("I'm &back"))
        self.extend_action.setText(self.tr("&Extend…"))
        self.guidance_action.setText(self.tr("&Guidance…"))
        self.help_action.setText(self.tr("Help &lines…"))
        self.history_action.setText(self.tr("&History…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.open_action.setText(self.tr("&Open Pausetimer"))
        self.quit_action.setText(self.tr("&Quit"))
        self._icon_key = None  # tooltip and quick choices are rebuilt by refresh
        self.refresh()

    @property
    def tray_icon(self) -> QSystemTrayIcon:
        return self._icon

    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self._icon.show()

    def point_at_itself(self) -> None:
        """After the welcome the app has no window left open: a balloon from the icon shows
        where it lives (on a StatusNotifierItem tray Qt sends it as a desktop notification)."""
        if not self.available() or not self._icon.isVisible():
            return
        self._icon.showMessage(
            self.tr("Pausetimer is here"),
            self.tr("Click this icon to take a pause; right-click it for more."),
            QSystemTrayIcon.MessageIcon.Information,
            10_000,
        )

    def renew_icon(self) -> None:
        """Make the tray icon again, for a tray that came after it.

        Qt binds each icon, when it is made, to the kind of tray there is then: a
        StatusNotifierItem host if its watcher is on the bus, else XEmbed. An icon made before a
        StatusNotifierItem panel came (at login) would stay invisible for the whole session; a new
        one registers with the panel. Menu, tooltip and state icon carry over."""
        old = self._icon
        self._icon = QSystemTrayIcon(self)
        self._icon.activated.connect(self._activated)
        self._icon.setContextMenu(self.menu)
        self._icon_key = None  # refresh gives the new icon its picture and tooltip
        self.refresh()
        if old.isVisible():
            self._icon.show()
        old.hide()
        old.deleteLater()

    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    def refresh(self) -> None:
        """Bring icon, tooltip and menu up to date with the stored pause and the clock."""
        self._apply(self._ctx.service.current())

    def _changed(self, change: Change) -> None:
        if ChangeKind.ACTIVE_PAUSE in change:
            self._apply(change.active)
        elif ChangeKind.SETTINGS in change:  # e.g. the "tonight" time in the menu
            self.refresh()

    def _apply(self, pause: Pause | None) -> None:
        clock = self._ctx.clock
        view = view_of(pause, clock.now())
        self.view = view
        status = texts.status_line(view, clock)
        active = view.state is not ViewState.IDLE

        self.info_action.setText(status)
        self.info_action.setVisible(active)
        self.back_action.setVisible(active)
        self.extend_action.setVisible(active)
        self._rebuild_start_menu(enabled=not active)
        self.waiting_menu.rebuild(enabled=not active)
        waiting = pause is not None and pause.side is Side.WAITING
        self.back_action.setText(waiting_texts.back_label() if waiting else self.tr("I'm &back"))

        tooltip = APP_NAME + "\n" + status
        self._icon.setToolTip(tooltip)
        key = icon_key(view)
        if key != self._icon_key:
            self._icon_key = key
            self._icon.setIcon(state_icon(view))

        wait = until_next_minute_change(view)
        if wait is None:
            self._timer.stop()
        else:
            # A few ms late rather than early, so the refresh lands after the minute has changed.
            self._timer.start(int(wait.total_seconds() * 1000) + 20)

    def _rebuild_start_menu(self, *, enabled: bool) -> None:
        self.start_menu.clear()
        for action in self.quick_actions:
            action.deleteLater()
        self.quick_actions = []
        for choice in self.pause_actions.quick_choices():
            action = QAction(choice.label, self)
            # Not a lambda over self: the action's connection would keep the tray alive.
            action.setData(choice.spec)
            action.triggered.connect(self._quick_choice)
            self.start_menu.addAction(action)
            self.quick_actions.append(action)
        self.start_menu.addSeparator()
        self.start_menu.addAction(self.custom_action)
        # While a pause runs, a second one cannot start: the menu offers Extend instead.
        self.start_menu.setEnabled(enabled)
        for action in (*self.quick_actions, self.custom_action):
            action.setEnabled(enabled)

    def _quick_choice(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and isinstance(action.data(), ReturnSpec):
            self.pause_actions.start(action.data())

    def _signal_action(self, text: str, signal: SignalInstance) -> QAction:
        action = self.menu.addAction(text)
        action.triggered.connect(signal)
        return action

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.showWindowRequested.emit()
