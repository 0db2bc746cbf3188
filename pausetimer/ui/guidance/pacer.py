"""The breathing pacer: a soft circle that grows on the in-breath and shrinks on the out-breath,
or, in motion-free mode, words and a filling bar.

Cheap by construction: a frame timer runs only while a pattern runs AND the panel is visible and
its window is not minimised; everything else (phase, countdown, size) is computed from elapsed time,
so stopping the timer loses nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pausetimer.core.guidance_model import Breathing, BreathingPattern, PacerPosition
from pausetimer.ui.guidance.pacer_view import PacerView
from pausetimer.ui.guidance.support import SoundCue, Stopwatch, TimeSource, wrapped_label

ANIMATED_FRAME_MS = 40  # 25 fps: smooth for a slow breath, light on the CPU
MOTION_FREE_FRAME_MS = 100  # the bar fills in small steps
_EASE = QEasingCurve(QEasingCurve.Type.InOutSine)


class BreathingPanel(QWidget):
    """Pattern choice, the pacer, phase name, countdown, cycle count and Start/Pause/Stop."""

    phaseChanged = Signal(str)  # the phase kind: "in", "hold", "out"
    finished = Signal()
    # The user took the step the finished pattern leads on to: the guidance section's name.
    nextRequested = Signal(str)

    def __init__(
        self,
        breathing: Breathing,
        *,
        pattern_key: str,
        reduced_motion: bool,
        sound: bool,
        time_source: TimeSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._breathing = breathing
        self._pattern = breathing.pattern(pattern_key)
        self._stopwatch = Stopwatch(time_source) if time_source else Stopwatch()
        self._started = False
        self._last_phase: tuple[int, int] | None = None
        self._reduced_motion = reduced_motion
        self.sound_enabled = sound
        self._cue = SoundCue(self)
        self._frame = QTimer(self)
        self._frame.timeout.connect(self.tick)
        self._watched_window: QWidget | None = None
        self._build()
        self.set_reduced_motion(reduced_motion)
        self._show_position(None)

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.pattern_box = QComboBox()
        self.pattern_box.setAccessibleName(self.tr("Breathing pattern"))
        for pattern in self._breathing.patterns:
            self.pattern_box.addItem(pattern.name, pattern.key)
        self.pattern_box.setCurrentIndex(self._breathing.patterns.index(self._pattern))
        self.pattern_box.currentIndexChanged.connect(self._pattern_chosen)
        self.why = wrapped_label(self._pattern.why, role="muted")
        self._build_stage()
        self._build_labels()
        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(self.pattern_box)
        layout.addWidget(self.why)
        layout.addWidget(self.stage, 1)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.countdown)
        layout.addWidget(self.cycle_label)
        layout.addLayout(buttons)
        layout.addWidget(wrapped_label(self._breathing.dizzy_note, role="muted"))

    def _build_stage(self) -> None:
        """The circle, or in motion-free mode a filling bar, in one place on the panel."""
        self.view = PacerView()
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Breath progress"))
        self.bar.setMaximumHeight(18)
        motion_free = QWidget()
        motion_free_layout = QVBoxLayout(motion_free)
        motion_free_layout.addStretch()
        motion_free_layout.addWidget(self.bar)
        motion_free_layout.addStretch()
        self.stage = QStackedWidget()
        self.stage.addWidget(self.view)
        self.stage.addWidget(motion_free)

    def _build_labels(self) -> None:
        self.phase_label = QLabel()
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setWordWrap(True)
        self.phase_label.setProperty("role", "phase")
        self.countdown = QLabel()
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setProperty("role", "countdown")
        self.cycle_label = QLabel()
        self.cycle_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cycle_label.setProperty("role", "muted")

    def _build_buttons(self) -> QHBoxLayout:
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setAccessibleName(self.tr("Start or pause breathing"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.toggle)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop breathing"))
        self.stop_button.clicked.connect(self.stop)
        # Offered when a pattern that leads on (three slow breaths, then the body scan) ends.
        self.next_button = QPushButton(self.tr("Continue with the &body scan"))
        self.next_button.clicked.connect(lambda: self.nextRequested.emit(self._pattern.then))
        self.next_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch()
        return buttons

    # -- public ----------------------------------------------------------------------------

    @property
    def pattern(self) -> BreathingPattern:
        return self._pattern

    @property
    def running(self) -> bool:
        return self._stopwatch.running

    @property
    def animating(self) -> bool:
        """True while the frame timer runs (tests and the benchmark check it)."""
        return self._frame.isActive()

    def set_reduced_motion(self, reduced: bool) -> None:
        self._reduced_motion = reduced
        self.stage.setCurrentIndex(1 if reduced else 0)
        self._frame.setInterval(MOTION_FREE_FRAME_MS if reduced else ANIMATED_FRAME_MS)

    def start_pattern(self, key: str) -> None:
        """Choose the pattern ``key`` and start it at once ("Breathe first")."""
        index = next(
            (i for i, pattern in enumerate(self._breathing.patterns) if pattern.key == key), None
        )
        if index is not None:
            self.pattern_box.setCurrentIndex(index)  # also stops what ran
        self.stop()
        self.toggle()

    def toggle(self) -> None:
        if self._stopwatch.running:
            self._stopwatch.pause()
        else:
            if not self._started:
                self._stopwatch.reset()
                self._last_phase = None
            self._started = True
            self._stopwatch.resume()
        self.tick()
        self._sync_timer()

    def stop(self) -> None:
        self._stopwatch.pause()
        self._stopwatch.reset()
        self._started = False
        self._last_phase = None
        self._show_position(None)
        self._sync_timer()

    def tick(self) -> None:
        """Bring the display up to date with the elapsed time (the frame timer calls this)."""
        if not self._started:
            return
        position = self._pattern.position(self._stopwatch.elapsed())
        current = (position.cycle, position.phase_index)
        new_phase = current != self._last_phase and not position.finished
        if new_phase:
            self._last_phase = current
            if self.sound_enabled:
                self._cue.play()
        self._show_position(position)
        if new_phase:  # after the display, so listeners read the new phase's words
            self.phaseChanged.emit(position.phase.kind)
        if position.finished:
            self._stopwatch.pause()
            self._started = False
            self._sync_timer()
            self.finished.emit()

    # -- display ---------------------------------------------------------------------------

    def _show_position(self, position: PacerPosition | None) -> None:
        # Only the pattern that just ended offers its next step.
        self.next_button.setVisible(
            position is not None and position.finished and bool(self._pattern.then)
        )
        if position is None:
            self.view.set_level(0.0)
            self.bar.setValue(0)
            self.phase_label.setText(self.tr("Press Start when you are ready."))
            self.countdown.setText("")
            self.cycle_label.setText(self._length_text())
            self.start_button.setText(self.tr("Start"))
        elif position.finished:
            self.view.set_level(0.0)
            self.bar.setValue(0)
            self.phase_label.setText(self.tr("Well done. Breathe normally for a moment."))
            self.countdown.setText("")
            self.cycle_label.setText(self._length_text())
            self.start_button.setText(self.tr("Start again"))
        else:
            eased = _EASE.valueForProgress(position.phase_progress)
            self.view.set_level(
                position.start_level + (position.phase.level - position.start_level) * eased
            )
            self.bar.setValue(round(self.view.level * 1000))  # fills breathing in, empties out
            self.phase_label.setText(position.phase.label)
            self.countdown.setText(str(max(1, int(position.phase_seconds_left + 0.999))))
            self.cycle_label.setText(
                self.tr("Breath %1 of %2")
                .replace("%1", str(position.cycle))
                .replace("%2", str(self._pattern.cycles))
            )
            self.start_button.setText(
                self.tr("Pause") if self._stopwatch.running else self.tr("Resume")
            )

    def _length_text(self) -> str:
        return self.tr("%1 breaths").replace("%1", str(self._pattern.cycles))

    def _pattern_chosen(self, index: int) -> None:
        self._pattern = self._breathing.patterns[index]
        self.why.setText(self._pattern.why)
        self.stop()

    # -- only animate what can be seen -----------------------------------------------------

    def _sync_timer(self) -> None:
        window = self.window()
        visible = self.isVisible() and not window.isMinimized()
        if self._stopwatch.running and visible:
            if not self._frame.isActive():
                self._frame.start()
        else:
            self._frame.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self._watched_window:
            if self._watched_window is not None:
                self._watched_window.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched_window = window
        self.tick()
        self._sync_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._frame.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowStateChange:
            self._sync_timer()
        return False
