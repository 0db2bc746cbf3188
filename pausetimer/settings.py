"""User settings: a small JSON file beside the database, written atomically.

The model and its validation are plain Python (no Qt) so that the command line and the tests use
them as they are. A file that cannot be read is moved aside (bytes kept) and defaults are used, the
same promise as for the database.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from pausetimer.core.durations import parse_clock_time
from pausetimer.core.errors import InputError
from pausetimer.core.languages import LANGUAGES
from pausetimer.core.partner_words import DEFAULT_SENTENCE
from pausetimer.files import atomic_write, move_aside

# Allowed ranges of the numeric settings (inclusive); the settings dialog uses the same numbers.
LIMITS: dict[str, tuple[int, int]] = {
    "default_pause_minutes": (5, 24 * 60),
    "heads_up_minutes": (0, 60),
    "repeat_minutes": (1, 120),
    "long_repeat_hours": (1, 48),
    "body_scan_minutes": (3, 10),
    "away_after_minutes": (1, 60),
}
MAX_PARTNER_NAME = 80
# Keys of a sentence and a country: short words. An unknown one (from a newer version) is kept and
# read as the default, rather than costing the user the whole settings file.
MAX_KEY = 40


@dataclass(frozen=True)
class Settings:
    partner_name: str = ""
    default_pause_minutes: int = 60
    tonight_time: str = "19:00"  # "until tonight" in the tray menu; next day if already past
    heads_up_minutes: int = 5  # 0 = no heads-up
    repeat_minutes: int = 10  # how often an ignored reminder comes back
    long_repeat_hours: int = 12  # how often the one-day warning comes back
    # No input for this long (or a locked screen): the reminder window waits for the user's return.
    away_after_minutes: int = 3
    neutral_notifications: bool = False  # "Pausetimer: time to return", nothing personal
    sound: bool = False
    reduced_motion: bool = False  # also on when the system asks for reduced motion
    breathing_pattern: str = "cyclic_sighing"
    body_scan_minutes: int = 5
    language: str = ""  # "" follows the system; a code of core.languages overrides
    start_at_login: bool = False
    welcome_done: bool = False
    partner_sentence: str = DEFAULT_SENTENCE  # the sentence last chosen (core.partner_words)
    help_country: str = ""  # "" follows the locale; a code of core.helplines chooses

    def validated(self) -> Settings:
        """Return self, or raise :class:`InputError` naming the first bad field."""
        for name, (low, high) in LIMITS.items():
            _check_range(name, getattr(self, name), low, high)
        try:
            parse_clock_time(self.tonight_time)
        except InputError as error:
            raise InputError(
                "setting_invalid", f"tonight_time: {error.message}", field="tonight_time"
            ) from None
        if self.language and self.language not in LANGUAGES:
            raise InputError(
                "setting_invalid",
                f"language: {self.language!r} is not available"
                f" (choose {', '.join(LANGUAGES)}, or the system's).",
                field="language",
            )
        if len(self.partner_name) > MAX_PARTNER_NAME or "\n" in self.partner_name:
            raise InputError(
                "setting_invalid",
                f"partner_name: one line of at most {MAX_PARTNER_NAME} characters.",
                field="partner_name",
            )
        for name in ("partner_sentence", "help_country"):
            if len(getattr(self, name)) > MAX_KEY:
                raise InputError(
                    "setting_invalid", f"{name}: at most {MAX_KEY} characters.", field=name
                )
        return self

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> Settings:
        """Build from parsed JSON, ignoring unknown keys (written by a newer version) and
        refusing values of the wrong type."""
        if not isinstance(data, dict):
            raise InputError("settings_malformed", "settings: expected a JSON object")
        values: dict[str, Any] = {}
        for field in fields(cls):
            if field.name not in data:
                continue
            value = data[field.name]
            expected = type(getattr(cls(), field.name))
            if type(value) is not expected:
                raise InputError(
                    "setting_invalid",
                    f"{field.name}: expected {expected.__name__}, got {type(value).__name__}",
                    field=field.name,
                )
            values[field.name] = value
        return cls(**values).validated()


def _check_range(name: str, value: int, low: int, high: int) -> None:
    if not low <= value <= high:
        raise InputError("setting_invalid", f"{name}: {value} is outside {low}-{high}.", field=name)


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    moved_aside: Path | None = None  # where an unreadable file went, to tell the user
    unreadable: bool = False  # the file could not be used (even when it could not be moved)


# A settings file is well under a kilobyte; anything far bigger is not ours and is not read in.
MAX_SETTINGS_BYTES = 64 * 1024


def load_settings(path: Path, *, now: datetime | None = None) -> LoadedSettings:
    """The saved settings, or the defaults. Never raises for what is at ``path``: a file that
    cannot be used (bad bytes, too deep, too big, a folder, a FIFO) is moved aside under a
    unique name, so a broken settings file never stops the app from starting."""
    try:
        raw = _read_regular_file(path)
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except (OSError, _NotASettingsFile):
        return _set_aside(path, now)
    try:
        # RecursionError: JSON nested thousands deep; MemoryError: never for 64 KiB, but cheap.
        return LoadedSettings(Settings.from_json(json.loads(raw.decode("utf-8"))))
    except (ValueError, InputError, RecursionError, MemoryError):
        return _set_aside(path, now)


class _NotASettingsFile(Exception):
    pass


def _read_regular_file(path: Path) -> bytes:
    """Read ``path`` if it is a regular file of sensible size. Opened non-blocking, so a FIFO
    (with no writer) cannot hang the start while the instance lock is held."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_SETTINGS_BYTES:
            raise _NotASettingsFile
        chunks = []
        left = MAX_SETTINGS_BYTES + 1
        while left > 0:
            chunk = os.read(descriptor, left)
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > MAX_SETTINGS_BYTES:  # it grew while we read it
            raise _NotASettingsFile
        return data
    finally:
        os.close(descriptor)


def _set_aside(path: Path, now: datetime | None) -> LoadedSettings:
    try:
        return LoadedSettings(Settings(), moved_aside=move_aside(path, now=now), unreadable=True)
    except OSError:
        # Not even movable (e.g. a folder we may not write): defaults for this run, and the user
        # is still told; saving later will say why it cannot.
        return LoadedSettings(Settings(), unreadable=True)


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically: a crash leaves the old file or the new one, never half of either."""
    settings.validated()
    atomic_write(path, json.dumps(settings.to_json(), indent=2, ensure_ascii=False) + "\n")


def updated(settings: Settings, **changes: Any) -> Settings:
    """A copy with ``changes`` applied and validated."""
    return replace(settings, **changes).validated()
