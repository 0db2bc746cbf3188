"""The main window's "Time together": the moments still ahead, to plan, delete or put on the
phone. It reloads only when a change concerns moments (or a minute passes one)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind
from pausetimer.core.errors import PausetimerError
from pausetimer.core.together import Moment
from pausetimer.ui import texts

# A moment that has come leaves the list within this time even when nothing else changes.
REFRESH_MS = 60_000
MAX_ROWS_SHOWN = 4


class TogetherList(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.dialog: QWidget | None = None
        self.empty_label = QLabel()
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.plan_button = QPushButton()
        self.plan_button.clicked.connect(self.open_plan)
        self.phone_button = QPushButton()
        self.phone_button.clicked.connect(self._show_phone)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._delete)
        self._retranslate()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.plan_button)
        row.addStretch(1)
        row.addWidget(self.phone_button)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list)
        layout.addWidget(self.error_label)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.reload)  # runs only while shown
        self._moments: list[Moment] = []
        ctx.events.changed.connect(self._changed)
        self.reload()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Time together"))
        self.empty_label.setText(self.tr("Nothing planned yet."))
        self.list.setAccessibleName(self.tr("Planned moments together"))
        self.plan_button.setText(self.tr("Plan a &moment…"))
        self.phone_button.setText(self.tr("On the pho&ne…"))
        self.delete_button.setText(self.tr("&Delete"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._show(self._moments)  # "tomorrow at" in the new language
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._timer.start()
        self.reload()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def _changed(self, change: Change) -> None:
        if ChangeKind.TOGETHER in change:
            self.reload()

    def reload(self) -> None:
        self._show(self._ctx.service.together.upcoming())

    def _show(self, moments: list[Moment]) -> None:
        self._moments = moments
        selected = self.selected()
        self.list.clear()
        for moment in moments:
            text = texts.when(moment.at, self._ctx.clock)
            item = QListWidgetItem(f"{text} · {moment.note}" if moment.note else text)
            item.setData(Qt.ItemDataRole.UserRole, moment)
            self.list.addItem(item)
            if selected is not None and moment.id == selected.id:
                self.list.setCurrentItem(item)
        if moments and self.list.currentItem() is None:
            self.list.setCurrentRow(0)
        shown = min(len(moments), MAX_ROWS_SHOWN)
        self.list.setFixedHeight(max(shown, 1) * self.list.sizeHintForRow(0) + 6 if shown else 0)
        self.list.setVisible(bool(moments))
        self.empty_label.setVisible(not moments)
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.phone_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def selected(self) -> Moment | None:
        item = self.list.currentItem()
        moment = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return moment if isinstance(moment, Moment) else None

    def open_plan(self) -> None:
        from pausetimer.ui.together_dialog import TogetherDialog

        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        dialog = TogetherDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.show()

    def _delete(self) -> None:
        moment = self.selected()
        if moment is None or moment.id is None:
            return
        try:
            self._ctx.service.together.delete(moment.id)
        except PausetimerError as problem:  # gone meanwhile, or the database is busy
            self.error_label.setText(texts.error(problem))
            self.error_label.show()
            self.reload()
            return
        self.error_label.hide()

    def _show_phone(self) -> None:
        moment = self.selected()
        if moment is None:
            return
        from pausetimer.ui.phone_dialog import PhoneDialog  # segno: only when asked for

        dialog = PhoneDialog(self._ctx, moment, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
