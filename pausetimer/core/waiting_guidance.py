"""Guidance content for the partner who waits: not chasing, something good for yourself, and a
private letter. Loaded from ``waiting.toml`` beside the other content files, in the same way
(:mod:`pausetimer.core.guidance`), falling back to English."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pausetimer.core.guidance import FALLBACK_LANGUAGE, _card, _Reader
from pausetimer.core.guidance_model import Card

WAITING_FILE = "waiting.toml"
# The letter is kept among its pause's reflection answers, under this key.
LETTER_KEY = "letter"


@dataclass(frozen=True)
class Letter:
    title: str
    intro: str
    hint: str


@dataclass(frozen=True)
class WaitingGuidance:
    language: str
    dont_chase: Card
    ideas: Card
    letter: Letter


def load_waiting(language: str, directory: Path) -> WaitingGuidance:
    """The waiting side's content in ``language`` (English when that language has none).

    Raises :class:`~pausetimer.core.guidance.GuidanceContentError` naming file and field."""
    if not (directory / language / WAITING_FILE).is_file():
        language = FALLBACK_LANGUAGE
    reader = _Reader.open(directory / language / WAITING_FILE)
    dont_chase = _card(reader.table("dont_chase"))
    ideas = _card(reader.table("ideas"))
    letter = reader.table("letter")
    return WaitingGuidance(
        language=language,
        dont_chase=dont_chase,
        ideas=ideas,
        letter=Letter(letter.text("title"), letter.text("intro"), letter.text("hint")),
    )
