"""The main window's "Time together": the moments still ahead (and, when asked, the past ones),
to plan, delete or put on the phone. It reloads only when a change concerns moments (or a
minute passes one).

Deleting asks first and names the moment by its day and time, so the right one goes; the Delete
key does what the button does. Every write goes through the service (``service.together``)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind
from pausetimer.core.clock import to_local
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
        # Made in the order they stand in, which is the order Tab takes.
        self.past_box = QCheckBox()  # past moments can be deleted one by one too
        self.past_box.toggled.connect(lambda *_: self.reload())
        self.phone_button = QPushButton()
        self.phone_button.clicked.connect(self._show_phone)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        # The Delete key where the eye is: on the list, as in the history's table.
        self.list.installEventFilter(self)
        self._retranslate()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.plan_button)
        row.addStretch(1)
        row.addWidget(self.past_box)
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
        self.plan_button.setText(self.tr("P&lan a moment…"))
        self.phone_button.setText(self.tr("On the pho&ne…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen moment together"))
        self.phone_button.setAccessibleName(self.tr("The chosen moment on the phone"))
        self.past_box.setText(self.tr("Sho&w past ones"))
        self.past_box.setAccessibleName(self.tr("Show the moments that have passed too"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._show(self._moments)  # "tomorrow at" in the new language
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

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
        together = self._ctx.service.together
        self._show(together.all() if self.past_box.isChecked() else together.upcoming())

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
        chosen = self.selected()
        # A past moment has no use on the phone's calendar; it can still be deleted.
        self.phone_button.setEnabled(chosen is not None and chosen.at > self._ctx.clock.now())
        self.delete_button.setEnabled(chosen is not None)

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

    def delete_selected(self) -> None:
        """Delete the chosen moment after asking, naming it by its day and time."""
        moment = self.selected()
        if moment is None or moment.id is None:
            return
        named = self.tr("Delete the moment together on %1?").replace(
            "%1", self.day_and_time(moment)
        )
        detail = self.tr("It is deleted for good, with its words. This cannot be undone.")
        if moment.at > self._ctx.clock.now():
            detail += " " + self.tr("Its reminder will not come.")
        if moment.note:
            detail = f"“{moment.note}”\n\n{detail}"
        if not self.ask(named, detail):
            return
        try:
            self._ctx.service.together.delete(moment.id)
        except PausetimerError as problem:  # gone meanwhile, or the database is busy
            self.error_label.setText(texts.error(problem))
            self.error_label.show()
            self.reload()
            return
        self.error_label.hide()
        self.list.setFocus()  # on the next moment, for the keyboard

    def day_and_time(self, moment: Moment) -> str:
        """ "Thursday 3 December 2026 at 20:00": whole, so a moment months away is not
        mistaken for one this week."""
        local = to_local(moment.at, self._ctx.clock)
        day = QLocale().toString(QDate(local.year, local.month, local.day), "dddd d MMMM yyyy")
        time_text = texts.clock_time(moment.at, self._ctx.clock)
        return self.tr("%1 at %2").replace("%1", day).replace("%2", time_text)

    def ask(self, question: str, detail: str) -> bool:
        """Yes or no, with "Keep" the default (Enter and Escape keep the moment)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete this moment together?"))
        box.setText(question)
        box.setInformativeText(detail)
        yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is yes

    def _show_phone(self) -> None:
        moment = self.selected()
        if moment is None:
            return
        from pausetimer.ui.phone_dialog import PhoneDialog  # segno: only when asked for

        dialog = PhoneDialog(self._ctx, moment, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
