"""User settings: a small JSON file beside the database, written atomically.

The model and its validation are plain Python (no Qt) so that the command line and the tests use
them as they are. A file that cannot be read is moved aside (bytes kept) and defaults are used, the
same promise as for the database.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pausetimer.core.durations import parse_clock_time
from pausetimer.core.errors import InputError

# Allowed ranges of the numeric settings (inclusive); the settings dialog uses the same numbers.
LIMITS: dict[str, tuple[int, int]] = {
    "default_pause_minutes": (5, 24 * 60),
    "heads_up_minutes": (0, 60),
    "repeat_minutes": (1, 120),
    "long_repeat_hours": (1, 48),
    "body_scan_minutes": (3, 10),
}
MAX_PARTNER_NAME = 80


@dataclass(frozen=True)
class Settings:
    partner_name: str = ""
    default_pause_minutes: int = 60
    tonight_time: str = "19:00"  # "until tonight" in the tray menu; next day if already past
    heads_up_minutes: int = 5  # 0 = no heads-up
    repeat_minutes: int = 10  # how often an ignored reminder comes back
    long_repeat_hours: int = 12  # how often the one-day warning comes back
    neutral_notifications: bool = False  # "Pausetimer: time to return", nothing personal
    sound: bool = False
    reduced_motion: bool = False  # also on when the system asks for reduced motion
    breathing_pattern: str = "cyclic_sighing"
    body_scan_minutes: int = 5
    language: str = ""  # "" follows the system; "en" or "nl" overrides
    start_at_login: bool = False
    welcome_done: bool = False

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
        if self.language not in ("", "en", "nl"):
            raise InputError(
                "setting_invalid",
                f"language: {self.language!r} is not available (choose en, nl, or the system's).",
                field="language",
            )
        if len(self.partner_name) > MAX_PARTNER_NAME or "\n" in self.partner_name:
            raise InputError(
                "setting_invalid",
                f"partner_name: one line of at most {MAX_PARTNER_NAME} characters.",
                field="partner_name",
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


def load_settings(path: Path, *, now: datetime | None = None) -> LoadedSettings:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadedSettings(Settings())
    try:
        return LoadedSettings(Settings.from_json(json.loads(raw)))
    except (ValueError, InputError):
        stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
        aside = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
        os.replace(path, aside)
        return LoadedSettings(Settings(), moved_aside=aside)


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically: a crash leaves the old file or the new one, never half of either."""
    settings.validated()
    data = json.dumps(settings.to_json(), indent=2, ensure_ascii=False) + "\n"
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def updated(settings: Settings, **changes: Any) -> Settings:
    """A copy with ``changes`` applied and validated."""
    return replace(settings, **changes).validated()
