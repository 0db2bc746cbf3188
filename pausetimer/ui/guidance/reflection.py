"""Reflection prompts whose answers autosave into the pause's record, and the two plain cards
("during the pause", safety).

Answers belong to the running pause, or to the most recent one when none runs (reflecting after
coming back is fine); a line above the prompts says which pause that is, so answers written
between pauses do not land on an old pause unseen. They are written shortly after typing stops,
when the panel hides, and when the app quits, each write one SQLite transaction: a crash loses at
most the last second of typing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind
from pausetimer.core.errors import PausetimerError
from pausetimer.core.guidance_model import Card, Reflection
from pausetimer.core.pause import Pause
from pausetimer.ui import texts
from pausetimer.ui.guidance.signals import SignalsPicker
from pausetimer.ui.guidance.support import wrapped_label

AUTOSAVE_DELAY_MS = 700


class CardView(QFrame):
    """A titled card: paragraphs, then a short list."""

    def __init__(self, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        title = QLabel(card.title)
        title.setProperty("role", "heading")
        layout.addWidget(title)
        for paragraph in card.paragraphs:
            layout.addWidget(wrapped_label(paragraph))
        for item in card.items:
            layout.addWidget(wrapped_label(f"•  {item}"))


class ReflectionPanel(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        reflection: Reflection,
        during: Card,
        signals: SignalsPicker,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.signals = signals
        self._reflection = reflection
        self._pause_id: int | None = None
        self._dirty: set[str] = set()
        self._loading = False
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_now)
        self.editors: dict[str, QPlainTextEdit] = {}
        self._build(during)
        ctx.events.changed.connect(self._changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_now)
        self._load(ctx.service.latest_pause())

    def _build(self, during: Card) -> None:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(CardView(during))
        layout.addSpacing(8)
        layout.addWidget(wrapped_label(self._reflection.intro, role="muted"))
        self.no_pause = wrapped_label(
            self.tr("Answers are kept with a pause. Start a pause and you can write them here."),
            role="muted",
        )
        layout.addWidget(self.no_pause)
        # Plain text, not muted like the intro: where the answers go is worth reading.
        self.target = wrapped_label("")
        self.target.setAccessibleName(self.tr("Which pause the answers belong to"))
        layout.addWidget(self.target)
        layout.addWidget(self.signals)
        for prompt in self._reflection.prompts:
            label = QLabel(prompt.text)
            label.setWordWrap(True)
            label.setProperty("role", "prompt")
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setPlaceholderText(prompt.hint)
            editor.setAccessibleName(prompt.text)
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 3 + 16)
            editor.textChanged.connect(lambda key=prompt.key: self._edited(key))
            label.setBuddy(editor)
            layout.addWidget(label)
            layout.addWidget(editor)
            self.editors[prompt.key] = editor
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        layout.addWidget(self.status)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    @property
    def pause_id(self) -> int | None:
        return self._pause_id

    def save_now(self) -> None:
        """Write every changed answer (one transaction each)."""
        self._autosave.stop()
        if self._pause_id is None or not self._dirty:
            return
        answers = {key: self.editors[key].toPlainText() for key in sorted(self._dirty)}
        try:
            self._ctx.service.save_reflections(self._pause_id, answers)
        except PausetimerError as problem:  # e.g. the database is busy: keep it, try again
            self.status.setText(texts.error(problem))
            self._autosave.start()
            return
        self._dirty.clear()
        self.status.setText(self.tr("Saved on this computer."))

    def _edited(self, key: str) -> None:
        if self._loading:
            return
        self._dirty.add(key)
        self.status.setText("")
        self._autosave.start()

    def _changed(self, change: Change) -> None:
        # Only a new pause or a deleted one changes which pause the answers belong to; the
        # check costs no query for the usual changes (a minute tick, an extension, settings).
        if ChangeKind.ACTIVE_PAUSE in change:
            if change.active is None:
                # Ended: the pause stays the most recent one and the target; only the line
                # that names it changes.
                self._show_target(self._ctx.service.latest_pause())
                return
            target: Pause | None = change.active
        elif ChangeKind.HISTORY in change and change.pause_id in (None, self._pause_id):
            target = self._ctx.service.latest_pause()  # deleted: the one before takes over
        else:
            return
        if target is None or target.id != self._pause_id:
            self.save_now()
            self._load(target)

    def _load(self, pause: Pause | None) -> None:
        self._pause_id = pause.id if pause is not None else None
        answers = (
            self._ctx.service.reflections(self._pause_id) if self._pause_id is not None else {}
        )
        self._loading = True
        try:
            for key, editor in self.editors.items():
                editor.setPlainText(answers.get(key, ""))
                editor.setEnabled(self._pause_id is not None)
        finally:
            self._loading = False
        self._dirty.clear()
        self.signals.show_pause(self._pause_id)
        self.no_pause.setVisible(self._pause_id is None)
        self._show_target(pause)
        self.status.setText("")

    def _show_target(self, pause: Pause | None) -> None:
        if pause is None or pause.id != self._pause_id:
            self.target.hide()
            return
        if pause.ended_at is None:
            text = self.tr("Your answers are kept with the pause you are taking now.")
        else:
            text = self.tr(
                "No pause is running, so your answers are kept with your last pause, which "
                "ended %1. A new pause gets answers of its own."
            ).replace("%1", texts.when(pause.ended_at, self._ctx.clock))
        self.target.setText(text)
        self.target.show()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)
