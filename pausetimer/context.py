"""What every window and service of the running app is given: the shared state, and the one
signal that says what changed.

The app builds one :class:`AppContext` (see ``pausetimer.app``); tests build their own from a fake
clock and a store in a temporary folder.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from pausetimer.core.changes import Change, ChangeKind, Source
from pausetimer.core.clock import Clock
from pausetimer.service import PauseService
from pausetimer.settings import Settings, save_settings, updated

# Typing in a settings field changes the setting at every keystroke; the file is written once
# the typing pauses this long (and at the latest when the app quits).
SETTINGS_SAVE_DELAY_MS = 500

_log = logging.getLogger(__name__)


class ChangeEvents(QObject):
    """Qt face of :attr:`PauseService.listeners`, and of settings changes: ``changed`` carries
    a :class:`Change` for every write, whoever made it."""

    changed = Signal(Change)

    def __init__(self, service: PauseService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        service.listeners.append(self.changed.emit)


class SettingsHolder(QObject):
    """The current settings. ``update`` validates, applies at once (announced on ``events``)
    and saves atomically a moment later, so a burst of changes is one write."""

    def __init__(
        self,
        settings: Settings,
        path: Path | None,
        events: ChangeEvents,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._path = path  # None: keep in memory only (tests)
        self._events = events
        self._unsaved = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SETTINGS_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    def get(self) -> Settings:
        return self._settings

    def update(self, *, source: Source = Source.WINDOW, **changes: Any) -> Settings:
        """Raises :class:`~pausetimer.core.errors.InputError` for an invalid value; then nothing
        changes."""
        new = updated(self._settings, **changes)
        if new == self._settings:
            return new
        self._settings = new
        if self._path is not None:
            self._unsaved = True
            self._save_timer.start()
        self._events.changed.emit(Change.of(ChangeKind.SETTINGS, source=source))
        return new

    def flush(self) -> None:
        """Write a waiting change now (also called when the app quits)."""
        self._save_timer.stop()
        if not self._unsaved or self._path is None:
            return
        try:
            save_settings(self._path, self._settings)
        except OSError as error:
            # The change is in force for this session; the next change tries the file again.
            _log.warning("The settings could not be saved: %s", error.strerror or error)
            return
        self._unsaved = False


@dataclass
class AppContext:
    service: PauseService
    clock: Clock
    events: ChangeEvents
    settings: SettingsHolder

    @classmethod
    def build(
        cls, service: PauseService, settings: Settings, settings_path: Path | None
    ) -> AppContext:
        events = ChangeEvents(service)
        return cls(
            service=service,
            clock=service.clock,
            events=events,
            settings=SettingsHolder(settings, settings_path, events),
        )
