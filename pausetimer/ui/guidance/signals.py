"""Early signals in the guidance window: the card to read (its own tab, also opened from the
welcome) and the boxes to tick what was noticed with a pause (in the reflection).

Ticks save at once; the own words shortly after typing stops, when the panel hides and when the
app quits, like the reflection answers, and always through the service (one transaction, a
SIGNALS change)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pausetimer import paths
from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind
from pausetimer.core.errors import PausetimerError
from pausetimer.core.signals import MAX_OWN_WORDS, PauseSignals, SignalsCard, load_signals
from pausetimer.settings import Settings
from pausetimer.ui import texts
from pausetimer.ui.guidance.support import guidance_language, wrapped_label

AUTOSAVE_DELAY_MS = 700


def load_card(settings: Settings) -> SignalsCard:
    return load_signals(guidance_language(settings), paths.guidance_dir())


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "heading")
    return label


class SignalsCardView(QFrame):
    """The card: why early signals matter, then body, behaviour and triggers as lists. Its
    button leads to the boxes in the reflection."""

    tickRequested = Signal()

    def __init__(self, card: SignalsCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = card.title
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(card.title))
        layout.addWidget(wrapped_label(card.intro))
        for group in card.groups:
            title = QLabel(group.title)
            title.setProperty("role", "prompt")
            layout.addWidget(title)
            for signal in group.signals:
                layout.addWidget(wrapped_label(f"•  {signal.text}"))
        layout.addSpacing(6)
        layout.addWidget(wrapped_label(card.afterwards, role="muted"))
        self.tick_button = QPushButton(self.tr("&Tick what I noticed"))
        self.tick_button.clicked.connect(self.tickRequested)
        layout.addWidget(self.tick_button)


class SignalsPicker(QWidget):
    """Boxes for what the user noticed around one pause, and a line for their own words."""

    def __init__(self, ctx: AppContext, card: SignalsCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pause_id: int | None = None
        self._loading = False
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_now)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("What did I notice?"))
        heading.setProperty("role", "prompt")
        layout.addWidget(heading)
        for group in card.groups:
            layout.addWidget(wrapped_label(group.title, role="muted"))
            for signal in group.signals:
                box = QCheckBox(signal.text)
                box.toggled.connect(self._ticked)
                layout.addWidget(box)
                self.boxes[signal.key] = box
        self.own_words = QLineEdit()
        self.own_words.setMaxLength(MAX_OWN_WORDS)
        self.own_words.setPlaceholderText(self.tr("Something else, in my own words"))
        self.own_words.setAccessibleName(self.tr("What happened just before, in my own words"))
        self.own_words.textEdited.connect(lambda _text: self._autosave.start())
        self.own_words.editingFinished.connect(self.save_now)
        layout.addWidget(self.own_words)
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        layout.addWidget(self.status)
        # Focus given to the picker goes to its first box ("Tick what I noticed").
        first = next(iter(self.boxes.values()), self.own_words)
        self.setFocusProxy(first)
        ctx.events.changed.connect(self._changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_now)

    @property
    def pause_id(self) -> int | None:
        return self._pause_id

    def show_pause(self, pause_id: int | None) -> None:
        """Tick what is stored for ``pause_id`` (None: nothing to tick yet, the boxes rest)."""
        if pause_id != self._pause_id:
            self.save_now()
        self._pause_id = pause_id
        stored = self._ctx.service.pause_signals(pause_id) if pause_id is not None else None
        self._loading = True
        try:
            for key, box in self.boxes.items():
                box.setChecked(stored is not None and key in stored.keys)
                box.setEnabled(pause_id is not None)
            self.own_words.setText(stored.own_words if stored is not None else "")
            self.own_words.setEnabled(pause_id is not None)
        finally:
            self._loading = False
        self.status.setText("")

    def current(self) -> PauseSignals:
        keys = frozenset(key for key, box in self.boxes.items() if box.isChecked())
        return PauseSignals(keys, self.own_words.text().strip())

    def save_now(self) -> None:
        self._autosave.stop()
        if self._pause_id is None or self._loading:
            return
        wanted = self.current()
        if wanted == self._ctx.service.pause_signals(self._pause_id):
            return
        try:
            self._ctx.service.save_signals(self._pause_id, wanted)
        except PausetimerError as problem:  # e.g. a busy database: keep the ticks, try again
            if problem.kind == "no_such_pause":  # deleted meanwhile: its ticks went with it
                return
            self.status.setText(texts.error(problem))
            self._autosave.start()
            return
        self.status.setText(self.tr("Saved on this computer."))

    def _ticked(self, _checked: bool) -> None:
        if not self._loading:
            self.save_now()

    def _changed(self, change: Change) -> None:
        # Another window or the command line changed this pause's signals: show theirs.
        # Our own writes come back too; reloading them would move the cursor while typing.
        if ChangeKind.SIGNALS not in change or change.pause_id != self._pause_id:
            return
        if self._pause_id is None or self._autosave.isActive():
            return
        if self.current() != self._ctx.service.pause_signals(self._pause_id):
            self.show_pause(self._pause_id)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)
