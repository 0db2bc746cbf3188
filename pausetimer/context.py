"""What every window and service of the running app is given: the shared state, and the signals
that say it changed.

The app builds one :class:`AppContext` (see ``pausetimer.app``); tests build their own from a fake
clock and a store in a temporary folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from pausetimer.core.clock import Clock
from pausetimer.core.pause import Pause
from pausetimer.service import PauseService
from pausetimer.settings import Settings, save_settings, updated


class PauseEvents(QObject):
    """Qt face of :attr:`PauseService.listeners`: ``changed`` carries the active pause or None."""

    changed = Signal(object)

    def __init__(self, service: PauseService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        service.listeners.append(self._emit)

    def _emit(self, pause: Pause | None) -> None:
        self.changed.emit(pause)


class SettingsHolder(QObject):
    """The current settings; ``update`` validates, saves atomically and emits ``changed``, so a
    change applies at once everywhere."""

    changed = Signal(object)

    def __init__(self, settings: Settings, path: Path | None, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings
        self._path = path  # None: keep in memory only (tests)

    def get(self) -> Settings:
        return self._settings

    def update(self, **changes: Any) -> Settings:
        """Raises :class:`~pausetimer.core.errors.InputError` for an invalid value; then nothing
        is saved."""
        new = updated(self._settings, **changes)
        if self._path is not None:
            save_settings(self._path, new)
        self._settings = new
        self.changed.emit(new)
        return new


@dataclass
class AppContext:
    service: PauseService
    clock: Clock
    events: PauseEvents
    settings: SettingsHolder

    @classmethod
    def build(
        cls, service: PauseService, settings: Settings, settings_path: Path | None
    ) -> AppContext:
        return cls(
            service=service,
            clock=service.clock,
            events=PauseEvents(service),
            settings=SettingsHolder(settings, settings_path),
        )
