"""One pause in full: when, how the return went, its reflections, and its note (editable)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pausetimer.core.clock import Clock
from pausetimer.core.pause import Pause, Side
from pausetimer.core.waiting_guidance import LETTER_KEY
from pausetimer.ui.history.calm_text import calm_summary
from pausetimer.ui.history.formatting import NOTHING, date_text, duration_text, moment_text


class PauseDetails(QWidget):
    noteSaved = Signal(int, str)  # pause id, new note
    deleteRequested = Signal(int)  # pause id

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._pause_id: int | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setWordWrap(True)  # the panel may be narrow; it scrolls only up and down
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(QCoreApplication.translate("History", "Note"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            QCoreApplication.translate("History", "What was going on, what helped")
        )
        self.note.textChanged.connect(self._note_edited)
        note_label = QLabel(QCoreApplication.translate("History", "&Note"))
        note_label.setBuddy(self.note)
        self.save_note = QPushButton(QCoreApplication.translate("History", "&Save note"))
        self.save_note.setEnabled(False)
        self.save_note.clicked.connect(self._save_note)
        self.return_note = QLabel()
        self.return_note.setWordWrap(True)
        self.reflections = QLabel()
        self.reflections.setWordWrap(True)
        self.noticed = QLabel(NOTHING)  # the early signals ticked with the pause
        self.noticed.setWordWrap(True)
        self.delete = QPushButton(QCoreApplication.translate("History", "&Delete this pause…"))
        self.delete.clicked.connect(self._delete)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("History", "How the return went:"), self.return_note)
        form.addRow(QCoreApplication.translate("History", "Reflections:"), self.reflections)
        form.addRow(QCoreApplication.translate("History", "Noticed:"), self.noticed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_note)
        buttons.addStretch(1)
        buttons.addWidget(self.delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(note_label)
        layout.addWidget(self.note, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.show_pause(None, {})

    @property
    def pause_id(self) -> int | None:
        return self._pause_id

    def show_pause(self, pause: Pause | None, reflections: dict[str, str]) -> None:
        self._pause_id = pause.id if pause else None
        self.noticed.setText(NOTHING)  # the window adds the pause's signals
        for widget in (self.note, self.delete):
            widget.setEnabled(pause is not None)
        if pause is None:
            self.title.setText(
                QCoreApplication.translate(
                    "History", "Select a pause to see its note and reflections."
                )
            )
            self.summary.clear()
            self.note.setPlainText("")
            self.return_note.setText(NOTHING)
            self.reflections.setText(NOTHING)
            self.save_note.setEnabled(False)
            return
        self.title.setText(date_text(pause.started_at.astimezone(self._clock.local_zone())))
        self.summary.setText(self._summary(pause))
        self.note.setPlainText(pause.note)
        self.save_note.setEnabled(False)
        self.delete.setEnabled(pause.ended_at is not None)
        self.delete.setToolTip(
            ""
            if pause.ended_at
            else QCoreApplication.translate("History", "End the pause before deleting it.")
        )
        self.return_note.setText(pause.return_note or NOTHING)
        letter = QCoreApplication.translate("History", "Letter")
        self.reflections.setText(
            "\n\n".join(
                f"{letter if prompt == LETTER_KEY else prompt}: {answer}"
                for prompt, answer in reflections.items()
            )
            or NOTHING
        )

    def show_signals(self, lines: list[str]) -> None:
        self.noticed.setText("\n".join(lines) or NOTHING)

    def _summary(self, pause: Pause) -> str:
        start = int(pause.started_at.timestamp())

        def at(moment: datetime) -> str:
            return moment_text(int(moment.timestamp()), self._clock, same_day_as=start)

        lines = [
            QCoreApplication.translate("History", "Started %1, agreed to be back %2.")
            .replace("%1", at(pause.started_at))
            .replace("%2", at(pause.return_at))
        ]
        if pause.nudge_seen_at is not None:
            # Told apart from the return: the reminder may have waited while no one was there.
            lines.append(
                QCoreApplication.translate("History", "Reminder seen at %1.").replace(
                    "%1", at(pause.nudge_seen_at)
                )
            )
        if pause.extensions:
            count = len(pause.extensions)  # a plain name: older lupdate skips an expression here
            lines.append(QCoreApplication.translate("History", "Extended %n time(s).", "", count))
        if pause.ended_at is not None:
            lines.append(
                QCoreApplication.translate("History", "Back %1, after %2.")
                .replace("%1", at(pause.ended_at))
                .replace("%2", duration_text((pause.ended_at - pause.started_at).total_seconds()))
            )
        else:
            lines.append(QCoreApplication.translate("History", "This pause is still running."))
        if pause.side is Side.WAITING:
            lines.append(QCoreApplication.translate("History", "Your partner's pause: you waited."))
        else:
            lines.append(
                QCoreApplication.translate("History", "Announced to your partner.")
                if pause.announced
                else QCoreApplication.translate("History", "Not announced.")
            )
        calm = calm_summary(pause.calm_start, pause.calm_end)
        return " ".join(lines) + (f"\n\n{calm}" if calm else "")

    def _note_edited(self) -> None:
        self.save_note.setEnabled(self._pause_id is not None)

    def _save_note(self) -> None:
        if self._pause_id is not None:
            self.noteSaved.emit(self._pause_id, self.note.toPlainText())
            self.save_note.setEnabled(False)

    def _delete(self) -> None:
        if self._pause_id is not None:
            self.deleteRequested.emit(self._pause_id)
