"""A small window with the current pause and every action: for desktops without a tray, and
reachable from the tray ("Open Pausetimer").

Closing hides it while a tray icon exists (the app keeps running there); without a tray, closing
it quits the app, and the status line says so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from pausetimer import APP_NAME
from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind
from pausetimer.core.pause import Pause
from pausetimer.ui import texts
from pausetimer.ui.actions import PauseActions
from pausetimer.ui.icons import app_icon, state_icon
from pausetimer.ui.main_window_side import apply_side
from pausetimer.ui.pause_view import PauseView, ViewState, until_next_minute_change, view_of
from pausetimer.ui.screen_fit import keep_on_screen
from pausetimer.ui.together_list import TogetherList
from pausetimer.ui.waiting_menu import WaitingMenu
from pausetimer.ui.waiting_menu import menu_title as waiting_menu_title

STATE_ICON_SIZE = 48


class MainWindow(QWidget):
    guidanceRequested = Signal()
    historyRequested = Signal()
    settingsRequested = Signal()
    quitRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self._ctx = ctx
        self.pause_actions = PauseActions(ctx, self)
        self._tray_present = QSystemTrayIcon.isSystemTrayAvailable()
        self.view: PauseView = view_of(None, ctx.clock.now())
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(440)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        # The partner's side: a wait for the one who comes back (see ui.waiting_menu).
        self.waiting_menu = WaitingMenu(ctx, self.pause_actions, self)
        self.waiting_menu.started.connect(self.guidanceRequested)
        self.waiting_button = QPushButton(waiting_menu_title())
        self.waiting_button.setMenu(self.waiting_menu.menu)
        layout.addWidget(self._build_start_box())
        layout.addLayout(self._build_running_row())
        self.together = TogetherList(ctx, self)  # step 9: plan time together
        layout.addWidget(self.together)
        layout.addLayout(self._build_links())
        self.footer = QLabel()
        self.footer.setWordWrap(True)
        self.footer.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        layout.addWidget(self.footer)

        # Escape hides the window, never quits: with no tray, quitting is the Quit button's job.
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.refresh)
        ctx.events.changed.connect(self._changed)
        self.refresh()

    def _build_header(self) -> QHBoxLayout:
        self.state_icon_label = QLabel()
        self.state_icon_label.setFixedSize(STATE_ICON_SIZE, STATE_ICON_SIZE)
        self.state_title = QLabel()
        self.state_title.setStyleSheet("QLabel { font-size: 130%; font-weight: bold; }")
        self.state_detail = QLabel()
        self.state_detail.setWordWrap(True)
        self.state_detail.setAccessibleName(self.tr("Current pause"))
        header = QHBoxLayout()
        header.addWidget(self.state_icon_label, 0, Qt.AlignmentFlag.AlignTop)
        texts_column = QVBoxLayout()
        texts_column.addWidget(self.state_title)
        texts_column.addWidget(self.state_detail)
        header.addLayout(texts_column, 1)
        return header

    def _build_start_box(self) -> QGroupBox:
        self.start_box = QGroupBox(self.tr("Take a pause"))
        start_grid = QGridLayout(self.start_box)
        self.quick_buttons: list[QPushButton] = []
        for index in range(4):
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, i=index: self._start_quick(i))
            start_grid.addWidget(button, index // 2, index % 2)
            self.quick_buttons.append(button)
        self.custom_button = QPushButton(self.tr("&Custom…"))
        self.custom_button.clicked.connect(self.pause_actions.open_custom)
        start_grid.addWidget(self.custom_button, 2, 0)
        start_grid.addWidget(self.waiting_button, 2, 1)  # beside it: no row of its own
        return self.start_box

    def _build_running_row(self) -> QHBoxLayout:
        self.back_button = QPushButton(self.tr("I'm &back"))
        self.back_button.setAccessibleDescription(self.tr("End the pause now"))
        self.back_button.clicked.connect(self.pause_actions.end)
        self.extend_button = QPushButton(self.tr("&Extend…"))
        self.extend_button.clicked.connect(self.pause_actions.open_extend)
        self.phone_button = QPushButton(self.tr("On my &phone…"))
        self.phone_button.setAccessibleDescription(self.tr("The return time as a QR code"))
        self.phone_button.clicked.connect(self._show_phone)
        running_row = QHBoxLayout()
        running_row.addWidget(self.back_button)
        running_row.addWidget(self.extend_button)
        running_row.addWidget(self.phone_button)
        self.card_button = QPushButton(self.tr("C&ard…"))
        self.card_button.setAccessibleDescription(self.tr("A card for your partner"))
        self.card_button.clicked.connect(self._show_card)
        running_row.addWidget(self.card_button)
        return running_row

    def _build_links(self) -> QHBoxLayout:
        self.guidance_button = QPushButton(self.tr("&Guidance…"))
        self.guidance_button.clicked.connect(self.guidanceRequested)
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.clicked.connect(self.historyRequested)
        self.settings_button = QPushButton(self.tr("&Settings…"))
        self.settings_button.clicked.connect(self.settingsRequested)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.clicked.connect(self.quitRequested)
        links = QHBoxLayout()
        for button in (self.guidance_button, self.history_button, self.settings_button):
            links.addWidget(button)
        links.addStretch(1)
        links.addWidget(self.quit_button)
        return links

    def _show_phone(self) -> None:
        pause = self._ctx.service.current()
        if pause is None:
            return
        from pausetimer.ui.phone_dialog import PhoneDialog  # segno: only when asked for

        dialog = PhoneDialog(self._ctx, pause, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _show_card(self) -> None:
        pause = self._ctx.service.current()
        if pause is not None:
            from pausetimer.ui.card_dialog import CardDialog

            dialog = CardDialog(self._ctx, pause, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Re-read the fixed texts after the language changed (dynamic ones come with refresh)."""
        self.setWindowTitle(APP_NAME)
        self.state_detail.setAccessibleName(self.tr("Current pause"))
        self.start_box.setTitle(self.tr("Take a pause"))
        self.custom_button.setText(self.tr("&Custom…"))
        self.back_button.setText(self.tr("I'm &back"))
        self.back_button.setAccessibleDescription(self.tr("End the pause now"))
        self.extend_button.setText(self.tr("&Extend…"))
        self.phone_button.setText(self.tr("On my &phone…"))
        self.phone_button.setAccessibleDescription(self.tr("The return time as a QR code"))
        self.card_button.setText(self.tr("C&ard…"))
        self.card_button.setAccessibleDescription(self.tr("A card for your partner"))
        self.guidance_button.setText(self.tr("&Guidance…"))
        self.history_button.setText(self.tr("&History…"))
        self.settings_button.setText(self.tr("&Settings…"))
        self.quit_button.setText(self.tr("&Quit"))
        self.refresh()

    def present(self) -> None:
        """Show, raise and activate (also when minimised or hidden)."""
        self.refresh()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def set_tray_present(self, present: bool) -> None:
        """Whether a tray icon keeps the app reachable; decides what closing the window does."""
        self._tray_present = present
        self.refresh()

    def refresh(self) -> None:
        self._apply(self._ctx.service.current())

    def _changed(self, change: Change) -> None:
        if ChangeKind.ACTIVE_PAUSE in change:
            self._apply(change.active)
        elif ChangeKind.SETTINGS in change:
            self.refresh()

    def _apply(self, pause: Pause | None) -> None:
        clock = self._ctx.clock
        view = view_of(pause, clock.now())
        self.view = view
        titles = {
            ViewState.IDLE: self.tr("No pause running"),
            ViewState.RUNNING: self.tr("Pausing"),
            ViewState.DUE: self.tr("Time to go back"),
            ViewState.LONG: self.tr("A long pause"),
        }
        self.state_title.setText(titles[view.state])
        if view.state is ViewState.IDLE:
            detail = self.tr(
                "When a conversation gets too tense, take an agreed pause with a time to come back."
            )
        elif view.state is ViewState.DUE:
            detail = (
                texts.status_line(view, clock)
                + "\n"
                + self.tr(
                    "Go to your partner and make the first move: a hug, a kind word, a question."
                )
            )
        elif view.state is ViewState.LONG:
            detail = (
                texts.status_line(view, clock)
                + "\n"
                + self.tr(
                    "This has become long. Consider talking about it, or asking someone for help."
                )
            )
        else:
            detail = texts.status_line(view, clock)
        self.state_detail.setText(apply_side(self, view, detail, clock))
        self.state_icon_label.setPixmap(state_icon(view).pixmap(STATE_ICON_SIZE, STATE_ICON_SIZE))

        active = view.state is not ViewState.IDLE
        choices = self.pause_actions.quick_choices()
        for button, choice in zip(self.quick_buttons, choices, strict=True):
            button.setText(choice.label)
            button.setEnabled(not active)
        self.custom_button.setEnabled(not active)
        self.start_box.setVisible(not active)
        self.back_button.setVisible(active)
        self.extend_button.setVisible(active)
        self.phone_button.setVisible(active)
        self.footer.setText(
            self.tr("Closing this window keeps Pausetimer running in the tray.")
            if self._tray_present
            else self.tr("There is no tray on this desktop: closing this window quits Pausetimer.")
        )
        wait = until_next_minute_change(view) if self.isVisible() else None
        if wait is None:
            self._timer.stop()
        else:
            self._timer.start(int(wait.total_seconds() * 1000) + 20)

    def _start_quick(self, index: int) -> None:
        choices = self.pause_actions.quick_choices()
        if index < len(choices):
            self.pause_actions.start(choices[index].spec)

    def _escape(self) -> None:
        if self._tray_present:
            self.hide()
        else:
            self.showMinimized()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # the minute timer only runs while the window is visible

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._tray_present:
            event.ignore()
            self.hide()
            return
        event.accept()
        self.quitRequested.emit()
