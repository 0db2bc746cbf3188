"""The waiting side's guidance content: it loads, and Dutch has every English entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from pausetimer import paths
from pausetimer.core.guidance import GuidanceContentError, available_languages, load_raw, structure
from pausetimer.core.waiting_guidance import WAITING_FILE, load_waiting

CONTENT = paths.guidance_dir()


@pytest.mark.parametrize("language", ["en", "nl"])
def test_waiting_content_loads(language: str) -> None:
    waiting = load_waiting(language, CONTENT)
    assert waiting.language == language
    assert waiting.dont_chase.paragraphs and waiting.dont_chase.items
    assert len(waiting.ideas.items) >= 4
    assert waiting.letter.title and waiting.letter.intro and waiting.letter.hint


def test_every_english_waiting_entry_has_a_dutch_counterpart() -> None:
    for language in available_languages(CONTENT):
        assert (CONTENT / language / WAITING_FILE).is_file(), language
    english = load_raw(CONTENT / "en" / WAITING_FILE)
    dutch = load_raw(CONTENT / "nl" / WAITING_FILE)
    assert structure(dutch) == structure(english)

    def texts(value: object) -> list[str]:
        if isinstance(value, dict):
            return [text for item in value.values() for text in texts(item)]
        if isinstance(value, list):
            return [text for item in value for text in texts(item)]
        return [value] if isinstance(value, str) else []

    # Each entry translated, not copied.
    for en, nl in zip(texts(english), texts(dutch), strict=True):
        assert en != nl or en.endswith("…"), en


def test_unknown_language_falls_back_to_english() -> None:
    assert load_waiting("fr", CONTENT).language == "en"


def test_a_malformed_file_names_its_field(tmp_path: Path) -> None:
    folder = tmp_path / "en"
    folder.mkdir()
    (folder / WAITING_FILE).write_text('[dont_chase]\ntitle = "x"\nparagraphs = ["y"]\n')
    with pytest.raises(GuidanceContentError, match="ideas"):
        load_waiting("en", tmp_path)
