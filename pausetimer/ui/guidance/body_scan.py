"""The timed body scan: one step per part of the body, auto-advancing, with pause, skip and back,
an optional chime per step and an optional voice reading each step aloud."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pausetimer.core.guidance_model import BodyScan, BodyScans
from pausetimer.ui.guidance.support import (
    SoundCue,
    Stopwatch,
    TimeSource,
    format_seconds,
    wrapped_label,
)

TICK_MS = 500


class Speaker(Protocol):
    def available(self) -> bool: ...
    def say(self, text: str) -> None: ...
    def stop(self) -> None: ...


class SystemSpeaker(QObject):
    """The desktop's text-to-speech through QtTextToSpeech, if it is installed and has a voice."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speech: QObject | None = None
        try:  # PySide6-Addons; its plug-ins need the system's speech service
            from PySide6.QtTextToSpeech import QTextToSpeech
        except (ImportError, OSError):
            return
        engines = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
        if not engines:
            return
        speech = QTextToSpeech(engines[0], self)
        if speech.state() != QTextToSpeech.State.Error and speech.availableVoices():
            self._speech = speech

    def available(self) -> bool:
        return self._speech is not None

    def say(self, text: str) -> None:
        if self._speech is not None:
            self._speech.say(text)  # type: ignore[attr-defined]

    def stop(self) -> None:
        if self._speech is not None:
            self._speech.stop()  # type: ignore[attr-defined]


class BodyScanPanel(QWidget):
    stepChanged = Signal(int)
    finished = Signal()

    def __init__(
        self,
        scans: BodyScans,
        *,
        minutes: int,
        sound: bool,
        speaker: Speaker | None = None,
        time_source: TimeSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._scans = scans
        self._scan: BodyScan = scans.version(minutes)
        self._stopwatch = Stopwatch(time_source) if time_source else Stopwatch()
        self._started = False
        self._step = 0
        self.sound_enabled = sound
        self._cue = SoundCue(self)
        self._speaker: Speaker = speaker if speaker is not None else SystemSpeaker(self)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._build()
        self._show()

    def _build(self) -> None:
        self.length_box = QComboBox()
        self.length_box.setAccessibleName(self.tr("Length of the body scan"))
        for minutes in self._scans.versions:
            self.length_box.addItem(self.tr("%1 minutes").replace("%1", str(minutes)), minutes)
        self.length_box.setCurrentIndex(self._scans.versions.index(self._scan.minutes))
        self.length_box.currentIndexChanged.connect(self._length_chosen)
        self.read_aloud = QCheckBox(self.tr("Read aloud, so I can close my eyes"))
        self.read_aloud.setVisible(self._speaker.available())
        self.read_aloud.toggled.connect(self._read_aloud_toggled)
        top = QHBoxLayout()
        top.addWidget(self.length_box)
        top.addStretch()
        top.addWidget(self.read_aloud)

        self.step_title = QLabel()
        self.step_title.setProperty("role", "heading")
        self.step_text = wrapped_label("", role="step")
        self.step_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.step_text.setMinimumHeight(110)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Body scan progress"))
        self.progress.setMaximumHeight(12)
        self.step_info = QLabel()
        self.step_info.setProperty("role", "muted")

        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Previous step"))
        self.back_button.clicked.connect(self.back)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setAccessibleName(self.tr("Start or pause the body scan"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.toggle)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setAccessibleName(self.tr("Next step"))
        self.skip_button.clicked.connect(self.skip)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.back_button, self.start_button, self.skip_button):
            buttons.addWidget(button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(wrapped_label(self._scans.intro, role="muted"))
        layout.addStretch(1)
        layout.addWidget(self.step_title)
        layout.addWidget(self.step_text)
        layout.addStretch(2)
        layout.addWidget(self.progress)
        layout.addWidget(self.step_info)
        layout.addLayout(buttons)

    # -- public ----------------------------------------------------------------------------

    @property
    def scan(self) -> BodyScan:
        return self._scan

    @property
    def step_index(self) -> int:
        return self._step

    @property
    def running(self) -> bool:
        return self._stopwatch.running

    def toggle(self) -> None:
        if self._stopwatch.running:
            self._stopwatch.pause()
            self._speaker.stop()
            self._timer.stop()
        else:
            if not self._started:
                self._started = True
                self._stopwatch.reset()
                self._enter_step(0)
            self._stopwatch.resume()
            self._timer.start()
        self._show()

    def skip(self) -> None:
        self._jump(self._step + 1)

    def back(self) -> None:
        self._jump(max(0, self._step - 1))

    def tick(self) -> None:
        if not self._started:
            return
        position = self._scan.position(self._stopwatch.elapsed())
        if position.finished:
            self._finish()
            return
        if position.step_index != self._step:
            self._enter_step(position.step_index)
        self._show()

    # -- internals -------------------------------------------------------------------------

    def _jump(self, index: int) -> None:
        if index >= len(self._scan.steps):
            self._finish()
            return
        if not self._started:  # skipping ahead before Start: begin there, paused
            self._started = True
        self._stopwatch.reset(self._scan.step_start(index))
        self._enter_step(index)
        self._show()

    def _enter_step(self, index: int) -> None:
        self._step = index
        if self.sound_enabled:
            self._cue.play()
        if self.read_aloud.isChecked() and self.read_aloud.isVisible():
            step = self._scan.steps[index]
            self._speaker.say(f"{step.title}. {step.text}")
        self.stepChanged.emit(index)

    def _finish(self) -> None:
        self._stopwatch.pause()
        self._stopwatch.reset()
        self._timer.stop()
        self._started = False
        self._step = 0
        self._show(done=True)
        self.finished.emit()

    def _read_aloud_toggled(self, on: bool) -> None:
        if not on:
            self._speaker.stop()

    def _length_chosen(self, index: int) -> None:
        self._speaker.stop()
        self._timer.stop()
        self._stopwatch.pause()
        self._stopwatch.reset()
        self._started = False
        self._step = 0
        self._scan = self._scans.version(self._scans.versions[index])
        self._show()

    def _show(self, *, done: bool = False) -> None:
        total = self._scan.total_seconds
        self.progress.setRange(0, round(total))
        if done:
            self.step_title.setText(self.tr("Done"))
            self.step_text.setText(
                self.tr("Take a moment before you get up. Notice how your body feels now.")
            )
            self.progress.setValue(round(total))
            self.step_info.setText("")
            self.start_button.setText(self.tr("Start again"))
            return
        step = self._scan.steps[self._step]
        elapsed = self._stopwatch.elapsed() if self._started else 0.0
        self.step_title.setText(step.title)
        self.step_text.setText(step.text)
        self.progress.setValue(round(min(elapsed, total)))
        left = self._scan.step_start(self._step) + step.seconds - elapsed
        self.step_info.setText(
            self.tr("Step %1 of %2 · %3 left")
            .replace("%1", str(self._step + 1))
            .replace("%2", str(len(self._scan.steps)))
            .replace("%3", format_seconds(left))
        )
        if not self._started:
            self.start_button.setText(self.tr("Start"))
        else:
            running = self._stopwatch.running
            self.start_button.setText(self.tr("Pause") if running else self.tr("Resume"))
