"""What the guidance panels share: the content in the user's language, a pausable stopwatch on an
injectable time source, the reduced-motion preference, and the optional sound cue."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from pausetimer import paths
from pausetimer.core.guidance import load_guidance
from pausetimer.core.guidance_model import Guidance
from pausetimer.core.waiting_guidance import WaitingGuidance, load_waiting
from pausetimer.services.i18n import resolve_language
from pausetimer.settings import Settings

TimeSource = Callable[[], float]  # monotonic seconds; tests pass a fake one
CUE_FILE = "soft-cue.wav"


def guidance_language(settings: Settings) -> str:
    """The same language the UI speaks: one function decides both (with LANGUAGE=de:nl the
    locale's own language is German, but the first one we speak is Dutch)."""
    return resolve_language(settings.language)


def load_content(settings: Settings) -> Guidance:
    return load_guidance(guidance_language(settings), paths.guidance_dir())


def load_waiting_content(settings: Settings) -> WaitingGuidance:
    return load_waiting(guidance_language(settings), paths.guidance_dir())


def system_prefers_reduced_motion() -> bool:
    """Qt 6.10+ exposes the desktop's reduced-motion preference; older Qt does not."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = getattr(accessibility(), "motionPreference", None)
    reduced = getattr(Qt, "MotionPreference", None)
    if preference is None or reduced is None:
        return False
    return bool(preference() == reduced.ReducedMotion)


@dataclass
class Stopwatch:
    """Elapsed running time that can pause; reads the clock only when asked."""

    now: TimeSource = time.monotonic
    _before: float = 0.0  # seconds run before the last resume
    _resumed_at: float | None = None

    @property
    def running(self) -> bool:
        return self._resumed_at is not None

    def elapsed(self) -> float:
        if self._resumed_at is None:
            return self._before
        return self._before + self.now() - self._resumed_at

    def resume(self) -> None:
        if self._resumed_at is None:
            self._resumed_at = self.now()

    def pause(self) -> None:
        self._before = self.elapsed()
        self._resumed_at = None

    def reset(self, to: float = 0.0) -> None:
        """Jump to ``to`` seconds, keeping the running state."""
        self._before = to
        if self._resumed_at is not None:
            self._resumed_at = self.now()


class SoundCue(QObject):
    """A quiet chime from resources/sounds; silent where QtMultimedia is not available."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effect: QObject | None = None
        self._tried = False

    def play(self) -> None:
        if not self._tried:
            self._tried = True
            self._effect = _make_effect(self)
        if self._effect is not None:
            self._effect.play()  # type: ignore[attr-defined]


def audio_output_available() -> bool:
    """Whether a sound cue can be heard at all: QtMultimedia loads and the system has an audio
    output. Without one, QSoundEffect plays into nothing and says nothing."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except (ImportError, OSError):
        return False
    return bool(QMediaDevices.audioOutputs())


def _make_effect(parent: QObject) -> QObject | None:
    try:  # QtMultimedia comes with PySide6-Addons and needs the system's audio libraries
        from PySide6.QtMultimedia import QSoundEffect
    except (ImportError, OSError):
        return None
    effect = QSoundEffect(parent)
    effect.setSource(QUrl.fromLocalFile(str(paths.sounds_dir() / CUE_FILE)))
    effect.setVolume(0.5)
    return effect


def wrapped_label(text: str, *, parent: QWidget | None = None, role: str = "") -> QLabel:
    """A selectable, wrapping label; ``role`` names a style in the window's style sheet."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


def format_seconds(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
