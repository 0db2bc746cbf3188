"""Guidance content during a pause: breathing patterns, body-scan steps, reflection prompts and
the two short cards ("during the pause", safety).

The texts are data (TOML files per language under ``resources/guidance/<language>/``); this module
loads and validates them into the types of :mod:`pausetimer.core.guidance_model`, which do the
arithmetic the pacer and body scan need. It takes a language code and a folder; choosing the
language from the system or the settings is the UI's job.
"""

from __future__ import annotations

import math
import tomllib
from pathlib import Path
from typing import Any

from pausetimer.core.errors import PausetimerError
from pausetimer.core.guidance_model import (
    BodyScans,
    Breathing,
    BreathingPattern,
    Card,
    Guidance,
    Phase,
    Reflection,
    ReflectionPrompt,
)
from pausetimer.core.languages import SOURCE_LANGUAGE

# Content missing in a language falls back to the source language's.
FALLBACK_LANGUAGE = SOURCE_LANGUAGE
CONTENT_FILES = ("breathing.toml", "body_scan.toml", "reflection.toml", "cards.toml")
PHASE_KINDS = ("in", "hold", "out")
# Where a breathing pattern may lead on to when it ends (the guidance window's sections).
NEXT_SECTIONS = ("body_scan",)
# Where the pacer's shape ends a phase when the file does not say: full after "in", empty after
# "out"; a hold keeps the size it had.
_DEFAULT_LEVEL = {"in": 1.0, "out": 0.0}


class GuidanceContentError(PausetimerError):
    """A content file is missing or malformed; ``params`` name the ``file`` and the ``field``."""

    def __init__(self, file: Path | str, field: str, problem: str) -> None:
        name = _display_name(file)
        super().__init__(
            "guidance_malformed", f"{name}: {field}: {problem}", file=name, field=field
        )


# -- loading ----------------------------------------------------------------------------------


def available_languages(directory: Path) -> list[str]:
    if not directory.is_dir():
        return []
    return sorted(child.name for child in directory.iterdir() if (child / "cards.toml").is_file())


def load_guidance(language: str, directory: Path) -> Guidance:
    """Load the content in ``language``, falling back to English when it is not there.

    Raises :class:`GuidanceContentError` naming the file and field for malformed content.
    """
    if language not in available_languages(directory):
        language = FALLBACK_LANGUAGE
    folder = directory / language
    return Guidance(
        language=language,
        breathing=_breathing(_Reader.open(folder / "breathing.toml")),
        body_scan=_body_scan(_Reader.open(folder / "body_scan.toml")),
        reflection=_reflection(_Reader.open(folder / "reflection.toml")),
        during=_card(_Reader.open(folder / "cards.toml").table("during")),
        safety=_card(_Reader.open(folder / "cards.toml").table("safety")),
    )


def load_raw(path: Path) -> dict[str, Any]:
    """A content file as parsed TOML (for comparing the structure of two languages)."""
    return _Reader.open(path).data


def structure(value: object) -> object:
    """The shape of parsed content with texts blanked out: keys, list lengths, numbers and the
    identifiers (``key``, ``kind``, ``default``) must agree between languages; prose may not."""
    if isinstance(value, dict):
        return {
            name: (item if name in ("key", "kind", "default") else structure(item))
            for name, item in value.items()
        }
    if isinstance(value, list):
        return [structure(item) for item in value]
    if isinstance(value, str):
        return "text"
    return value


class _Reader:
    """Typed access to one parsed table, with errors that say file and field."""

    def __init__(self, file: Path, data: dict[str, Any], where: str = "") -> None:
        self.file = file
        self.data = data
        self.where = where

    @classmethod
    def open(cls, file: Path) -> _Reader:
        try:
            with file.open("rb") as handle:
                return cls(file, tomllib.load(handle))
        except FileNotFoundError:
            raise GuidanceContentError(file, "(file)", "the file is missing") from None
        except tomllib.TOMLDecodeError as error:
            raise GuidanceContentError(file, "(syntax)", str(error)) from None

    def _path(self, name: str) -> str:
        return f"{self.where}.{name}" if self.where else name

    def fail(self, name: str, problem: str) -> GuidanceContentError:
        return GuidanceContentError(self.file, self._path(name), problem)

    def _get(self, name: str, kind: type | tuple[type, ...], expected: str) -> Any:
        if name not in self.data:
            raise self.fail(name, "missing")
        value = self.data[name]
        if not isinstance(value, kind) or isinstance(value, bool):
            raise self.fail(name, f"expected {expected}, got {type(value).__name__}")
        return value

    def text(self, name: str) -> str:
        value: str = self._get(name, str, "text")
        if not value.strip():
            raise self.fail(name, "is empty")
        return value.strip()

    def optional_text(self, name: str) -> str:
        return self.text(name) if name in self.data else ""

    def number(self, name: str, *, low: float, high: float) -> float:
        value = float(self._get(name, (int, float), "a number"))
        if not low <= value <= high:
            raise self.fail(name, f"{value:g} is outside {low:g}-{high:g}")
        return value

    def texts(self, name: str) -> tuple[str, ...]:
        values: list[Any] = self._get(name, list, "a list of texts")
        for index, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                raise self.fail(f"{name}[{index}]", "expected a non-empty text")
        return tuple(value.strip() for value in values)

    def table(self, name: str) -> _Reader:
        return _Reader(self.file, self._get(name, dict, "a table"), self._path(name))

    def tables(self, name: str) -> list[_Reader]:
        values: list[Any] = self._get(name, list, "a list of tables")
        if not values:
            raise self.fail(name, "is empty")
        readers = []
        for index, value in enumerate(values):
            if not isinstance(value, dict):
                raise self.fail(f"{name}[{index}]", "expected a table")
            readers.append(_Reader(self.file, value, self._path(f"{name}[{index}]")))
        return readers

    def unique_keys(self, name: str, readers: list[_Reader]) -> list[str]:
        keys: list[str] = []
        for index, reader in enumerate(readers):
            key = reader.text("key")
            if key in keys:
                raise self.fail(f"{name}[{index}].key", f"{key!r} appears twice")
            keys.append(key)
        return keys


def _breathing(reader: _Reader) -> Breathing:
    pattern_readers = reader.tables("patterns")
    keys = reader.unique_keys("patterns", pattern_readers)
    default = reader.text("default")
    if default not in keys:
        raise reader.fail("default", f"{default!r} is not one of the patterns")
    quick = reader.optional_text("quick") or default
    if quick not in keys:
        raise reader.fail("quick", f"{quick!r} is not one of the patterns")
    return Breathing(
        title=reader.text("title"),
        dizzy_note=reader.text("dizzy_note"),
        default_pattern=default,
        patterns=tuple(_pattern(pattern) for pattern in pattern_readers),
        quick_pattern=quick,
    )


def _pattern(reader: _Reader) -> BreathingPattern:
    phases: list[Phase] = []
    level = 0.0
    for phase_reader in reader.tables("phases"):
        kind = phase_reader.text("kind")
        if kind not in PHASE_KINDS:
            raise phase_reader.fail("kind", f"{kind!r} is not one of {', '.join(PHASE_KINDS)}")
        if "level" in phase_reader.data:
            level = phase_reader.number("level", low=0, high=1)
        else:
            level = _DEFAULT_LEVEL.get(kind, level)
        phases.append(
            Phase(
                kind=kind,
                seconds=phase_reader.number("seconds", low=0.5, high=30),
                label=phase_reader.text("label"),
                level=level,
            )
        )
    cycle_seconds = sum(phase.seconds for phase in phases)
    if ("cycles" in reader.data) == ("minutes" in reader.data):
        raise reader.fail("cycles", "give either cycles or minutes")
    if "cycles" in reader.data:
        cycles = int(reader.number("cycles", low=1, high=100))
    else:
        minutes = reader.number("minutes", low=0.5, high=60)
        cycles = max(1, math.ceil(minutes * 60 / cycle_seconds - 1e-9))
    then = reader.optional_text("then")
    if then and then not in NEXT_SECTIONS:
        raise reader.fail("then", f"{then!r} is not one of {', '.join(NEXT_SECTIONS)}")
    return BreathingPattern(
        key=reader.text("key"),
        name=reader.text("name"),
        why=reader.text("why"),
        phases=tuple(phases),
        cycles=cycles,
        then=then,
    )


def _body_scan(reader: _Reader) -> BodyScans:
    versions_raw: list[Any] = reader._get("versions", list, "a list of minutes")
    if not versions_raw or not all(
        isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in versions_raw
    ):
        raise reader.fail("versions", "expected a list of whole minutes")
    versions = tuple(versions_raw)
    if list(versions) != sorted(set(versions)):
        raise reader.fail("versions", "expected ascending minutes without repeats")
    step_readers = reader.tables("steps")
    reader.unique_keys("steps", step_readers)
    steps: list[tuple[str, str, str, tuple[float, ...]]] = []
    for step in step_readers:
        seconds_raw: list[Any] = step._get("seconds", list, "a list of seconds")
        if len(seconds_raw) != len(versions):
            raise step.fail("seconds", f"expected {len(versions)} numbers, one per version")
        if not all(isinstance(s, int | float) and not isinstance(s, bool) for s in seconds_raw):
            raise step.fail("seconds", "expected numbers")
        if any(s <= 0 for s in seconds_raw):
            raise step.fail("seconds", "every step needs a positive number of seconds")
        steps.append(
            (
                step.text("key"),
                step.text("title"),
                step.text("text"),
                tuple(map(float, seconds_raw)),
            )
        )
    for column, minutes in enumerate(versions):
        total = sum(seconds[column] for *_, seconds in steps)
        if abs(total - minutes * 60) > 0.5:
            raise reader.fail(
                "steps",
                f"the {minutes}-minute version adds up to {total:g} s, not {minutes * 60} s",
            )
    return BodyScans(reader.text("title"), reader.text("intro"), versions, tuple(steps))


def _reflection(reader: _Reader) -> Reflection:
    prompt_readers = reader.tables("prompts")
    reader.unique_keys("prompts", prompt_readers)
    return Reflection(
        title=reader.text("title"),
        intro=reader.text("intro"),
        prompts=tuple(
            ReflectionPrompt(p.text("key"), p.text("text"), p.optional_text("hint"))
            for p in prompt_readers
        ),
    )


def _card(reader: _Reader) -> Card:
    return Card(
        title=reader.text("title"),
        paragraphs=reader.texts("paragraphs"),
        items=reader.texts("items") if "items" in reader.data else (),
    )


def _display_name(file: Path | str) -> str:
    """``en/breathing.toml``: enough to find the file, without the machine's folders."""
    path = Path(file)
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name
