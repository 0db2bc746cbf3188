"""The guidance window: breathe, body scan, reflect, and the safety note, one tab each; while
the partner takes a pause, the page for the one who waits takes the place of body scan and
reflection."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from pausetimer.context import AppContext
from pausetimer.core.changes import Change, ChangeKind
from pausetimer.core.guidance_model import Guidance
from pausetimer.core.motion import reduced_motion
from pausetimer.services.desktop_motion import DesktopMotion
from pausetimer.settings import Settings
from pausetimer.ui.guidance.announce import announce_phase
from pausetimer.ui.guidance.body_scan import BodyScanPanel, Speaker
from pausetimer.ui.guidance.help_lines import HelpLinesPanel
from pausetimer.ui.guidance.pacer import BreathingPanel
from pausetimer.ui.guidance.reflection import CardView, ReflectionPanel
from pausetimer.ui.guidance.sides import WindowSide
from pausetimer.ui.guidance.signals import SignalsCardView, SignalsPicker, load_card
from pausetimer.ui.guidance.support import (
    TimeSource,
    load_content,
    load_waiting_content,
    system_prefers_reduced_motion,
)
from pausetimer.ui.guidance.waiting import WaitingPanel
from pausetimer.ui.icons import app_icon
from pausetimer.ui.screen_fit import keep_on_screen, scrolling

SECTIONS = ("waiting", "breathe", "body_scan", "reflect", "signals", "safety")

# Calm and plain: the platform style, a little more air, and muted secondary text.
STYLE = """
QLabel[role="heading"] { font-size: 13pt; font-weight: 600; }
QLabel[role="step"] { font-size: 12pt; }
QProgressBar { border: 1px solid palette(mid); border-radius: 4px; background: palette(base); }
QProgressBar::chunk { background: rgb(86, 150, 160); border-radius: 3px; }
QLabel[role="phase"] { font-size: 15pt; }
QLabel[role="countdown"] { font-size: 22pt; font-weight: 300; }
QLabel[role="prompt"] { font-weight: 600; margin-top: 6px; }
QLabel[role="muted"] { color: palette(placeholder-text); }
QFrame[role="card"] { background: palette(alternate-base); border-radius: 8px; }
"""


class GuidanceWindow(QWidget):
    """Open with :meth:`present`; ``section`` is one of :data:`SECTIONS` (None keeps the tab)."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        time_source: TimeSource | None = None,
        speaker: Speaker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._ctx = ctx
        settings = ctx.settings.get()
        guidance = load_content(settings)
        self.setWindowTitle(self.tr("Guidance"))
        self.setWindowIcon(app_icon())
        self.setStyleSheet(STYLE)
        keep_on_screen(self, QSize(560, 640))
        self.desktop_motion = DesktopMotion(self)
        self.desktop_motion.probe()

        self._build_panels(ctx, guidance, settings, time_source, speaker)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self._build_tabs(guidance))

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        # Bound methods, not lambdas: Qt drops the connection with the window, while a lambda
        # would outlive it and call into a deleted window after a language switch.
        ctx.events.changed.connect(self._changed)
        hints = QGuiApplication.styleHints()
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None and hasattr(accessibility(), "motionPreferenceChanged"):
            accessibility().motionPreferenceChanged.connect(self._motion_preference_changed)
        self.desktop_motion.changed.connect(self._motion_preference_changed)

    def _build_panels(
        self,
        ctx: AppContext,
        guidance: Guidance,
        settings: Settings,
        time_source: TimeSource | None,
        speaker: Speaker | None,
    ) -> None:
        self.breathing = BreathingPanel(
            guidance.breathing,
            pattern_key=settings.breathing_pattern,
            reduced_motion=self._reduced_motion(settings),
            sound=settings.sound,
            time_source=time_source,
        )
        self.body_scan = BodyScanPanel(
            guidance.body_scan,
            minutes=settings.body_scan_minutes,
            sound=settings.sound,
            speaker=speaker,
            time_source=time_source,
        )
        self.breathing.nextRequested.connect(self._next_step)
        self.breathing.phaseChanged.connect(self._announce_phase)
        self.breathing.setAccessibleName(self.tr("Breathing pacer"))
        self._quick_pattern = guidance.breathing.quick_pattern
        card = load_card(settings)
        self.signals_card = SignalsCardView(card)
        self.signals_card.tickRequested.connect(self._tick_signals)
        picker = SignalsPicker(ctx, card)
        self.reflection = ReflectionPanel(ctx, guidance.reflection, guidance.during, picker)
        self.waiting = WaitingPanel(ctx, load_waiting_content(settings))

    def _build_tabs(self, guidance: Guidance) -> QTabWidget:
        safety = QScrollArea()
        safety.setWidgetResizable(True)
        safety.setFrameShape(QScrollArea.Shape.NoFrame)
        safety_content = QWidget()
        safety_layout = QVBoxLayout(safety_content)
        safety_layout.addWidget(CardView(guidance.safety))
        self.help_lines = HelpLinesPanel(self._ctx)
        safety_layout.addWidget(self.help_lines)
        safety_layout.addStretch()
        safety.setWidget(safety_content)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Each page scrolls when the screen is smaller than the page (at 200 % on 1280x800 the
        # Start and Stop buttons were below the edge).
        self._pages = {
            "waiting": scrolling(self.waiting),
            "breathe": scrolling(self.breathing, keep_visible=self.breathing.start_button),
            "body_scan": scrolling(self.body_scan, keep_visible=self.body_scan.start_button),
            "reflect": scrolling(self.reflection),
            "signals": scrolling(self.signals_card),
            "safety": safety,
        }
        titles = {
            "waiting": self.tr("While you wait"),
            "breathe": guidance.breathing.title,
            "body_scan": guidance.body_scan.title,
            "reflect": guidance.reflection.title,
            "signals": self.signals_card.title,
            "safety": self.tr("Safety"),
        }
        for section in SECTIONS:
            self.tabs.addTab(self._pages[section], titles[section])
        self._side = WindowSide(self.tabs, self._pages)
        self._side.apply(self._ctx.service.latest_pause())
        self.tabs.setAccessibleName(self.tr("Guidance sections"))
        return self.tabs

    def present(self, section: str | None = None) -> None:
        """Show, raise and focus the window, on ``section`` if given."""
        if section is not None:
            if section not in SECTIONS:
                raise ValueError(f"unknown guidance section {section!r}; one of {SECTIONS}")
            self._side.show_section(section)
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def breathe_now(self) -> None:
        """ "Breathe first": open on the short pattern, already running, so the user only has to
        follow it (the default pattern is minutes long, too long for the moment of return)."""
        self.present("breathe")
        self.breathing.start_pattern(self._quick_pattern)

    def _next_step(self, section: str) -> None:
        self.present(section)
        if section == "body_scan" and not self.body_scan.running:
            self.body_scan.toggle()
            self.body_scan.start_button.setFocus()

    def _tick_signals(self) -> None:
        self.present("reflect")
        self.reflection.signals.setFocus()

    def current_section(self) -> str:
        return next(name for name, page in self._pages.items() if page is self.tabs.currentWidget())

    def _reduced_motion(self, settings: Settings) -> bool:
        desktop = self.desktop_motion
        return reduced_motion(
            settings.reduced_motion, system_prefers_reduced_motion(), desktop.kde, desktop.gnome
        )

    def _announce_phase(self, _kind: str) -> None:
        announce_phase(self.breathing)

    def _changed(self, change: Change) -> None:
        if ChangeKind.ACTIVE_PAUSE in change:
            self._side.apply(change.active or self._ctx.service.latest_pause())
        if ChangeKind.SETTINGS in change:
            self._apply_settings(self._ctx.settings.get())

    def _motion_preference_changed(self, _preference: object = None) -> None:
        self._apply_settings(self._ctx.settings.get())

    def _apply_settings(self, settings: Settings) -> None:
        self.breathing.set_reduced_motion(self._reduced_motion(settings))
        self.breathing.sound_enabled = settings.sound
        self.body_scan.sound_enabled = settings.sound

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reflection.save_now()
        self.waiting.save_now()
        super().closeEvent(event)
